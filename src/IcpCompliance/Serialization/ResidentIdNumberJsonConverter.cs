using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="ResidentIdNumber"/> as its canonical string (read leniently).</summary>
internal sealed class ResidentIdNumberJsonConverter : ParsedValueJsonConverter<ResidentIdNumber>
{
    /// <summary>Creates the converter.</summary>
    public ResidentIdNumberJsonConverter()
        : base("resident ID number", "居民身份证号码")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<ResidentIdNumber> Parse(string? text) => ResidentIdNumber.Parse(text, ParseMode.Lenient);
}
