using System;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class FilingNumberTests
{
    [Fact]
    public void Equality_is_by_kind_and_value()
    {
        FilingNumber a = Parse("京ICP备12345678号-1");
        FilingNumber same = Parse("京ICP备12345678号-1");
        FilingNumber other = Parse("京ICP备12345678号-2");
        FilingNumber license = Parse("京ICP证030173号");
        FilingNumber psb = Parse("京公网安备11010802012345号");

        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (FilingNumber different in new[] { other, license, psb })
        {
            Assert.False(a.Equals(different));
            Assert.False(a.Equals((object)different));
            Assert.False(a == different);
            Assert.True(a != different);
        }

        Assert.False(a.Equals((FilingNumber?)null));
        Assert.False(a.Equals((object?)null));
        Assert.False(a.Equals((object)"京ICP备12345678号-1"));
        Assert.False(a == null);
        Assert.False(null == a);
        Assert.True(a != null);
        Assert.True((FilingNumber?)null == null);
        Assert.False((FilingNumber?)null != null);
    }

    [Fact]
    public void Same_record_needs_the_same_kind()
    {
        FilingNumber shu = Parse("蜀ICP备12345678号-1");
        FilingNumber chuan = Parse("川ICP备12345678号-1");
        FilingNumber license = Parse("蜀ICP证030173号");
        FilingNumber licenseAlias = Parse("川ICP证030173号");
        FilingNumber psb = Parse("川公网安备51078202110037号");
        FilingNumber psbAlias = Parse("蜀公网安备51078202110037号");

        Assert.True(shu.IsSameRecordAs(chuan));
        Assert.True(license.IsSameRecordAs(licenseAlias));
        Assert.True(psb.IsSameRecordAs(psbAlias));
        Assert.False(shu.IsSameRecordAs(license));
        Assert.False(license.IsSameRecordAs(psb));
        Assert.False(psb.IsSameRecordAs(shu));
        Assert.False(license.IsSameRecordAs(Parse("蜀ICP证030174号")));
        Assert.False(psb.IsSameRecordAs(Parse("川公网安备51078202110038号")));
        Assert.Throws<ArgumentNullException>(() => shu.IsSameRecordAs(null!));
    }
}
