using System;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

/// <summary>The parts of <see cref="PsbFilingNumber"/> that the round-trip properties do not pin down: exact
/// values, error details, the lenient reader's allowances, formatting into short buffers, and equality field by
/// field.</summary>
public sealed class PsbFilingNumberMutationTests
{
    private const string Beijing = "京公网安备11010802012345号";

    private static PsbFilingNumber Parse(string text, ParseMode mode = ParseMode.Strict) => PsbFilingNumber.Parse(text, mode).AsT0;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => PsbFilingNumber.Parse(text, mode).AsT1;

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

    [Fact]
    public void The_default_value_has_no_digits_and_formats_as_nothing()
    {
        PsbFilingNumber d = default;
        Assert.Equal(string.Empty, d.Digits);
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.Province);

        Span<char> buffer = stackalloc char[4];
        Assert.True(d.TryFormat(buffer, out int written));
        Assert.Equal(0, written);
        Assert.True(d.TryFormatDigits(buffer, out written));
        Assert.Equal(0, written);
        Assert.True(d.TryFormatDigits(Span<char>.Empty, out written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("京 公网安备11010802012345号")]
    [InlineData("京公网安备 11010802012345 号")]
    [InlineData("京　公网安备　11010802012345　号　")]
    [InlineData("京公网安备11010802012345")]
    [InlineData("备案号: 京公网安备11010802012345号")]
    public void Lenient_mode_allows_spaces_between_every_part_and_a_missing_terminator(string text)
    {
        Assert.Equal(Beijing, Parse(text, ParseMode.Lenient).ToString());
        Assert.True(PsbFilingNumber.Parse(text).IsT1);
        Assert.False(PsbFilingNumber.TryParse(text, out _));
        Assert.True(PsbFilingNumber.TryParse(text, ParseMode.Lenient, out PsbFilingNumber viaTry));
        Assert.Equal(Beijing, viaTry.ToString());
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

    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        PsbFilingNumber n = Parse(Beijing);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, Beijing);

        char[] large = new char[40];
        Assert.True(n.TryFormat(large, out int largeWritten));
        Assert.Equal(Beijing, new string(large, 0, largeWritten));
    }

    [Fact]
    public void Try_format_digits_writes_the_record_code_only()
    {
        PsbFilingNumber n = Parse(Beijing);
        for (int size = 0; size < 14; size++)
        {
            Assert.False(n.TryFormatDigits(new char[size], out int written), $"size {size}");
            Assert.Equal(0, written);
        }

        char[] exact = new char[14];
        Assert.True(n.TryFormatDigits(exact, out int exactWritten));
        Assert.Equal("11010802012345", new string(exact, 0, exactWritten));

        PsbFilingNumber legacy = Parse("京公网安备110105001181号");
        char[] large = new char[20];
        Assert.True(legacy.TryFormatDigits(large, out int legacyWritten));
        Assert.Equal("110105001181", new string(large, 0, legacyWritten));
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        PsbFilingNumber n = Parse(Beijing);
        Assert.Equal(Beijing, $"{n}");
        Assert.Equal(Beijing, $"{n:G}");
        Assert.Equal(Beijing, ((IFormattable)n).ToString(null, null));
        Assert.Equal(Beijing, ((IFormattable)n).ToString("G", null));
        Assert.Equal(Beijing, ((IFormattable)n).ToString(string.Empty, null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("X", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("g", null));

        char[] buffer = new char[32];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(Beijing, new string(buffer, 0, written));
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out written, default, null));
        Assert.Equal(Beijing, new string(buffer, 0, written));
        Assert.False(((ISpanFormattable)n).TryFormat(new char[3], out written, "G", null));
        Assert.Equal(0, written);
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "D", null));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "GG", null));
    }

    [Fact]
    public void Equality_compares_character_digits_and_length()
    {
        var a = new PsbFilingNumber(Province.Beijing, '京', 11010802012345UL, 14);
        var same = new PsbFilingNumber(Province.Beijing, '京', 11010802012345UL, 14);
        var otherDigits = new PsbFilingNumber(Province.Beijing, '京', 11010802012346UL, 14);
        var otherLength = new PsbFilingNumber(Province.Beijing, '京', 11010802012345UL, 12);
        var sichuan = new PsbFilingNumber(Province.Sichuan, '川', 51078202110037UL, 14);
        var shu = new PsbFilingNumber(Province.Sichuan, '蜀', 51078202110037UL, 14);

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (PsbFilingNumber other in new[] { otherDigits, otherLength })
        {
            Assert.False(a == other);
            Assert.True(a != other);
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
            Assert.False(a.IsSameRecordAs(other));
        }

        Assert.False(sichuan == shu);
        Assert.True(sichuan != shu);
        Assert.True(sichuan.IsSameRecordAs(shu));
        Assert.False(sichuan.IsSameRecordAs(a));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"京公网安备11010802012345号"));
        Assert.True(a.IsSameRecordAs(same));
    }
}
