using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="IcpFilingNumber"/> as its canonical string (read leniently).</summary>
internal sealed class IcpFilingNumberJsonConverter : ParsedValueJsonConverter<IcpFilingNumber>
{
    /// <summary>Creates the converter.</summary>
    public IcpFilingNumberJsonConverter()
        : base("ICP filing number", "ICP 备案号")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<IcpFilingNumber> Parse(string? text) => IcpFilingNumber.Parse(text, ParseMode.Lenient);
}
