using System;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Numbers;

/// <summary>The union's dispatch between the grammars, its members for each kind, and its equality.</summary>
public sealed class FilingNumberMutationTests
{
    private static FilingNumber Parse(string text, ParseMode mode = ParseMode.Strict) => FilingNumber.Parse(text, mode).AsT0;

    [Theory]
    [InlineData("京ICP备12345678号-1", FilingNumberKind.IcpFiling, 11)]
    [InlineData("粤B2-20090059", FilingNumberKind.IcpLicense, 44)]
    [InlineData("川公网安备51019002006069号", FilingNumberKind.Psb, 51)]
    public void Kind_and_province_of_each_kind(string text, FilingNumberKind kind, int province)
    {
        FilingNumber n = Parse(text);
        Assert.Equal((kind, province, text), (n.Kind, n.Province.Code, n.ToString()));
        Assert.True(FilingNumber.TryParse(text, ParseMode.Strict, out FilingNumber? viaTry));
        Assert.Equal(n, viaTry);
    }

    [Fact]
    public void The_named_factories_wrap_each_kind()
    {
        IcpFilingNumber f = IcpFilingNumber.Parse("京ICP备12345678号-1").AsT0;
        IcpLicenseNumber l = IcpLicenseNumber.Parse("京ICP证030173号").AsT0;
        PsbFilingNumber p = PsbFilingNumber.Parse("京公网安备11010802012345号").AsT0;
        Assert.Equal(FilingNumberKind.IcpFiling, FilingNumber.FromIcpFilingNumber(f).Kind);
        Assert.Equal(FilingNumberKind.IcpLicense, FilingNumber.FromIcpLicenseNumber(l).Kind);
        Assert.Equal(FilingNumberKind.Psb, FilingNumber.FromPsbFilingNumber(p).Kind);
        Assert.Equal(Province.Beijing, FilingNumber.FromIcpLicenseNumber(l).Province);
        Assert.Equal(Province.Beijing, FilingNumber.FromPsbFilingNumber(p).Province);
        Assert.Equal(l.ToString(), FilingNumber.FromIcpLicenseNumber(l).ToString());
        Assert.Equal(p.ToString(), FilingNumber.FromPsbFilingNumber(p).ToString());
    }

    // After a label, the province character and spaces, 公网安备 selects the PSB grammar; its errors say so.
    [Theory]
    [InlineData("京 公网安备123", ParseMode.Lenient, ParseErrorCode.TooFewDigits, 6)]
    [InlineData("公安备案号：京公网安备123", ParseMode.Lenient, ParseErrorCode.TooFewDigits, 11)]
    [InlineData("京公网安备44010802012345号", ParseMode.Strict, ParseErrorCode.ProvinceMismatch, 5)]
    [InlineData("京 公网安备11010802012345号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("港公网安备11010802012345号", ParseMode.Strict, ParseErrorCode.UnknownProvince, 0)]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 3)]
    [InlineData("京", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP证030173号 x", ParseMode.Lenient, ParseErrorCode.TrailingText, 13)]
    [InlineData("粤B2-20090059-", ParseMode.Strict, ParseErrorCode.BadSiteIndex, 13)]
    public void Errors_come_from_the_selected_grammar(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = FilingNumber.Parse(text, mode).AsT1;
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(FilingNumber.TryParse(text, mode, out FilingNumber? value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("京 公网安备 11010802012345", "京公网安备11010802012345号", FilingNumberKind.Psb)]
    [InlineData("公安备案号：京公网安备11010802012345号", "京公网安备11010802012345号", FilingNumberKind.Psb)]
    [InlineData("经营许可证： 京ICP证030173号", "京ICP证030173号", FilingNumberKind.IcpLicense)]
    [InlineData("京ICP证030173号-1", "京ICP证030173号-1", FilingNumberKind.IcpFiling)]
    [InlineData("粤b2-20090059", "粤B2-20090059", FilingNumberKind.IcpLicense)]
    [InlineData("备案号：京ICP备12345678号", "京ICP备12345678号", FilingNumberKind.IcpFiling)]
    public void Lenient_mode_selects_the_grammar_after_a_label_and_spaces(string text, string canonical, FilingNumberKind kind)
    {
        FilingNumber n = Parse(text, ParseMode.Lenient);
        Assert.Equal((canonical, kind), (n.ToString(), n.Kind));
    }

    [Theory]
    [InlineData("京XYZ", "Expected 'ICP备', 'ICP证', 'B2-' or '公网安备' after the province character.")]
    [InlineData("京ICP备12345678号x", "The number is complete; unexpected text follows.")]
    public void Icp_grammar_errors_name_every_marker(string text, string message)
        => Assert.Equal(message, FilingNumber.Parse(text).AsT1.Message);

    [Fact]
    public void Equality_is_by_kind_and_value()
    {
        FilingNumber a = Parse("京ICP备12345678号-1");
        FilingNumber same = Parse("京ICP备12345678号-1");
        FilingNumber other = Parse("京ICP备12345678号-2");
        FilingNumber licence = Parse("京ICP证030173号");
        FilingNumber psb = Parse("京公网安备11010802012345号");

        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (FilingNumber different in new[] { other, licence, psb })
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
        FilingNumber licence = Parse("蜀ICP证030173号");
        FilingNumber licenceAlias = Parse("川ICP证030173号");
        FilingNumber psb = Parse("川公网安备51078202110037号");
        FilingNumber psbAlias = Parse("蜀公网安备51078202110037号");

        Assert.True(shu.IsSameRecordAs(chuan));
        Assert.True(licence.IsSameRecordAs(licenceAlias));
        Assert.True(psb.IsSameRecordAs(psbAlias));
        Assert.False(shu.IsSameRecordAs(licence));
        Assert.False(licence.IsSameRecordAs(psb));
        Assert.False(psb.IsSameRecordAs(shu));
        Assert.False(licence.IsSameRecordAs(Parse("蜀ICP证030174号")));
        Assert.False(psb.IsSameRecordAs(Parse("川公网安备51078202110038号")));
        Assert.Throws<ArgumentNullException>(() => shu.IsSameRecordAs(null!));
    }
}
