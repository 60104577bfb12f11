using System;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpLicenseNumberTests
{
    // Baidu's and Tencent's licenses (shared domain facts §1.2).
    [Theory]
    [InlineData("京ICP证030173号", IcpLicenseForm.Certificate, "030173", 11)]
    [InlineData("粤B2-20090059", IcpLicenseForm.B2, "20090059", 44)]
    [InlineData("京B2-20201234", IcpLicenseForm.B2, "20201234", 11)]
    public void Parses_both_forms(string text, IcpLicenseForm form, string serial, int provinceCode)
    {
        IcpLicenseNumber n = IcpLicenseNumber.Parse(text).Value;
        Assert.Equal((form, serial, text), (n.Form, n.Serial, n.ToString()));
        Assert.Equal((provinceCode, text[0]), (n.Province.Code, n.ProvinceCharacter));
    }

    // Real spellings (Baidu's and Tencent's licenses, shared domain facts §1.2) and spaced ones.
    [Theory]
    [InlineData("京ICP证 030173 号", ParseMode.Lenient, Certificate)]
    [InlineData("京 ICP 证030173号", ParseMode.Lenient, Certificate)]
    [InlineData("粤B2 - 20090059", ParseMode.Lenient, B2)]
    [InlineData("粤 B2-20090059 号 ", ParseMode.Lenient, B2)]
    [InlineData("京ICP证030173", ParseMode.Lenient, "京ICP证030173号")]
    [InlineData("经营许可证：京ICP证 030173 号", ParseMode.Lenient, "京ICP证030173号")]
    [InlineData("粤b2－20090059", ParseMode.Lenient, "粤B2-20090059")]
    [InlineData("粤B2-20090059号", ParseMode.Lenient, "粤B2-20090059")]
    [InlineData("京ICP证1234567890号", ParseMode.Strict, "京ICP证1234567890号")]
    public void Reads_licenses_through_the_full_grammar(string text, ParseMode mode, string canonical)
    {
        Assert.Equal(canonical, Parse(text, mode).ToString());
        Assert.True(IcpLicenseNumber.TryParse(text, mode, out IcpLicenseNumber viaTry));
        Assert.Equal(canonical, viaTry.ToString());
    }

    [Theory]
    [InlineData("京ICP备12345678号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京ICP 备12345678号", ParseMode.Lenient, ParseErrorCode.WrongKindMarker, 5)]
    [InlineData("京ICP备12345678号-1", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京ICQ证030173号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP案030173号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京B2", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 3)]
    [InlineData("粤B220090059", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 3)]
    public void A_number_without_a_license_marker_is_refused_where_the_marker_is(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.Equal("Expected 'ICP证' or 'B2-' after the province character.", e.Message);
    }

    [Theory]
    [InlineData("京ICP证030173号-1", ParseMode.Strict, 12)]
    [InlineData("粤B2-20090059-1", ParseMode.Strict, 12)]
    [InlineData("粤B2-20090059-1626X", ParseMode.Strict, 12)]
    [InlineData("京ICP证030173号 - 1", ParseMode.Lenient, 13)]
    [InlineData("粤B2-20090059 -1", ParseMode.Lenient, 13)]
    public void A_service_number_is_refused_at_its_dash_with_advice(string text, ParseMode mode, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((ParseErrorCode.TrailingText, position), (e.Code, e.Position));
        Assert.StartsWith("The license number ends here;", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("粤B2-2009005", ParseErrorCode.TooFewDigits, 4, "A B2 license number has 8 digits.")]
    [InlineData("粤B2-200900591", ParseErrorCode.TooManyDigits, 12, "A B2 license number has 8 digits.")]
    [InlineData("京ICP证12345号", ParseErrorCode.TooFewDigits, 5, "The number has too few digits: at least 6 are expected.")]
    [InlineData("京ICP证12345678901号", ParseErrorCode.TooManyDigits, 15, "The number has too many digits: at most 10 are expected.")]
    [InlineData("京ICP证号", ParseErrorCode.DigitsMissing, 5, "Expected digits here.")]
    [InlineData("粤B2-", ParseErrorCode.DigitsMissing, 4, "Expected digits here.")]
    [InlineData("京ICP证030173", ParseErrorCode.MissingTerminator, 11, "Expected '号' here.")]
    [InlineData("粤B2-20090059号", ParseErrorCode.TrailingText, 12, "The license number ends here; with a service index it is a filing number under the license (parse it as an ICP filing number).")]
    [InlineData("京公网安备11010802012345号", ParseErrorCode.WrongKindMarker, 1, "This is a PSB filing number (公网安备), not an ICP number.")]
    [InlineData("粤X2-20090059", ParseErrorCode.WrongKindMarker, 1, "Expected 'ICP证' or 'B2-' after the province character.")]
    [InlineData("粤BX-20090059", ParseErrorCode.WrongKindMarker, 1, "Expected 'ICP证' or 'B2-' after the province character.")]
    [InlineData("粤B2X20090059", ParseErrorCode.WrongKindMarker, 3, "Expected 'ICP证' or 'B2-' after the province character.")]
    public void Errors_have_their_code_position_and_message(string text, ParseErrorCode code, int position, string message)
    {
        ParseError e = Error(text);
        Assert.Equal((code, position, message), (e.Code, e.Position, e.Message));
        Assert.False(IcpLicenseNumber.TryParse(text, out IcpLicenseNumber value));
        Assert.Equal(default, value);
    }

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Canonical_form_round_trips(IcpLicenseNumber n)
        => IcpLicenseNumber.Parse(n.ToString()).Match(p => p == n, _ => false)
           && IcpLicenseNumber.TryParse(n.ToString(), out IcpLicenseNumber t) && t == n
           && n.WithServiceIndex(1).LicenseNumber == n;

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool A_replaced_province_character_fails_at_position_zero(IcpLicenseNumber n, char replacement)
        => Province.TryFromCharacter(replacement, out _)
           || IcpLicenseNumber.Parse(replacement + n.ToString()[1..]).Match(_ => false, e => e.Code == ParseErrorCode.UnknownProvince && e.Position == 0);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(IcpLicenseNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(IcpLicenseNumber.Parse(text, ParseMode.Lenient), text);
}
