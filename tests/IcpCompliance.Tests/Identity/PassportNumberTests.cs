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

    [Property(MaxTest = 2_000, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Number_and_country_round_trip(PassportNumber p)
        => PassportNumber.Parse(p.Number, p.IssuingCountry).Match(q => q == p && q.ToString() == p.IssuingCountry + " " + p.Number, _ => false)
           && PassportNumber.TryParse(p.Number, p.IssuingCountry, ParseMode.Strict, out PassportNumber t) && t == p;

    [Property(MaxTest = 10_000)]
    public bool Arbitrary_strings_never_throw(string? text, string? country)
        => IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, country, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(PassportNumber.Parse(text, "CHN", ParseMode.Lenient), text);
}
