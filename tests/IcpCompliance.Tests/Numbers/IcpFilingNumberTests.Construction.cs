using System;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpFilingNumberTests
{
    [Fact]
    public void The_default_value_is_documented_and_harmless()
    {
        IcpFilingNumber d = default;
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.Province);
        Assert.Null(d.LicenseNumber);
        Assert.Null(d.SubjectNumber);
        Assert.Equal(string.Empty, d.Serial);
        Assert.Equal(0, d.SerialLength);
        Assert.Null(d.ServiceIndex);
        Assert.True(d.IsSubjectNumber);
        Assert.Throws<InvalidOperationException>(() => d.WithServiceIndex(1));
        Assert.True(d.TryFormat(new char[2], out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Subject_and_service_numbers_relate()
    {
        IcpFilingNumber site = IcpFilingNumber.Parse("京ICP备12345678号-2").Value;
        Assert.Equal("京ICP备12345678号", site.SubjectNumber!.Value.ToString());
        Assert.Equal("京ICP备12345678号-3A", site.WithServiceIndex(3, ServiceSuffix.App).ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => site.WithServiceIndex(0));
        Assert.Equal(VerificationLinks.MiitFilingSystem, IcpFilingNumber.VerificationUrl);
    }

    [Fact]
    public void A_subject_number_is_its_own_subject_number()
    {
        IcpFilingNumber subject = Parse("黔ICP备2021008357号");
        Assert.True(subject.IsSubjectNumber);
        Assert.Null(subject.ServiceIndex);
        Assert.Equal(subject, subject.SubjectNumber);
        Assert.Equal(subject, Parse("黔ICP备2021008357号-7X").SubjectNumber);
        Assert.False(Parse("黔ICP备2021008357号-7X").IsSubjectNumber);
    }

    [Theory]
    [InlineData(1, ServiceSuffix.None, "京ICP备12345678号-1")]
    [InlineData(999_999, ServiceSuffix.QuickApp, "京ICP备12345678号-999999K")]
    public void With_site_index_accepts_one_to_999999(int index, ServiceSuffix suffix, string expected)
        => Assert.Equal(expected, Parse("京ICP备12345678号-3").WithServiceIndex(index, suffix).ToString());

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    [InlineData(int.MinValue)]
    public void With_site_index_refuses_other_indexes(int index)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Parse("京ICP备12345678号").WithServiceIndex(index));

    [Fact]
    public void With_site_index_refuses_an_undefined_suffix_and_keeps_the_license()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Parse("京ICP备12345678号").WithServiceIndex(1, (ServiceSuffix)4));
        IcpFilingNumber underLicense = Parse("粤B2-20090059-1626X").WithServiceIndex(2);
        Assert.Equal("粤B2-20090059-2", underLicense.ToString());
        Assert.Equal(IcpLicenseForm.B2, underLicense.LicenseNumber!.Value.Form);
    }
}
