using System.Collections.Generic;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Identity;

public sealed class ResidentIdNumberTests
{
    // The worked example of GB 11643-1999 (also the sample of bluesky335/IDCheck's README and tests): a woman born
    // 31 December 1949, registered in Chaoyang District (110105), Beijing.
    [Fact]
    public void Parses_the_standards_example()
    {
        ResidentIdNumber id = ResidentIdNumber.Parse("11010519491231002X").AsT0;
        Assert.Equal(110105, id.RegionCode);
        Assert.Equal(Province.Beijing, id.Province);
        Assert.Equal(new LocalDate(1949, 12, 31), id.BirthDate);
        Assert.Equal(2, id.SequenceNumber);
        Assert.Equal(Sex.Female, id.Sex);
        Assert.Equal('X', id.CheckCharacter);
        Assert.False(id.IsResidencePermit);
        Assert.Equal("11010519491231002X", id.ToString());
    }

    // Residence permits: address code 810000/820000/830000 (facts §5.1); constructed numbers whose check
    // characters the test below recomputes (81000019900101001 → sum 146, 146 % 11 = 3 → '9').
    [Theory]
    [InlineData("810000199001010019", ResidencePermitRegion.HongKong)]
    public void Residence_permits_are_recognised(string text, ResidencePermitRegion region)
    {
        ResidentIdNumber id = ResidentIdNumber.Parse(text).AsT0;
        Assert.True(id.IsResidencePermit);
        Assert.Equal(region, id.ResidencePermitRegion);
        Assert.Null(id.Province);
        Assert.Equal(Sex.Male, id.Sex);
    }

    [Theory]
    [InlineData(" 110105 19491231 002x ", "11010519491231002X")]
    [InlineData("１１０１０５１９４９１２３１００２ｘ", "11010519491231002X")]
    public void Lenient_mode_reads_spaces_full_width_and_lower_case(string text, string canonical)
    {
        Assert.Equal(canonical, ResidentIdNumber.Parse(text, ParseMode.Lenient).AsT0.ToString());
        Assert.True(ResidentIdNumber.Parse(text).IsT1);
    }

    [Theory]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("11010519491231002", ParseErrorCode.WrongLength, 17)]
    [InlineData("11010519491231002X1", ParseErrorCode.WrongLength, 18)]
    [InlineData("11010519491231002x", ParseErrorCode.InvalidCharacter, 17)]
    [InlineData("1101051949123100X2", ParseErrorCode.InvalidCharacter, 16)]
    [InlineData("110105194912310021", ParseErrorCode.BadCheckCharacter, 17)]
    // Valid checksums with a wrong meaning: region 99 (sum 295 % 11 = 9 → '3'), and 30 February 1949
    // (sum 155 % 11 = 1 → '0').
    [InlineData("990105194912310023", ParseErrorCode.UnknownRegion, 0)]
    [InlineData("110105194902300020", ParseErrorCode.InvalidDate, 6)]
    public void Each_error_has_its_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError error = ResidentIdNumber.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void The_check_characters_in_the_error_examples_are_right()
    {
        // Guards the hand-computed examples above against arithmetic slips.
        Assert.Equal('3', ResidentIdNumber.ComputeCheck(99010519491231002UL));
        Assert.Equal('0', ResidentIdNumber.ComputeCheck(11010519490230002UL));
        Assert.Equal('9', ResidentIdNumber.ComputeCheck(81000019900101001UL));
    }

    [Fact]
    public void Default_value_is_documented()
    {
        ResidentIdNumber none = default;
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<System.InvalidOperationException>(() => none.BirthDate);
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Canonical_form_round_trips(ResidentIdNumber id)
        => ResidentIdNumber.Parse(id.ToString()).Match(p => p == id, _ => false)
           && ResidentIdNumber.TryParse(id.ToString(), out ResidentIdNumber t) && t == id
           && (id.IsResidencePermit ? id.Province is null : id.Province!.Code == id.RegionCode / 10_000);

    // MOD 11-2 with weights 2^(18-i) mod 11 (all non-zero) detects every single substitution: the sum changes by
    // w·δ with 0 < |δ| < 11, never a multiple of 11. A character that is not a digit (or X in the last place) is
    // refused before the checksum, as an invalid character.
    [Property(MaxTest = 300 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Every_single_substitution_is_rejected(ResidentIdNumber id)
    {
        string s = id.ToString();
        for (int i = 0; i < s.Length; i++)
        {
            foreach (char c in "0123456789X")
            {
                if (c == s[i])
                {
                    continue;
                }

                string mutated = s[..i] + c + s[(i + 1)..];
                ParseError e = ResidentIdNumber.Parse(mutated).AsT1;
                bool validCharacter = c != 'X' || i == 17;
                if (validCharacter ? (e.Code, e.Position) != (ParseErrorCode.BadCheckCharacter, 17) : (e.Code, e.Position) != (ParseErrorCode.InvalidCharacter, i))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Neighbour swaps. Inside the 17 digits the weights of neighbours differ by w(i+1) (w(i) = 2·w(i+1)), so a swap
    // changes the sum by w(i+1)·δ ≠ 0 (mod 11): always detected. Swapping the 17th digit d with the check
    // character c gives a valid checksum only if c = d, i.e. no change. NOT caught by the checksum: a swap that
    // moves the check character X into the 17th place (…2X → …X2); it is refused because X is not a digit there,
    // and this test asserts exactly that.
    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Every_neighbour_swap_is_rejected(ResidentIdNumber id)
    {
        string s = id.ToString();
        for (int i = 0; i < s.Length - 1; i++)
        {
            if (s[i] == s[i + 1])
            {
                continue;
            }

            string swapped = s[..i] + s[i + 1] + s[i] + s[(i + 2)..];
            ParseError e = ResidentIdNumber.Parse(swapped).AsT1;
            (ParseErrorCode, int) expected = i == 16 && s[17] == 'X'
                ? (ParseErrorCode.InvalidCharacter, 16)
                : (ParseErrorCode.BadCheckCharacter, 17);
            if ((e.Code, e.Position) != expected)
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public Property Lenient_spellings_parse_to_the_same_number(ResidentIdNumber id, bool fullWidth, bool spaced)
    {
        string s = id.ToString().ToLowerInvariant();
        if (fullWidth)
        {
            s = string.Concat(System.Linq.Enumerable.Select(s, c => (char)(c + 0xFEE0)));
        }

        if (spaced)
        {
            s = " " + s[..6] + " " + s[6..14] + "\u3000" + s[14..] + " ";
        }

        return ResidentIdNumber.Parse(s, ParseMode.Lenient).Match(p => p == id, _ => false).Label(s);
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(ResidentIdNumber.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(ResidentIdNumber.Parse(text, ParseMode.Lenient), text);

    [Fact]
    public void Hostile_strings_give_errors_not_exceptions()
    {
        var extra = new List<string?>(Examples.Hostile) { "11010519491231002\uD800", "110105\u000019491231002X" };
        foreach (string? text in extra)
        {
            Assert.True(IcpFilingNumberTests.ErrorIsWellFormed(ResidentIdNumber.Parse(text, ParseMode.Lenient), text));
        }
    }
}
