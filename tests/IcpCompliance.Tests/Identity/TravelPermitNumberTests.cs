using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed class TravelPermitNumberTests
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
        TravelPermitNumber n = TravelPermitNumber.Parse(text).AsT0;
        Assert.Equal((kind, older), (n.Kind, n.IsOlderForm));
        Assert.Equal(text, n.ToString());
    }

    [Fact]
    public void Lenient_mode_reads_lower_case_and_spaces()
        => Assert.Equal("H12345678", TravelPermitNumber.Parse(" h 1234 5678 ", ParseMode.Lenient).AsT0.ToString());

    [Theory]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("H1234567", ParseErrorCode.WrongLength, 8)]
    [InlineData("H123456789", ParseErrorCode.WrongLength, 9)]
    [InlineData("H12345678901", ParseErrorCode.WrongLength, 11)]
    [InlineData("H1234567A", ParseErrorCode.InvalidCharacter, 8)]
    [InlineData("A1234567", ParseErrorCode.WrongPrefix, 0)]
    [InlineData("123456789", ParseErrorCode.WrongLength, 8)]
    [InlineData("h12345678", ParseErrorCode.InvalidCharacter, 0)]
    public void Each_error_has_its_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError error = TravelPermitNumber.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void Default_value_is_documented()
    {
        Assert.Equal(string.Empty, default(TravelPermitNumber).ToString());
        Assert.Throws<System.InvalidOperationException>(() => default(TravelPermitNumber).Kind);
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Canonical_form_round_trips(TravelPermitNumber n)
        => TravelPermitNumber.Parse(n.ToString()).Match(p => p == n, _ => false)
           && TravelPermitNumber.TryParse(n.ToString(), out TravelPermitNumber t) && t == n
           && TravelPermitNumber.Parse(n.ToString().ToLowerInvariant(), ParseMode.Lenient).Match(p => p == n, _ => false);

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(TravelPermitNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(TravelPermitNumber.Parse(text, ParseMode.Lenient), text);
}
