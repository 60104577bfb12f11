using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="IcpLicenseNumber"/> as its canonical string (read leniently).</summary>
internal sealed class IcpLicenseNumberJsonConverter : ParsedValueJsonConverter<IcpLicenseNumber>
{
    /// <summary>Creates the converter.</summary>
    public IcpLicenseNumberJsonConverter()
        : base("ICP license number", "ICP 经营许可证编号")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<IcpLicenseNumber> Parse(string? text) => IcpLicenseNumber.Parse(text, ParseMode.Lenient);
}
