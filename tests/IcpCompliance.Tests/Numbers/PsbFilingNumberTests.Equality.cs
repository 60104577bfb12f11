using IcpCompliance.Numbers;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class PsbFilingNumberTests
{
    [Fact]
    public void Equality_compares_character_digits_and_length()
    {
        var a = new PsbFilingNumber(Province.Beijing, '京', 11010802012345UL, 14);
        var same = new PsbFilingNumber(Province.Beijing, '京', 11010802012345UL, 14);
        var otherDigits = new PsbFilingNumber(Province.Beijing, '京', 11010802012346UL, 14);
        var otherLength = new PsbFilingNumber(Province.Beijing, '京', 11010802012345UL, 12);
        var sichuan = new PsbFilingNumber(Province.Sichuan, '川', 51078202110037UL, 14);
        var shu = new PsbFilingNumber(Province.Sichuan, '蜀', 51078202110037UL, 14);

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (PsbFilingNumber other in new[] { otherDigits, otherLength })
        {
            Assert.False(a == other);
            Assert.True(a != other);
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
            Assert.False(a.IsSameRecordAs(other));
        }

        Assert.False(sichuan == shu);
        Assert.True(sichuan != shu);
        Assert.True(sichuan.IsSameRecordAs(shu));
        Assert.False(sichuan.IsSameRecordAs(a));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"京公网安备11010802012345号"));
        Assert.True(a.IsSameRecordAs(same));
    }
}
