using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

public sealed partial class DomainNameTests
{
    [Fact]
    public void Equality_compares_the_ascii_name()
    {
        DomainName a = Parse("xn--fsqu00a.xn--fiqs8s");
        DomainName same = Parse("例子.中国", ParseMode.Lenient);
        DomainName other = Parse("example.com");
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a == other);
        Assert.True(a != other);
        Assert.False(a.Equals(other));
        Assert.False(a.Equals((object)other));
        Assert.False(a == default);
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"xn--fsqu00a.xn--fiqs8s"));
        Assert.Equal(default(DomainName).GetHashCode(), default(DomainName).GetHashCode());
    }
}
