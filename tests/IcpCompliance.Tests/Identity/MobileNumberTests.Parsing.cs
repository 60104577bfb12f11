using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class MobileNumberTests
{
    [Theory]
    [InlineData("+86 138-1234-5678")]
    [InlineData("0086 13812345678")]
    [InlineData("(+86) 138 1234 5678")]
    [InlineData("8613812345678")]
    [InlineData("１３８１２３４５６７８")]
    [InlineData("+8613812345678")]
    [InlineData("008613812345678")]
    [InlineData("138.1234.5678")]
    [InlineData("(138)12345678")]
    [InlineData("138-1234-5678")]
    [InlineData("+86（138）1234 5678")]
    [InlineData(" 138 1234 5678 ")]
    public void Lenient_mode_reads_country_codes_and_separators(string text)
    {
        MobileNumber n = MobileNumber.Parse(text, ParseMode.Lenient).Value;
        Assert.Equal("13812345678", n.ToString());
        Assert.Equal("+8613812345678", n.InternationalForm);
        Assert.Equal(138, n.Segment);
        Assert.False(MobileNumber.Parse(text).Success);
        Assert.True(MobileNumber.TryParse(text, ParseMode.Lenient, out MobileNumber viaTry));
        Assert.Equal("13812345678", viaTry.ToString());
        Assert.False(MobileNumber.TryParse(text, out _));
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
    [InlineData("", ParseMode.Strict, ParseErrorCode.Empty, 0)]
    [InlineData("1381234567", ParseMode.Strict, ParseErrorCode.WrongLength, 10)]
    [InlineData("138123456789", ParseMode.Strict, ParseErrorCode.WrongLength, 11)]
    [InlineData("12812345678", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("23812345678", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("1381234567a", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 10)]
    [InlineData("+8613812345678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
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
}
