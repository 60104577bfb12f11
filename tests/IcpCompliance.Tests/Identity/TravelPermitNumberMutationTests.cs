using System;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

/// <summary>Each form's boundaries, error positions in lenient text, formatting and equality of
/// <see cref="TravelPermitNumber"/>.</summary>
public sealed class TravelPermitNumberMutationTests
{
    private static TravelPermitNumber Parse(string text, ParseMode mode = ParseMode.Strict) => TravelPermitNumber.Parse(text, mode).AsT0;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => TravelPermitNumber.Parse(text, mode).AsT1;

    [Theory]
    [InlineData("H00000000", TravelPermitKind.HongKong, false)]
    [InlineData("M12345678", TravelPermitKind.Macao, false)]
    [InlineData("H1234567890", TravelPermitKind.HongKong, true)]
    [InlineData("0000000000", TravelPermitKind.Taiwan, true)]
    [InlineData("00000001", TravelPermitKind.Taiwan, false)]
    [InlineData("AZ12345678", TravelPermitKind.Taiwan, true)]
    [InlineData("12345678ZA", TravelPermitKind.Taiwan, true)]
    [InlineData("ZZZZZZZZZZ", TravelPermitKind.Taiwan, true)]
    public void Each_form_round_trips_exactly(string text, TravelPermitKind kind, bool older)
    {
        TravelPermitNumber n = Parse(text);
        Assert.Equal((kind, older, text), (n.Kind, n.IsOlderForm, n.ToString()));
        Assert.True(TravelPermitNumber.TryParse(text, out TravelPermitNumber viaTry));
        Assert.Equal(n, viaTry);
        Assert.Equal(n, Parse(" " + text.ToLowerInvariant() + " ", ParseMode.Lenient));
    }

    [Theory]
    [InlineData("H1234-678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 5)]
    [InlineData("HA2345678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 1)]
    [InlineData("M1234567Z", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 8)]
    [InlineData("1A234567", ParseMode.Strict, ParseErrorCode.WrongLength, 8)]
    [InlineData("A1234567890", ParseMode.Strict, ParseErrorCode.WrongLength, 10)]
    [InlineData("A12345678901", ParseMode.Strict, ParseErrorCode.WrongLength, 11)]
    [InlineData("A123456789A", ParseMode.Strict, ParseErrorCode.WrongLength, 10)]
    [InlineData("1234567", ParseMode.Strict, ParseErrorCode.WrongLength, 7)]
    [InlineData("12345678901", ParseMode.Strict, ParseErrorCode.WrongLength, 10)]
    [InlineData("M123456789", ParseMode.Strict, ParseErrorCode.WrongLength, 9)]
    [InlineData("H", ParseMode.Strict, ParseErrorCode.WrongLength, 1)]
    [InlineData("Z", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData(" m 1234 5678 9", ParseMode.Lenient, ParseErrorCode.WrongLength, 13)]
    [InlineData(" m 1234 567", ParseMode.Lenient, ParseErrorCode.WrongLength, 11)]
    [InlineData(" a1234567", ParseMode.Lenient, ParseErrorCode.WrongPrefix, 1)]
    [InlineData(" A1234567890 ", ParseMode.Lenient, ParseErrorCode.WrongLength, 11)]
    [InlineData("1234 5678 901", ParseMode.Lenient, ParseErrorCode.WrongLength, 12)]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 3)]
    [InlineData("H1234-5678", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 5)] // spaces only, not a mobile number's separators
    [InlineData("H12345678 ", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 9)]
    public void Errors_have_their_code_and_position(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(TravelPermitNumber.TryParse(text, mode, out TravelPermitNumber value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("H1234567", "A travel permit number is H or M and 8 or 10 digits (Hong Kong, Macao), or 8 digits or 10 letters and digits (Taiwan).")]
    [InlineData("A1234567", "A Hong Kong or Macao permit number starts with H or M.")]
    public void Errors_explain_the_rule(string text, string message)
        => Assert.Equal(message, Error(text).Message);

    [Theory]
    [InlineData("H12345678")]
    [InlineData("M1234567890")]
    [InlineData("12345678")]
    [InlineData("A123456789")]
    public void Try_format_fails_cleanly_on_every_short_buffer(string text)
    {
        TravelPermitNumber n = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, text);
    }

    [Fact]
    public void The_default_value_formats_as_nothing()
    {
        TravelPermitNumber d = default;
        Assert.False(d.IsOlderForm);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        TravelPermitNumber n = Parse("M12345678");
        Assert.Equal("M12345678", $"{n}");
        Assert.Equal("M12345678", $"{n:G}");
        Assert.Equal("M12345678", ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("F", null));
        char[] buffer = new char[16];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("M12345678", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "E", null));
    }

    [Fact]
    public void Equality_compares_kind_characters_and_length()
    {
        TravelPermitNumber a = Parse("H12345678");
        TravelPermitNumber same = Parse("h 1234 5678", ParseMode.Lenient);
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (TravelPermitNumber other in new[] { Parse("M12345678"), Parse("H12345679"), Parse("12345678") })
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
        }

        Assert.False(Parse("12345678") == Parse("0012345678"));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"H12345678"));
    }
}
