using System;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpLicenseNumberTests
{
    [Fact]
    public void The_default_value_has_no_serial_and_formats_as_nothing()
    {
        IcpLicenseNumber d = default;
        Assert.Equal(string.Empty, d.Serial);
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.Province);
        Assert.Throws<InvalidOperationException>(() => d.WithServiceIndex(1));
        Assert.True(d.TryFormat(new char[2], out int written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData(Certificate, 1, ServiceSuffix.None, "京ICP证030173号-1")]
    [InlineData(Certificate, 999_999, ServiceSuffix.App, "京ICP证030173号-999999A")]
    [InlineData(B2, 1626, ServiceSuffix.MiniProgram, "粤B2-20090059-1626X")]
    [InlineData(B2, 10, ServiceSuffix.QuickApp, "粤B2-20090059-10K")]
    public void A_service_index_makes_a_filing_number_under_the_license(string license, int index, ServiceSuffix suffix, string expected)
    {
        IcpLicenseNumber l = Parse(license);
        IcpFilingNumber f = l.WithServiceIndex(index, suffix);
        Assert.Equal(expected, f.ToString());
        Assert.Equal(l, f.LicenseNumber);
        Assert.Equal(index, f.ServiceIndex);
        Assert.Equal(suffix, f.Suffix);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void A_service_index_outside_one_to_999999_is_refused(int index)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Parse(Certificate).WithServiceIndex(index));

    [Fact]
    public void An_undefined_suffix_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Parse(B2).WithServiceIndex(1, (ServiceSuffix)4));
}
