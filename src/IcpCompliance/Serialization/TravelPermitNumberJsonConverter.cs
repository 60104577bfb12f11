using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="TravelPermitNumber"/> as its canonical string (read leniently).</summary>
internal sealed class TravelPermitNumberJsonConverter : ParsedValueJsonConverter<TravelPermitNumber>
{
    /// <summary>Creates the converter.</summary>
    public TravelPermitNumberJsonConverter()
        : base("travel permit number", "通行证号码")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<TravelPermitNumber> Parse(string? text) => TravelPermitNumber.Parse(text, ParseMode.Lenient);
}
