using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="PassportNumber"/> as its canonical string (read leniently).</summary>
internal sealed class PassportNumberJsonConverter : ParsedValueJsonConverter<PassportNumber>
{
    /// <summary>Creates the converter.</summary>
    public PassportNumberJsonConverter()
        : base("passport number", "护照号码")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<PassportNumber> Parse(string? text) => PassportNumber.Parse(text, ParseMode.Lenient);
}
