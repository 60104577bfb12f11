using IcpCompliance.Numbers;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class FilingNumberTests
{
    [Fact]
    public void The_named_factories_wrap_each_kind()
    {
        IcpFilingNumber f = IcpFilingNumber.Parse("京ICP备12345678号-1").Value;
        IcpLicenseNumber l = IcpLicenseNumber.Parse("京ICP证030173号").Value;
        PsbFilingNumber p = PsbFilingNumber.Parse("京公网安备11010802012345号").Value;
        Assert.Equal(FilingNumberKind.IcpFiling, FilingNumber.FromIcpFilingNumber(f).Kind);
        Assert.Equal(FilingNumberKind.IcpLicense, FilingNumber.FromIcpLicenseNumber(l).Kind);
        Assert.Equal(FilingNumberKind.Psb, FilingNumber.FromPsbFilingNumber(p).Kind);
        Assert.Equal(Province.Beijing, FilingNumber.FromIcpLicenseNumber(l).Province);
        Assert.Equal(Province.Beijing, FilingNumber.FromPsbFilingNumber(p).Province);
        Assert.Equal(l.ToString(), FilingNumber.FromIcpLicenseNumber(l).ToString());
        Assert.Equal(p.ToString(), FilingNumber.FromPsbFilingNumber(p).ToString());
    }
}
