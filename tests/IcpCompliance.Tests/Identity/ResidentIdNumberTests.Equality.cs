using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class ResidentIdNumberTests
{
    [Fact]
    public void Equality_compares_the_number()
    {
        ResidentIdNumber a = Parse("11010519491231002X");
        ResidentIdNumber same = Parse("11010519491231002x", ParseMode.Lenient);
        ResidentIdNumber other = Parse("110105194912310003");
        EqualityAssert.Members(a, same, other, "11010519491231002X", (x, y) => x == y, (x, y) => x != y);
    }
}
