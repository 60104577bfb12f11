using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class PassportNumberTests
{
    [Fact]
    public void Equality_compares_number_length_and_country()
    {
        PassportNumber a = PassportNumber.Parse("E12345678", "CHN").Value;
        PassportNumber same = PassportNumber.Parse("CHN E12345678").Value;
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (PassportNumber other in new[]
        {
            PassportNumber.Parse("E12345679", "CHN").Value,
            PassportNumber.Parse("0E12345678", "CHN").Value,
            PassportNumber.Parse("E12345678", "CHM").Value,
        })
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
        }

        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"CHN E12345678"));
    }
}
