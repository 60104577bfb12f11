using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class IdentityDocumentTests
{
    [Fact]
    public void Equality_is_by_kind_and_value()
    {
        IdentityDocument a = ResidentIdNumber.Parse("11010519491231002X").Value;
        IdentityDocument same = ResidentIdNumber.Parse("11010519491231002X").Value;
        IdentityDocument other = ResidentIdNumber.Parse("110105194912310003").Value;
        IdentityDocument travel = TravelPermitNumber.Parse("H12345678").Value;
        IdentityDocument taiwan = TravelPermitNumber.Parse("12345678").Value;

        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (IdentityDocument different in new[] { other, travel, taiwan })
        {
            Assert.False(a.Equals(different));
            Assert.False(a.Equals((object)different));
            Assert.False(a == different);
            Assert.True(a != different);
        }

        Assert.False(travel == taiwan);
        Assert.False(a.Equals((IdentityDocument?)null));
        Assert.False(a.Equals((object?)null));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True(a != null);
        Assert.True((IdentityDocument?)null == null);
    }
}
