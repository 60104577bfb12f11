using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpFilingNumberTests
{
    [Fact]
    public void Equality_compares_every_part_and_the_character()
    {
        IcpFilingNumber a = Parse("甘ICP备030173号-2A");
        IcpFilingNumber same = Parse("甘ICP备030173号-2A");
        IcpFilingNumber alias = Parse("陇ICP备030173号-2A");
        IcpFilingNumber[] others =
        [
            Parse("甘ICP证030173号-2A"),
            Parse("甘ICP备030174号-2A"),
            Parse("甘ICP备0030173号-2A"),
            Parse("甘ICP备030173号-3A"),
            Parse("甘ICP备030173号-2X"),
            Parse("甘ICP备030173号-2"),
            Parse("甘ICP备030173号"),
        ];

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a.IsSameRecordAs(same));

        Assert.False(a == alias);
        Assert.True(a != alias);
        Assert.True(a.IsSameRecordAs(alias));

        foreach (IcpFilingNumber other in others)
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other), other.ToString());
            Assert.False(a.Equals((object)other), other.ToString());
            Assert.False(a.IsSameRecordAs(other), other.ToString());
            Assert.False(alias.IsSameRecordAs(other), other.ToString());
        }

        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"甘ICP备030173号-2A"));
    }

    [Fact]
    public void The_character_as_written_is_part_of_the_number()
    {
        IcpFilingNumber a = IcpFilingNumber.Parse("黔ICP备2021008357号").Value;
        IcpFilingNumber b = IcpFilingNumber.Parse("贵ICP备2021008357号").Value;
        Assert.Equal(a.Province, b.Province);
        Assert.NotEqual(a, b);
    }
}
