using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="MobileNumber"/> as its canonical string (read leniently).</summary>
internal sealed class MobileNumberJsonConverter : ParsedValueJsonConverter<MobileNumber>
{
    /// <summary>Creates the converter.</summary>
    public MobileNumberJsonConverter()
        : base("mobile number", "手机号码")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<MobileNumber> Parse(string? text) => MobileNumber.Parse(text, ParseMode.Lenient);
}
