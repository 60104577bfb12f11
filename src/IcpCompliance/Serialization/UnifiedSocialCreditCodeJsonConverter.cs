using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="UnifiedSocialCreditCode"/> as its canonical string (read leniently).</summary>
internal sealed class UnifiedSocialCreditCodeJsonConverter : ParsedValueJsonConverter<UnifiedSocialCreditCode>
{
    /// <summary>Creates the converter.</summary>
    public UnifiedSocialCreditCodeJsonConverter()
        : base("unified social credit code", "统一社会信用代码")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<UnifiedSocialCreditCode> Parse(string? text) => UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient);
}
