using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Serialization;

/// <summary>Reads and writes a <see cref="DomainName"/> as its canonical string (read leniently).</summary>
internal sealed class DomainNameJsonConverter : ParsedValueJsonConverter<DomainName>
{
    /// <summary>Creates the converter.</summary>
    public DomainNameJsonConverter()
        : base("domain name", "域名")
    {
    }

    /// <inheritdoc />
    private protected override ParseResult<DomainName> Parse(string? text) => DomainName.Parse(text, ParseMode.Lenient);
}
