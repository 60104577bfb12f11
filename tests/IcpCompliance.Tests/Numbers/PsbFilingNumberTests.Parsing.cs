using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class PsbFilingNumberTests
{
    // Real footers (shared domain facts §1.3, §9).
    [Theory]
    [InlineData("湘公网安备43010502002236号", 43, 430105, false)]
    [InlineData("津公网安备12011402001763号", 12, 120114, false)]
    [InlineData("京公网安备11000002000001号", 11, 110000, false)]
    [InlineData("川公网安备51019002006069号", 51, 510190, false)]
    [InlineData("蜀公网安备51078202110037号", 51, 510782, false)]
    [InlineData("京公网安备110105001181号", 11, 110105, true)]
    public void Parses_real_numbers(string text, int provinceCode, int division, bool legacy)
    {
        PsbFilingNumber n = PsbFilingNumber.Parse(text).Value;
        Assert.Equal(provinceCode, n.Province.Code);
        Assert.Equal(division, n.DivisionCode);
        Assert.Equal(legacy, n.IsLegacy);
        Assert.Equal(text, n.ToString());
        Assert.Equal(VerificationLinks.PsbRecordPrefix + n.Digits, n.VerificationUrl.OriginalString);
        Assert.StartsWith(VerificationLinks.LegacyPsbRecordPrefix, n.LegacyVerificationUrl.OriginalString);
    }

    [Fact]
    public void Properties_of_a_current_number()
    {
        PsbFilingNumber n = Parse(Beijing);
        Assert.Equal(Province.Beijing, n.Province);
        Assert.Equal('京', n.ProvinceCharacter);
        Assert.Equal("11010802012345", n.Digits);
        Assert.False(n.IsLegacy);
        Assert.Equal(110108, n.DivisionCode);
        Assert.Equal(new Uri("https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345"), n.VerificationUrl);
        Assert.Equal(new Uri("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345"), n.LegacyVerificationUrl);
    }

    [Theory]
    [InlineData("京公网安备110105001181号", ParseMode.Strict)]
    [InlineData("京公网安备 110105001181 号", ParseMode.Lenient)]
    [InlineData("京公网安备110105001181", ParseMode.Lenient)]
    public void A_legacy_number_keeps_its_twelve_digits(string text, ParseMode mode)
    {
        PsbFilingNumber n = Parse(text, mode);
        Assert.True(n.IsLegacy);
        Assert.Equal("110105001181", n.Digits);
        Assert.Equal(110105, n.DivisionCode);
        Assert.Equal("京公网安备110105001181号", n.ToString());
        Assert.Equal(new Uri("https://beian.mps.gov.cn/#/query/webSearch?code=110105001181"), n.VerificationUrl);
    }

    // Real spellings (shared domain facts §1.3, §9), then spaces between every part and a missing terminator.
    [Theory]
    [InlineData("川公网安备 51019002001128号", "川公网安备51019002001128号")]
    [InlineData("京公网安备110105007294", "京公网安备110105007294号")]
    [InlineData("公安备案号：京公网安备 11010802012345 号", "京公网安备11010802012345号")]
    [InlineData("京 公网安备11010802012345号", Beijing)]
    [InlineData("京公网安备 11010802012345 号", Beijing)]
    [InlineData("京　公网安备　11010802012345　号　", Beijing)]
    [InlineData("京公网安备11010802012345", Beijing)]
    [InlineData("备案号: 京公网安备11010802012345号", Beijing)]
    public void Lenient_mode_reads_real_spellings_spaces_and_a_missing_terminator(string text, string canonical)
    {
        Assert.Equal(canonical, Parse(text, ParseMode.Lenient).ToString());
        Assert.False(PsbFilingNumber.Parse(text).Success);
        Assert.False(PsbFilingNumber.TryParse(text, out _));
        Assert.True(PsbFilingNumber.TryParse(text, ParseMode.Lenient, out PsbFilingNumber viaTry));
        Assert.Equal(canonical, viaTry.ToString());
    }

    [Theory]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 3)]
    [InlineData("备案号：", ParseMode.Lenient, ParseErrorCode.Empty, 4)]
    [InlineData("   ", ParseMode.Strict, ParseErrorCode.UnknownProvince, 0)]
    [InlineData(" 京公网安备11010802012345号", ParseMode.Strict, ParseErrorCode.UnknownProvince, 0)]
    [InlineData("京公网安备11010802012345号 ", ParseMode.Strict, ParseErrorCode.TrailingText, 20)]
    [InlineData("京公网安备11010802012345号 x", ParseMode.Lenient, ParseErrorCode.TrailingText, 21)]
    [InlineData("京公网安备11010802012345 x", ParseMode.Lenient, ParseErrorCode.TrailingText, 20)]
    [InlineData("京公网安备 11010802012345号", ParseMode.Strict, ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京 公网安备11010802012345号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京公网安备440105001181号", ParseMode.Strict, ParseErrorCode.ProvinceMismatch, 5)]
    [InlineData("京公网安备 44010802012345号", ParseMode.Lenient, ParseErrorCode.ProvinceMismatch, 6)]
    [InlineData("京公网安备1101050011811号", ParseMode.Strict, ParseErrorCode.TooFewDigits, 5)]
    [InlineData("京公网安备11010500118号", ParseMode.Strict, ParseErrorCode.TooFewDigits, 5)]
    [InlineData("京公网安备 110108020123456789", ParseMode.Lenient, ParseErrorCode.TooManyDigits, 20)]
    [InlineData("京公网安备11010802012345 号", ParseMode.Strict, ParseErrorCode.MissingTerminator, 19)]
    [InlineData("京", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京公网安备1101080212535号", ParseMode.Strict, ParseErrorCode.TooFewDigits, 5)]
    [InlineData("京公网安备110108020123456号", ParseMode.Strict, ParseErrorCode.TooManyDigits, 19)]
    [InlineData("京公网安备44010802012345号", ParseMode.Strict, ParseErrorCode.ProvinceMismatch, 5)]
    [InlineData("京ICP备12345678号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京公网安备号", ParseMode.Strict, ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京公网安备11010802012345", ParseMode.Strict, ParseErrorCode.MissingTerminator, 19)]
    [InlineData("京公网安备11010802012345号x", ParseMode.Strict, ParseErrorCode.TrailingText, 20)]
    [InlineData("港公网安备11010802012345号", ParseMode.Strict, ParseErrorCode.UnknownProvince, 0)]
    [InlineData("", ParseMode.Strict, ParseErrorCode.Empty, 0)]
    public void Errors_have_their_code_and_position(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(PsbFilingNumber.TryParse(text, mode, out PsbFilingNumber value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("京ICP备12345678号")]
    [InlineData("京B2-20090059")]
    [InlineData("京 ICP备12345678号")]
    public void An_icp_number_is_named_as_such(string text)
    {
        ParseError e = Error(text, ParseMode.Lenient);
        Assert.Equal(ParseErrorCode.WrongKindMarker, e.Code);
        Assert.Equal("This is an ICP number, not a PSB filing number (公网安备).", e.Message);
    }

    [Theory]
    [InlineData("京公网备11010802012345号")]
    [InlineData("京XYZ")]
    [InlineData("京I")]
    [InlineData("京B")]
    public void Another_marker_is_reported_as_the_missing_psb_marker(string text)
    {
        ParseError e = Error(text);
        Assert.Equal((ParseErrorCode.WrongKindMarker, 1), (e.Code, e.Position));
        Assert.Equal("Expected '公网安备' after the province character.", e.Message);
    }

    [Theory]
    [InlineData("京公网安备1101080201234号", ParseErrorCode.TooFewDigits)]
    [InlineData("京公网安备110108020123456号", ParseErrorCode.TooManyDigits)]
    public void Digit_count_errors_state_both_lengths(string text, ParseErrorCode code)
    {
        ParseError e = Error(text);
        Assert.Equal(code, e.Code);
        Assert.Equal("A PSB filing number has 14 digits (12 in the legacy form).", e.Message);
    }

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Canonical_form_round_trips(PsbFilingNumber n)
        => PsbFilingNumber.Parse(n.ToString()).Match(p => p == n, _ => false)
           && PsbFilingNumber.TryParse(n.ToString(), out PsbFilingNumber t) && t == n
           && n.DivisionCode / 10_000 == n.Province.Code;

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public Property Every_lenient_variant_parses_to_the_same_number(PsbFilingNumber n)
        => Prop.ForAll(NumberGenerators.LenientVariant(n).ToArbitrary(), v =>
            PsbFilingNumber.Parse(v, ParseMode.Lenient).Match(p => p == n, _ => false).Label(v));

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public Property A_replaced_province_character_fails_at_position_zero(PsbFilingNumber n, char replacement)
        => Prop.When(!Province.TryFromCharacter(replacement, out _), () =>
            PsbFilingNumber.Parse(replacement + n.ToString()[1..]).Match(_ => false, e => e.Code == ParseErrorCode.UnknownProvince && e.Position == 0));

    /// <summary>The fast path's contract: every canonical number takes it, and on any text it accepts exactly what
    /// the full strict reader accepts, with the same value. Without this, a fast path that declined everything
    /// (or too much) would go unnoticed: the full reader behind it gives the same results, only slower.</summary>
    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool The_fast_path_accepts_exactly_what_the_strict_reader_accepts(PsbFilingNumber n, int place, int pick, bool remove)
    {
        string canonical = n.ToString();
        if (!PsbFilingNumber.TryReadCanonical(canonical, out PsbFilingNumber fast) || fast != n)
        {
            return false;
        }

        const string Replacements = "0123456789京沪粤号公网安备 ICP-";
        int at = (int)((uint)place % (uint)canonical.Length);
        string variant = remove
            ? canonical.Remove(at, 1)
            : canonical[..at] + Replacements[(int)((uint)pick % (uint)Replacements.Length)] + canonical[(at + 1)..];
        bool quick = PsbFilingNumber.TryReadCanonical(variant, out PsbFilingNumber quickValue);
        bool full = !PsbFilingNumber.ReadFull(variant, ParseMode.Strict, out PsbFilingNumber fullValue).IsFailure;
        return quick == full && quickValue == fullValue;
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(PsbFilingNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(PsbFilingNumber.Parse(text, ParseMode.Lenient), text);

    [Fact]
    public void Hostile_strings_give_errors_not_exceptions()
    {
        foreach (string? text in Examples.Hostile)
        {
            Assert.True(IcpFilingNumberTests.ErrorIsWellFormed(PsbFilingNumber.Parse(text, ParseMode.Lenient), text));
        }
    }
}
