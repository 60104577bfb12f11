using System;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

/// <summary>Exact values, country-code handling, error positions, formatting and equality of
/// <see cref="MobileNumber"/>.</summary>
public sealed class MobileNumberMutationTests
{
    private static MobileNumber Parse(string text, ParseMode mode = ParseMode.Strict) => MobileNumber.Parse(text, mode).AsT0;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => MobileNumber.Parse(text, mode).AsT1;

    [Theory]
    [InlineData("13012345678", 130)]
    [InlineData("19999999999", 199)]
    [InlineData("15000000000", 150)]
    public void Segment_and_forms(string text, int segment)
    {
        MobileNumber n = Parse(text);
        Assert.Equal(segment, n.Segment);
        Assert.Equal(text, n.ToString());
        Assert.Equal("+86" + text, n.InternationalForm);
        Assert.True(MobileNumber.TryParse(text, out MobileNumber viaTry));
        Assert.Equal(n, viaTry);
    }

    [Fact]
    public void The_default_value_has_no_segment_and_formats_as_nothing()
    {
        MobileNumber d = default;
        Assert.Equal(0, d.Segment);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("+8613812345678")]
    [InlineData("008613812345678")]
    [InlineData("8613812345678")]
    [InlineData("138.1234.5678")]
    [InlineData("(138)12345678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86（138）1234 5678")]
    [InlineData(" 138 1234 5678 ")]
    public void Lenient_mode_reads_country_codes_and_separators(string text)
    {
        Assert.Equal("13812345678", Parse(text, ParseMode.Lenient).ToString());
        Assert.True(MobileNumber.TryParse(text, ParseMode.Lenient, out MobileNumber viaTry));
        Assert.Equal("13812345678", viaTry.ToString());
        Assert.False(MobileNumber.TryParse(text, out _));
    }

    [Theory]
    [InlineData("008613812345678", ParseMode.Strict, ParseErrorCode.WrongLength, 11)]
    [InlineData("8613812345678", ParseMode.Strict, ParseErrorCode.WrongLength, 11)]
    [InlineData("861381234567", ParseMode.Lenient, ParseErrorCode.WrongLength, 11)]
    [InlineData("86138123456789", ParseMode.Lenient, ParseErrorCode.WrongLength, 11)]
    [InlineData("+86 1381234567", ParseMode.Lenient, ParseErrorCode.WrongLength, 14)]
    [InlineData("+86 138123456789", ParseMode.Lenient, ParseErrorCode.WrongLength, 15)]
    [InlineData("0086 1381234567", ParseMode.Lenient, ParseErrorCode.WrongLength, 15)]
    [InlineData("1381234567812345", ParseMode.Strict, ParseErrorCode.WrongLength, 15)]
    [InlineData("+86 12812345678", ParseMode.Lenient, ParseErrorCode.WrongPrefix, 4)]
    [InlineData("0086-23812345678", ParseMode.Lenient, ParseErrorCode.WrongPrefix, 5)]
    [InlineData("10812345678", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("12999999999", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("+86 138a2345678", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 7)]
    [InlineData("138-1234-5678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 3)]
    [InlineData(" 13812345678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("138\u00001234567", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 3)]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 3)]
    [InlineData(null, ParseMode.Lenient, ParseErrorCode.Empty, 0)]
    [InlineData("+86", ParseMode.Lenient, ParseErrorCode.WrongLength, 3)]
    public void Errors_have_their_code_and_position(string? text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(MobileNumber.TryParse(text, mode, out MobileNumber value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("1381234567", "A Mainland mobile number has 11 digits.")]
    [InlineData("12812345678", "A Mainland mobile number starts with 13 to 19.")]
    public void Errors_explain_the_rule(string text, string message)
        => Assert.Equal(message, Error(text).Message);

    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        MobileNumber n = Parse("13812345678");
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, "13812345678");
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        MobileNumber n = Parse("13812345678");
        Assert.Equal("13812345678", $"{n}");
        Assert.Equal("13812345678", $"{n:G}");
        Assert.Equal("13812345678", ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("N0", null));
        char[] buffer = new char[16];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("13812345678", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "X", null));
    }

    [Fact]
    public void Equality_compares_the_digits()
    {
        MobileNumber a = Parse("13812345678");
        MobileNumber same = Parse("+86 138 1234 5678", ParseMode.Lenient);
        MobileNumber other = Parse("13812345679");
        EqualityAssert.Members(a, same, other, "13812345678", (x, y) => x == y, (x, y) => x != y);
    }
}
