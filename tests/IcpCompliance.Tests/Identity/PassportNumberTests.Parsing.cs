using System;
using FsCheck;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class PassportNumberTests
{
    [Fact]
    public void Parses_a_number_with_its_country()
    {
        PassportNumber p = PassportNumber.Parse("E12345678", "CHN").Value;
        Assert.Equal(("E12345678", "CHN"), (p.Number, p.IssuingCountry));
        Assert.Equal("CHN E12345678", p.ToString());
        Assert.Equal(p, PassportNumber.Parse(" e1234 5678", "chn", ParseMode.Lenient).Value);
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Number_and_country_round_trip(PassportNumber p)
        => PassportNumber.Parse(p.Number, p.IssuingCountry).Match(q => q == p && q.ToString() == p.IssuingCountry + " " + p.Number, _ => false)
           && PassportNumber.TryParse(p.Number, p.IssuingCountry, ParseMode.Strict, out PassportNumber t) && t == p;

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Canonical_form_round_trips(PassportNumber p)
        => PassportNumber.Parse(p.ToString()).Match(q => q == p, _ => false)
           && PassportNumber.TryParse(p.ToString(), ParseMode.Strict, out PassportNumber t) && t == p
           && PassportNumber.Parse("  " + p.ToString().ToLowerInvariant().Replace(" ", "\u3000 ", System.StringComparison.Ordinal), ParseMode.Lenient).Match(q => q == p, _ => false);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_canonical_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, ParseMode.Lenient), text);

    // Issue 22 item 1: the form with a separate country has the uniform overloads too, and they all agree.
    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public bool Every_overload_with_a_separate_country_gives_the_same_value_or_error(string? text, string? country, bool lenient)
    {
        ParseMode mode = lenient ? ParseMode.Lenient : ParseMode.Strict;
        ParseResult<PassportNumber> expected = PassportNumber.Parse(text, country, mode);
        ParseResult<PassportNumber> fromSpans = PassportNumber.Parse(text.AsSpan(), country.AsSpan(), mode);
        bool parsed = PassportNumber.TryParse(text.AsSpan(), country.AsSpan(), mode, out PassportNumber value, out ParseError? error);
        bool strict = PassportNumber.TryParse(text.AsSpan(), country.AsSpan(), out PassportNumber strictValue);
        bool strictExpected = PassportNumber.Parse(text, country).TryGetValue(out PassportNumber strictExpectedValue);
        return fromSpans.Equals(expected)
               && parsed == expected.Success
               && (parsed ? value == expected.Value && error is null : error == expected.Error && value == default)
               && strict == strictExpected && strictValue == strictExpectedValue;
    }

    [Fact]
    public void The_overloads_with_a_separate_country_report_where_the_text_fails()
    {
        Assert.Equal(PassportNumber.Parse("E12345678", "CHN").Value, PassportNumber.Parse("E12345678".AsSpan(), "CHN".AsSpan()).Value);
        Assert.True(PassportNumber.TryParse("E12345678", "CHN", out PassportNumber p));
        Assert.Equal("CHN E12345678", p.ToString());
        Assert.False(PassportNumber.TryParse("e12345678", "CHN", out _));
        Assert.True(PassportNumber.TryParse(" e1234 5678", "chn", ParseMode.Lenient, out PassportNumber lenient, out ParseError? none));
        Assert.Equal(p, lenient);
        Assert.Null(none);

        Assert.False(PassportNumber.TryParse("E1234$678", "CHN", ParseMode.Strict, out _, out ParseError? badCharacter));
        Assert.Equal((ParseErrorCode.InvalidCharacter, 5), (badCharacter.Code, badCharacter.Position));
        Assert.False(PassportNumber.TryParse("E12345678", "CH", ParseMode.Strict, out _, out ParseError? badCountry));
        Assert.Equal((ParseErrorCode.BadCountryCode, 0), (badCountry.Code, badCountry.Position));
        Assert.Equal(ParseErrorCode.WrongLength, PassportNumber.Parse("E123".AsSpan(), "CHN".AsSpan()).Error.Code);
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text, string? country)
        => IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, country, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, "CHN", ParseMode.Lenient), text);

    [Theory]
    [InlineData("A1234", "USA")]
    [InlineData("ZZZZZZZZZZZZZZZZZZZZ", "ZZZ")]
    [InlineData("00000", "AAA")]
    [InlineData("E12345678", "CHN")]
    public void Numbers_of_five_to_twenty_characters_round_trip(string number, string country)
    {
        PassportNumber p = PassportNumber.Parse(number, country).Value;
        Assert.Equal((number, country), (p.Number, p.IssuingCountry));
        Assert.Equal(country + " " + number, p.ToString());
        Assert.Equal(p, PassportNumber.Parse(country + " " + number).Value);
        Assert.True(PassportNumber.TryParse(number, country, ParseMode.Strict, out PassportNumber viaTry));
        Assert.Equal(p, viaTry);
    }

    [Theory]
    [InlineData(" e12345678 ", " chn ")]
    [InlineData("ｅ１２３４５６７８", "ｃｈｎ")]
    [InlineData("E1234\u30005678", "Chn")]
    public void Lenient_mode_folds_number_and_country(string number, string country)
    {
        PassportNumber p = PassportNumber.Parse(number, country, ParseMode.Lenient).Value;
        Assert.Equal("CHN E12345678", p.ToString());
        Assert.False(PassportNumber.Parse(number, country).Success);
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
    [InlineData("E12345678", "CH", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", "CH1", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", "chn", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", null, ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678901234567890", "CHN", ParseMode.Strict, ParseErrorCode.WrongLength, 20)]
    [InlineData("E1234-5678", "CHN", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 5)]
    [InlineData("", "CHN", ParseMode.Strict, ParseErrorCode.Empty, 0)]
    public void Errors_have_their_code_and_position(string number, string? country, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = PassportNumber.Parse(number, country, mode).Error;
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(PassportNumber.TryParse(number, country, mode, out PassportNumber value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData("  chn  e12345678 ", "CHN E12345678")]
    [InlineData("usa\u3000a1234", "USA A1234")]
    public void Lenient_mode_reads_the_combined_form(string text, string canonical)
    {
        Assert.Equal(canonical, PassportNumber.Parse(text, ParseMode.Lenient).Value.ToString());
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
    [InlineData("CHN E123", ParseMode.Strict, ParseErrorCode.WrongLength, 8)]
    [InlineData("CH E12345678", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("CHNE12345678", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("CHN", ParseMode.Strict, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("CHN E1234_5678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 9)]
    [InlineData("", ParseMode.Strict, ParseErrorCode.Empty, 0)]
    public void Combined_form_errors_point_into_the_whole_text(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = PassportNumber.Parse(text, mode).Error;
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(PassportNumber.TryParse(text, mode, out _));
    }

    [Theory]
    [InlineData("E123", "CHN", "A passport number has 5 to 20 letters and digits.")]
    [InlineData("E12345", "CH", "The issuing country must be an ISO 3166-1 alpha-3 code: three letters, such as CHN or USA.")]
    public void Errors_explain_the_rule(string number, string country, string message)
        => Assert.Equal(message, PassportNumber.Parse(number, country).Error.Message);
}
