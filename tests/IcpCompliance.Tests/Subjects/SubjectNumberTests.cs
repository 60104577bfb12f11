using System;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Subjects;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Subjects;

/// <summary>A number's subject: the ICP subject number, or the license a service number hangs off.</summary>
public sealed class SubjectNumberTests
{
    private static IcpFilingNumber Filing(string text) => IcpFilingNumber.Parse(text).Value;

    [Fact]
    public void Site_3_belongs_to_its_subject_number()
    {
        // Facts §1.1: "京ICP备12345678号-1 (suffix = n-th site under the subject)".
        SubjectNumber subject = SubjectNumber.Of(Filing("京ICP备2021012345号-3"));
        Assert.False(subject.IsLicense);
        Assert.Equal("京ICP备2021012345号", subject.ToString());
        Assert.Equal(Filing("京ICP备2021012345号"), subject.FilingNumber);
        Assert.Null(subject.LicenseNumber);
    }

    [Fact]
    public void A_mini_program_under_a_license_belongs_to_the_license()
    {
        // Facts §1.1: "粤B2-20090059-1626X for 腾讯客服 mini program (MainLicence 粤B2-20090059)".
        SubjectNumber subject = SubjectNumber.Of(Filing("粤B2-20090059-1626X"));
        Assert.True(subject.IsLicense);
        Assert.Equal("粤B2-20090059", subject.ToString());
        Assert.Equal(IcpLicenseNumber.Parse("粤B2-20090059").Value, subject.LicenseNumber);
        Assert.Null(subject.FilingNumber);
        Assert.Equal(Filing("粤B2-20090059-1626X"), subject.ServiceNumber(1626, ServiceSuffix.MiniProgram));
    }

    [Fact]
    public void A_psb_number_has_no_subject_of_its_own()
    {
        FilingNumber psb = FilingNumber.Parse("京公网安备11000002000001号").Value;
        Assert.False(SubjectNumber.TryOf(psb, out SubjectNumber subject));
        Assert.Equal(default, subject);
        Assert.True(SubjectNumber.TryOf(FilingNumber.Parse("京ICP证030173号").Value, out subject));
        Assert.True(subject.IsLicense);
    }

    [Fact]
    public void Gansu_spellings_are_one_subject_but_not_equal()
    {
        SubjectNumber gan = SubjectNumber.Of(Filing("甘ICP备17001719号-1"));
        SubjectNumber long_ = SubjectNumber.Of(Filing("陇ICP备17001719号-2"));
        Assert.True(gan.IsSameRecordAs(long_));
        Assert.NotEqual(gan, long_);
        Assert.True(gan.Holds(Filing("陇ICP备17001719号-5A")));
        Assert.False(gan.Holds(Filing("陇ICP备17001718号-5A")));
    }

    [Fact]
    public void The_default_value_holds_no_number()
    {
        SubjectNumber none = default;
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<InvalidOperationException>(() => none.Province);
        Assert.Throws<InvalidOperationException>(() => none.ServiceNumber(1));
        Assert.False(none.Holds(Filing("京ICP备2021012345号-3")));
        Assert.Throws<ArgumentException>(() => SubjectNumber.Of(default(IcpFilingNumber)));
        Assert.Throws<ArgumentException>(() => SubjectNumber.Of(default(IcpLicenseNumber)));
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Every_numbers_subject_is_itself_a_subject_number(IcpFilingNumber number)
    {
        SubjectNumber subject = SubjectNumber.Of(number);
        bool isSubjectNumber = subject.IsLicense
            ? subject.LicenseNumber == number.LicenseNumber && subject.FilingNumber is null
            : subject.FilingNumber is { IsSubjectNumber: true } own && SubjectNumber.Of(own) == subject;
        bool rebuilds = number.ServiceIndex is not int index || subject.ServiceNumber(index, number.Suffix) == number;
        return isSubjectNumber && rebuilds && subject.Holds(number) && subject.Province == number.Province
            && FilingNumber.Parse(subject.ToString()).Value.ToString() == subject.ToString();
    }

    [Property(MaxTest = 1_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Equality_and_hash_follow_the_text(IcpFilingNumber a, IcpFilingNumber b)
    {
        SubjectNumber x = SubjectNumber.Of(a);
        SubjectNumber y = SubjectNumber.Of(b);
        bool textEqual = x.ToString() == y.ToString();
        return (x == y) == textEqual && x.Equals((object)y) == textEqual && (!textEqual || x.GetHashCode() == y.GetHashCode())
            && (x != y) == !textEqual && (!textEqual || x.IsSameRecordAs(y));
    }
}
