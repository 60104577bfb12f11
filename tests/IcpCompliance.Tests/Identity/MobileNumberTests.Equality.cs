using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class MobileNumberTests
{
    [Fact]
    public void Equality_compares_the_digits()
    {
        MobileNumber a = Parse("13812345678");
        MobileNumber same = Parse("+86 138 1234 5678", ParseMode.Lenient);
        MobileNumber other = Parse("13812345679");
        EqualityAssert.Members(a, same, other, "13812345678", (x, y) => x == y, (x, y) => x != y);
    }
}
