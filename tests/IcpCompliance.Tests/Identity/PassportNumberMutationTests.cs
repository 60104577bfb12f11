using System;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

/// <summary>Length and country boundaries, error positions in the combined form, formatting and equality of
/// <see cref="PassportNumber"/>.</summary>
public sealed class PassportNumberMutationTests
{
    [Theory]
    [InlineData("A1234", "USA")]
    [InlineData("ZZZZZZZZZZZZZZZZZZZZ", "ZZZ")]
    [InlineData("00000", "AAA")]
    [InlineData("E12345678", "CHN")]
    public void Numbers_of_five_to_twenty_characters_round_trip(string number, string country)
    {
        PassportNumber p = PassportNumber.Parse(number, country).AsT0;
        Assert.Equal((number, country), (p.Number, p.IssuingCountry));
        Assert.Equal(country + " " + number, p.ToString());
        Assert.Equal(p, PassportNumber.Parse(country + " " + number).AsT0);
        Assert.True(PassportNumber.TryParse(number, country, ParseMode.Strict, out PassportNumber viaTry));
        Assert.Equal(p, viaTry);
    }

    [Fact]
    public void The_default_value_is_empty()
    {
        PassportNumber d = default;
        Assert.Equal(string.Empty, d.Number);
        Assert.Equal(string.Empty, d.IssuingCountry);
        Assert.Equal(string.Empty, d.ToString());
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData(" e12345678 ", " chn ")]
    [InlineData("ｅ１２３４５６７８", "ｃｈｎ")]
    [InlineData("E1234\u30005678", "Chn")]
    public void Lenient_mode_folds_number_and_country(string number, string country)
    {
        PassportNumber p = PassportNumber.Parse(number, country, ParseMode.Lenient).AsT0;
        Assert.Equal("CHN E12345678", p.ToString());
        Assert.True(PassportNumber.Parse(number, country).IsT1);
    }

    [Theory]
    [InlineData("E12345678", " CHN", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", "CHNA", ParseMode.Lenient, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", "C-N", ParseMode.Lenient, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", "", ParseMode.Lenient, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("e12345678", "CHN", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("E123", "CHN", ParseMode.Strict, ParseErrorCode.WrongLength, 4)]
    [InlineData("E 1 2 3", "CHN", ParseMode.Lenient, ParseErrorCode.WrongLength, 7)]
    [InlineData("E1234567890123456789 0", "CHN", ParseMode.Lenient, ParseErrorCode.WrongLength, 21)]
    [InlineData("   ", "CHN", ParseMode.Lenient, ParseErrorCode.Empty, 3)]
    public void Errors_have_their_code_and_position(string number, string country, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = PassportNumber.Parse(number, country, mode).AsT1;
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(PassportNumber.TryParse(number, country, mode, out PassportNumber value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("  chn  e12345678 ", "CHN E12345678")]
    [InlineData("usa\u3000a1234", "USA A1234")]
    public void Lenient_mode_reads_the_combined_form(string text, string canonical)
    {
        Assert.Equal(canonical, PassportNumber.Parse(text, ParseMode.Lenient).AsT0.ToString());
        Assert.True(PassportNumber.TryParse(text, ParseMode.Lenient, out PassportNumber viaTry));
        Assert.Equal(canonical, viaTry.ToString());
    }

    [Theory]
    [InlineData("CHN ", ParseMode.Strict, ParseErrorCode.Empty, 4)]
    [InlineData("CHN E12", ParseMode.Strict, ParseErrorCode.WrongLength, 7)]
    [InlineData("CHN E1234-678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 9)]
    [InlineData("chn E12345678", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("  1HN E12345678", ParseMode.Lenient, ParseErrorCode.BadCountryCode, 2)]
    [InlineData("  CHNA E12345678", ParseMode.Lenient, ParseErrorCode.BadCountryCode, 2)]
    [InlineData("  CHN  E123", ParseMode.Lenient, ParseErrorCode.WrongLength, 11)]
    [InlineData("  CHN  E12-34", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 10)]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 0)]
    [InlineData(" CHN E12345678", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    public void Combined_form_errors_point_into_the_whole_text(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = PassportNumber.Parse(text, mode).AsT1;
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(PassportNumber.TryParse(text, mode, out _));
    }

    [Theory]
    [InlineData("E123", "CHN", "A passport number has 5 to 20 letters and digits.")]
    [InlineData("E12345", "CH", "The issuing country must be an ISO 3166-1 alpha-3 code: three letters, such as CHN or USA.")]
    public void Errors_explain_the_rule(string number, string country, string message)
        => Assert.Equal(message, PassportNumber.Parse(number, country).AsT1.Message);

    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        const string text = "CHN E12345678";
        PassportNumber p = PassportNumber.Parse(text).AsT0;
        FormatAssert.FailsCleanlyOnEveryShortBuffer(p.TryFormat, text);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        PassportNumber p = PassportNumber.Parse("CHN E12345678").AsT0;
        Assert.Equal("CHN E12345678", $"{p}");
        Assert.Equal("CHN E12345678", $"{p:G}");
        Assert.Equal("CHN E12345678", ((IFormattable)p).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)p).ToString("P", null));
        char[] buffer = new char[30];
        Assert.True(((ISpanFormattable)p).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("CHN E12345678", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)p).TryFormat(buffer, out _, "R", null));
    }

    [Fact]
    public void Equality_compares_number_length_and_country()
    {
        PassportNumber a = PassportNumber.Parse("E12345678", "CHN").AsT0;
        PassportNumber same = PassportNumber.Parse("CHN E12345678").AsT0;
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());

        foreach (PassportNumber other in new[]
        {
            PassportNumber.Parse("E12345679", "CHN").AsT0,
            PassportNumber.Parse("0E12345678", "CHN").AsT0,
            PassportNumber.Parse("E12345678", "CHM").AsT0,
        })
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
        }

        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"CHN E12345678"));
    }
}
