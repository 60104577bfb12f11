using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed class IcpLicenseNumberTests
{
    // Baidu's and Tencent's licences (shared domain facts §1.2).
    [Theory]
    [InlineData("京ICP证030173号", IcpLicenseForm.Certificate, "030173")]
    [InlineData("粤B2-20090059", IcpLicenseForm.B2, "20090059")]
    [InlineData("京B2-20201234", IcpLicenseForm.B2, "20201234")]
    public void Parses_both_forms(string text, IcpLicenseForm form, string serial)
    {
        IcpLicenseNumber n = IcpLicenseNumber.Parse(text).AsT0;
        Assert.Equal((form, serial, text), (n.Form, n.Serial, n.ToString()));
    }

    [Theory]
    [InlineData("京ICP证030173", "京ICP证030173号")]
    [InlineData("经营许可证：京ICP证 030173 号", "京ICP证030173号")]
    [InlineData("粤b2－20090059", "粤B2-20090059")]
    [InlineData("粤B2-20090059号", "粤B2-20090059")]
    public void Lenient_mode_reads_real_spellings(string text, string canonical)
        => Assert.Equal(canonical, IcpLicenseNumber.Parse(text, ParseMode.Lenient).AsT0.ToString());

    [Theory]
    [InlineData("京ICP证030173号-1", ParseErrorCode.TrailingText, 12)]
    [InlineData("京ICP备12345678号", ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("粤B2-200900591", ParseErrorCode.TooManyDigits, 12)]
    [InlineData("粤B220090059", ParseErrorCode.WrongKindMarker, 3)]
    public void Each_error_has_its_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError error = IcpLicenseNumber.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Canonical_form_round_trips(IcpLicenseNumber n)
        => IcpLicenseNumber.Parse(n.ToString()).Match(p => p == n, _ => false)
           && IcpLicenseNumber.TryParse(n.ToString(), out IcpLicenseNumber t) && t == n
           && n.WithServiceIndex(1).Licence == n;

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool A_replaced_province_character_fails_at_position_zero(IcpLicenseNumber n, char replacement)
        => Province.TryFromCharacter(replacement, out _)
           || IcpLicenseNumber.Parse(replacement + n.ToString()[1..]).Match(_ => false, e => e.Code == ParseErrorCode.UnknownProvince && e.Position == 0);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(IcpLicenseNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(IcpLicenseNumber.Parse(text, ParseMode.Lenient), text);
}
