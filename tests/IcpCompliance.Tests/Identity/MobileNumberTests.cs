using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed class MobileNumberTests
{
    [Theory]
    [InlineData("+86 138-1234-5678")]
    [InlineData("0086 13812345678")]
    [InlineData("(+86) 138 1234 5678")]
    [InlineData("8613812345678")]
    [InlineData("１３８１２３４５６７８")]
    public void Lenient_mode_reads_country_codes_and_separators(string text)
    {
        MobileNumber n = MobileNumber.Parse(text, ParseMode.Lenient).AsT0;
        Assert.Equal("13812345678", n.ToString());
        Assert.Equal("+8613812345678", n.InternationalForm);
        Assert.Equal(138, n.Segment);
        Assert.True(MobileNumber.Parse(text).IsT1);
    }

    [Theory]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("1381234567", ParseErrorCode.WrongLength, 10)]
    [InlineData("138123456789", ParseErrorCode.WrongLength, 11)]
    [InlineData("12812345678", ParseErrorCode.WrongPrefix, 0)]
    [InlineData("23812345678", ParseErrorCode.WrongPrefix, 0)]
    [InlineData("1381234567a", ParseErrorCode.InvalidCharacter, 10)]
    [InlineData("+8613812345678", ParseErrorCode.InvalidCharacter, 0)]
    public void Each_error_has_its_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError error = MobileNumber.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void Default_value_is_empty()
    {
        Assert.Equal(string.Empty, default(MobileNumber).ToString());
        Assert.Equal(string.Empty, default(MobileNumber).InternationalForm);
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Canonical_form_round_trips(MobileNumber n)
        => MobileNumber.Parse(n.ToString()).Match(p => p == n, _ => false)
           && MobileNumber.TryParse(n.ToString(), out MobileNumber t) && t == n
           && MobileNumber.Parse(n.InternationalForm, ParseMode.Lenient).Match(p => p == n, _ => false);

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public Property Lenient_spellings_parse_to_the_same_number(MobileNumber n)
    {
        string d = n.ToString();
        Gen<string> spellings =
            from prefix in Gen.Elements(string.Empty, "+86 ", "0086", "86-", "(+86)")
            from separator in Gen.Elements(string.Empty, " ", "-", "\u3000")
            from fullWidth in Gen.Elements(false, true)
            let digits = fullWidth ? new string(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(d, c => (char)(c + 0xFEE0)))) : d
            select prefix + digits[..3] + separator + digits[3..7] + separator + digits[7..];
        return Prop.ForAll(spellings.ToArbitrary(), s => MobileNumber.Parse(s, ParseMode.Lenient).Match(p => p == n, _ => false).Label(s));
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(MobileNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(MobileNumber.Parse(text, ParseMode.Lenient), text);
}
