using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed class FilingNumberTests
{
    [Theory]
    [InlineData("京ICP备12345678号-1", FilingNumberKind.IcpFiling)]
    [InlineData("京ICP证030173号", FilingNumberKind.IcpLicense)]
    [InlineData("京ICP证030173号-1", FilingNumberKind.IcpFiling)]
    [InlineData("粤B2-20090059", FilingNumberKind.IcpLicense)]
    [InlineData("粤B2-20090059-1626X", FilingNumberKind.IcpFiling)]
    [InlineData("京公网安备11010802012345号", FilingNumberKind.Psb)]
    [InlineData("京公网安备110105001181号", FilingNumberKind.Psb)]
    public void Recognises_each_kind(string text, FilingNumberKind kind)
    {
        FilingNumber n = FilingNumber.Parse(text).AsT0;
        Assert.Equal(kind, n.Kind);
        Assert.Equal(text, n.ToString());
    }

    [Theory]
    [InlineData("萌ICP备20230001号", ParseErrorCode.UnknownProvince, 0)]
    [InlineData("京XYZ", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京公网安备123", ParseErrorCode.TooFewDigits, 5)]
    [InlineData(null, ParseErrorCode.Empty, 0)]
    public void Errors_come_from_the_grammar_the_marker_selects(string? text, ParseErrorCode code, int position)
    {
        ParseError e = FilingNumber.Parse(text).AsT1;
        Assert.Equal((code, position), (e.Code, e.Position));
    }

    [Property(MaxTest = 3_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Each_kind_round_trips_through_the_union(IcpFilingNumber f, IcpLicenseNumber l, PsbFilingNumber p)
        => FilingNumber.Parse(f.ToString()).Match(n => n.Equals((FilingNumber)f), _ => false)
           && FilingNumber.Parse(l.ToString()).Match(n => n.Equals((FilingNumber)l), _ => false)
           && FilingNumber.Parse(p.ToString()).Match(n => n.Equals((FilingNumber)p), _ => false);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(FilingNumber.Parse(text, ParseMode.Lenient), text);
}
