using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class TravelPermitNumberTests
{
    // Shapes from facts §5.3 (third-party validators); the digits are made up.
    [Theory]
    [InlineData("H12345678", TravelPermitKind.HongKong, false)]
    [InlineData("M1234567890", TravelPermitKind.Macao, true)]
    [InlineData("12345678", TravelPermitKind.Taiwan, false)]
    [InlineData("1234567890", TravelPermitKind.Taiwan, true)]
    [InlineData("A123456789", TravelPermitKind.Taiwan, true)]
    public void Parses_each_form(string text, TravelPermitKind kind, bool older)
    {
        TravelPermitNumber n = TravelPermitNumber.Parse(text).Value;
        Assert.Equal((kind, older), (n.Kind, n.IsOlderForm));
        Assert.Equal(text, n.ToString());
    }

    [Fact]
    public void Lenient_mode_reads_lower_case_and_spaces()
        => Assert.Equal("H12345678", TravelPermitNumber.Parse(" h 1234 5678 ", ParseMode.Lenient).Value.ToString());

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Canonical_form_round_trips(TravelPermitNumber n)
        => TravelPermitNumber.Parse(n.ToString()).Match(p => p == n, _ => false)
           && TravelPermitNumber.TryParse(n.ToString(), out TravelPermitNumber t) && t == n
           && TravelPermitNumber.Parse(n.ToString().ToLowerInvariant(), ParseMode.Lenient).Match(p => p == n, _ => false);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(TravelPermitNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(TravelPermitNumber.Parse(text, ParseMode.Lenient), text);

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
    [InlineData("", ParseMode.Strict, ParseErrorCode.Empty, 0)]
    [InlineData("H1234567", ParseMode.Strict, ParseErrorCode.WrongLength, 8)]
    [InlineData("H123456789", ParseMode.Strict, ParseErrorCode.WrongLength, 9)]
    [InlineData("H12345678901", ParseMode.Strict, ParseErrorCode.WrongLength, 11)]
    [InlineData("H1234567A", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 8)]
    [InlineData("A1234567", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("123456789", ParseMode.Strict, ParseErrorCode.WrongLength, 8)]
    [InlineData("h12345678", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
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
}
