using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void Equality_compares_the_code()
    {
        UnifiedSocialCreditCode a = UnifiedSocialCreditCode.Parse("91350100M000100Y43").Value;
        UnifiedSocialCreditCode same = UnifiedSocialCreditCode.Parse("91350100m000100y43", ParseMode.Lenient).Value;
        UnifiedSocialCreditCode other = UnifiedSocialCreditCode.Parse("914403001922038216").Value;
        EqualityAssert.Members(a, same, other, "91350100M000100Y43", (x, y) => x == y, (x, y) => x != y);
    }
}
