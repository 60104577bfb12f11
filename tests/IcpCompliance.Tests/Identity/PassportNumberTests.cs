using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed class PassportNumberTests
{
    [Fact]
    public void Parses_a_number_with_its_country()
    {
        PassportNumber p = PassportNumber.Parse("E12345678", "CHN").AsT0;
        Assert.Equal(("E12345678", "CHN"), (p.Number, p.IssuingCountry));
        Assert.Equal("CHN E12345678", p.ToString());
        Assert.Equal(p, PassportNumber.Parse(" e1234 5678", "chn", ParseMode.Lenient).AsT0);
    }

    [Theory]
    [InlineData("E12345678", "CH", ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", "CH1", ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", "chn", ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E12345678", null, ParseErrorCode.BadCountryCode, 0)]
    [InlineData("E123", "CHN", ParseErrorCode.WrongLength, 4)]
    [InlineData("E12345678901234567890", "CHN", ParseErrorCode.WrongLength, 20)]
    [InlineData("E1234-5678", "CHN", ParseErrorCode.InvalidCharacter, 5)]
    [InlineData("", "CHN", ParseErrorCode.Empty, 0)]
    public void Each_error_has_its_code_and_position(string text, string? country, ParseErrorCode code, int position)
    {
        ParseError error = PassportNumber.Parse(text, country).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
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

    [Theory]
    [InlineData("CHN E123", ParseErrorCode.WrongLength, 8)]
    [InlineData("CH E12345678", ParseErrorCode.BadCountryCode, 0)]
    [InlineData("CHNE12345678", ParseErrorCode.BadCountryCode, 0)]
    [InlineData("CHN", ParseErrorCode.BadCountryCode, 0)]
    [InlineData("CHN E1234_5678", ParseErrorCode.InvalidCharacter, 9)]
    [InlineData("", ParseErrorCode.Empty, 0)]
    public void Canonical_form_errors_point_into_the_whole_text(string text, ParseErrorCode code, int position)
    {
        ParseError error = PassportNumber.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_canonical_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, ParseMode.Lenient), text);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text, string? country)
        => IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, country, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, "CHN", ParseMode.Lenient), text);
}
