using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

public sealed partial class TravelPermitNumberTests
{
    [Fact]
    public void Equality_compares_kind_characters_and_length()
    {
        TravelPermitNumber a = Parse("H12345678");
        TravelPermitNumber same = Parse("h 1234 5678", ParseMode.Lenient);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (TravelPermitNumber other in new[] { Parse("M12345678"), Parse("H12345679"), Parse("12345678") })
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
        }

        Assert.False(Parse("12345678") == Parse("0012345678"));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"H12345678"));
    }
}
