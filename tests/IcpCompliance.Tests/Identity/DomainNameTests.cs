using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

/// <summary>Tests of <see cref="DomainName"/> by concern: <c>.Parsing</c> (both modes, folding, every error, length
/// limits, the properties), <c>.PublicSuffix</c> (public suffix, registrable domain, filing lists),
/// <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the default value).</summary>
public sealed partial class DomainNameTests
{
    private static DomainName Parse(string text, ParseMode mode = ParseMode.Strict) => DomainName.Parse(text, mode).Value;

    private static (ParseErrorCode, int) Error(string text, ParseMode mode = ParseMode.Strict)
    {
        ParseError e = DomainName.Parse(text, mode).Error;
        return (e.Code, e.Position);
    }
}
