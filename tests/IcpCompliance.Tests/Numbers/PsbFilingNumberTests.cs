using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed class PsbFilingNumberTests
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
        PsbFilingNumber n = PsbFilingNumber.Parse(text).AsT0;
        Assert.Equal(provinceCode, n.Province.Code);
        Assert.Equal(division, n.DivisionCode);
        Assert.Equal(legacy, n.IsLegacy);
        Assert.Equal(text, n.ToString());
        Assert.Equal(VerificationLinks.PsbRecordPrefix + n.Digits, n.VerificationUrl.OriginalString);
        Assert.StartsWith(VerificationLinks.LegacyPsbRecordPrefix, n.LegacyVerificationUrl.OriginalString);
    }

    [Theory]
    [InlineData("川公网安备 51019002001128号", "川公网安备51019002001128号")]
    [InlineData("京公网安备110105007294", "京公网安备110105007294号")]
    [InlineData("公安备案号：京公网安备 11010802012345 号", "京公网安备11010802012345号")]
    public void Lenient_mode_reads_real_spellings(string text, string canonical)
        => Assert.Equal(canonical, PsbFilingNumber.Parse(text, ParseMode.Lenient).AsT0.ToString());

    [Theory]
    [InlineData("京公网安备1101080212535号", ParseErrorCode.TooFewDigits, 5)]
    [InlineData("京公网安备110108020123456号", ParseErrorCode.TooManyDigits, 19)]
    [InlineData("京公网安备44010802012345号", ParseErrorCode.ProvinceMismatch, 5)]
    [InlineData("京ICP备12345678号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京公网备11010802012345号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京公网安备号", ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京公网安备11010802012345", ParseErrorCode.MissingTerminator, 19)]
    [InlineData("京公网安备11010802012345号x", ParseErrorCode.TrailingText, 20)]
    [InlineData("港公网安备11010802012345号", ParseErrorCode.UnknownProvince, 0)]
    [InlineData("", ParseErrorCode.Empty, 0)]
    public void Each_error_has_its_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError error = PsbFilingNumber.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
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
