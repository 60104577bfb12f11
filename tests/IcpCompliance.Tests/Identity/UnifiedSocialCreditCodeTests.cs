using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

/// <summary>Tests of <see cref="UnifiedSocialCreditCode"/> by concern: <c>.Parsing</c> (published codes, every error,
/// the properties), <c>.Checks</c> (registration authority, region, organization check, check character, pilot
/// codes), <c>.Options</c>, <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the default value).</summary>
public sealed partial class UnifiedSocialCreditCodeTests
{
    private static string Complete(string seventeen) => seventeen + UnifiedSocialCreditCode.ComputeCheck(seventeen);

    private static (ParseErrorCode, int) Error(string text, ParseMode mode = ParseMode.Strict, UnifiedSocialCreditCodeOptions? options = null)
    {
        ParseError e = UnifiedSocialCreditCode.Parse(text, mode, options ?? UnifiedSocialCreditCodeOptions.Default).Error;
        return (e.Code, e.Position);
    }
}
