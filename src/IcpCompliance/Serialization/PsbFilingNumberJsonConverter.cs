using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="PsbFilingNumber"/> as its canonical string (read leniently).</summary>
internal sealed class PsbFilingNumberJsonConverter : ParsedValueJsonConverter<PsbFilingNumber>
{
    /// <summary>Creates the converter.</summary>
    public PsbFilingNumberJsonConverter()
        : base("PSB filing number", "公安备案号")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<PsbFilingNumber> Parse(string? text) => PsbFilingNumber.Parse(text, ParseMode.Lenient);
}
