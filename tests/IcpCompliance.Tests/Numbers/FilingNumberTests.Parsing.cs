using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class FilingNumberTests
{
    [Theory]
    [InlineData("京ICP备12345678号-1", FilingNumberKind.IcpFiling, 11)]
    [InlineData("粤B2-20090059", FilingNumberKind.IcpLicense, 44)]
    [InlineData("川公网安备51019002006069号", FilingNumberKind.Psb, 51)]
    [InlineData("京ICP证030173号", FilingNumberKind.IcpLicense, 11)]
    [InlineData("京ICP证030173号-1", FilingNumberKind.IcpFiling, 11)]
    [InlineData("粤B2-20090059-1626X", FilingNumberKind.IcpFiling, 44)]
    [InlineData("京公网安备11010802012345号", FilingNumberKind.Psb, 11)]
    [InlineData("京公网安备110105001181号", FilingNumberKind.Psb, 11)]
    public void Recognizes_each_kind(string text, FilingNumberKind kind, int province)
    {
        FilingNumber n = Parse(text);
        Assert.Equal((kind, province, text), (n.Kind, n.Province.Code, n.ToString()));
        Assert.True(FilingNumber.TryParse(text, ParseMode.Strict, out FilingNumber? viaTry));
        Assert.Equal(n, viaTry);
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

    // The marker after the province character selects the grammar; after a label, the province character and spaces,
    // 公网安备 selects the PSB grammar. The errors come from the grammar selected.
    [Theory]
    [InlineData("京 公网安备123", ParseMode.Lenient, ParseErrorCode.TooFewDigits, 6)]
    [InlineData("公安备案号：京公网安备123", ParseMode.Lenient, ParseErrorCode.TooFewDigits, 11)]
    [InlineData("京公网安备44010802012345号", ParseMode.Strict, ParseErrorCode.ProvinceMismatch, 5)]
    [InlineData("京 公网安备11010802012345号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("港公网安备11010802012345号", ParseMode.Strict, ParseErrorCode.UnknownProvince, 0)]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 3)]
    [InlineData("京", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP证030173号 x", ParseMode.Lenient, ParseErrorCode.TrailingText, 13)]
    [InlineData("粤B2-20090059-", ParseMode.Strict, ParseErrorCode.BadServiceIndex, 13)]
    [InlineData("萌ICP备20230001号", ParseMode.Strict, ParseErrorCode.UnknownProvince, 0)]
    [InlineData("京XYZ", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京公网安备123", ParseMode.Strict, ParseErrorCode.TooFewDigits, 5)]
    [InlineData(null, ParseMode.Strict, ParseErrorCode.Empty, 0)]
    public void Errors_come_from_the_selected_grammar(string? text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = FilingNumber.Parse(text, mode).Error;
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(FilingNumber.TryParse(text, mode, out FilingNumber? value));
        Assert.Null(value);
    }

    [Theory]
    [InlineData("京XYZ", "Expected 'ICP备', 'ICP证', 'B2-' or '公网安备' after the province character.")]
    [InlineData("京ICP备12345678号x", "The number is complete; unexpected text follows.")]
    public void Icp_grammar_errors_name_every_marker(string text, string message)
        => Assert.Equal(message, FilingNumber.Parse(text).Error.Message);

    [Property(MaxTest = 3_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Each_kind_round_trips_through_the_union(IcpFilingNumber f, IcpLicenseNumber l, PsbFilingNumber p)
        => FilingNumber.Parse(f.ToString()).Match(n => n.Equals((FilingNumber)f), _ => false)
           && FilingNumber.Parse(l.ToString()).Match(n => n.Equals((FilingNumber)l), _ => false)
           && FilingNumber.Parse(p.ToString()).Match(n => n.Equals((FilingNumber)p), _ => false);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(FilingNumber.Parse(text, ParseMode.Lenient), text);
}
