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

public sealed partial class ResidentIdNumberTests
{
    // The worked example of GB 11643-1999 (also the sample of bluesky335/IDCheck's README and tests): a woman born
    // 31 December 1949, registered in Chaoyang District (110105), Beijing.
    [Fact]
    public void Parses_the_standards_example()
    {
        ResidentIdNumber id = ResidentIdNumber.Parse("11010519491231002X").Value;
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
    public void Residence_permits_are_recognized(string text, ResidencePermitRegion region)
    {
        ResidentIdNumber id = ResidentIdNumber.Parse(text).Value;
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
        Assert.Equal(canonical, ResidentIdNumber.Parse(text, ParseMode.Lenient).Value.ToString());
        Assert.False(ResidentIdNumber.Parse(text).Success);
    }

    [Fact]
    public void The_check_characters_in_the_error_examples_are_right()
    {
        // Guards the hand-computed examples above against arithmetic slips.
        Assert.Equal('3', ResidentIdNumber.ComputeCheck(99010519491231002UL));
        Assert.Equal('0', ResidentIdNumber.ComputeCheck(11010519490230002UL));
        Assert.Equal('9', ResidentIdNumber.ComputeCheck(81000019900101001UL));
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
                ParseError e = ResidentIdNumber.Parse(mutated).Error;
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
            ParseError e = ResidentIdNumber.Parse(swapped).Error;
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

    [Theory]
    [InlineData("110105194912310011", 110105, 11, 1949, 12, 31, 1, Sex.Male, '1')]
    [InlineData("110105194912310003", 110105, 11, 1949, 12, 31, 0, Sex.Female, '3')]
    [InlineData("110105194912319999", 110105, 11, 1949, 12, 31, 999, Sex.Male, '9')]
    [InlineData("650105194912310017", 650105, 65, 1949, 12, 31, 1, Sex.Male, '7')]
    [InlineData("110105200002290013", 110105, 11, 2000, 2, 29, 1, Sex.Male, '3')]
    [InlineData("110105180001010010", 110105, 11, 1800, 1, 1, 1, Sex.Male, '0')]
    public void Parts_of_the_number(string text, int region, int province, int year, int month, int day, int sequence, Sex sex, char check)
    {
        foreach (ResidentIdNumber id in new[] { Parse(text), Parse(" " + text[..6] + " " + text[6..] + " ", ParseMode.Lenient) })
        {
            Assert.Equal(region, id.RegionCode);
            Assert.Equal(province, id.Province!.Code);
            Assert.Equal(new LocalDate(year, month, day), id.BirthDate);
            Assert.Equal(sequence, id.SequenceNumber);
            Assert.Equal(sex, id.Sex);
            Assert.Equal(check, id.CheckCharacter);
            Assert.False(id.IsResidencePermit);
            Assert.Equal(ResidencePermitRegion.None, id.ResidencePermitRegion);
            Assert.Equal(text, id.ToString());
        }
    }

    [Theory]
    [InlineData("810000199001010019", ResidencePermitRegion.HongKong)]
    [InlineData("820000199001010029", ResidencePermitRegion.Macao)]
    [InlineData("830000199001010039", ResidencePermitRegion.Taiwan)]
    public void Each_residence_permit_region_is_recognized(string text, ResidencePermitRegion region)
    {
        foreach (ResidentIdNumber id in new[] { Parse(text), Parse(text + " ", ParseMode.Lenient) })
        {
            Assert.True(id.IsResidencePermit);
            Assert.Equal(region, id.ResidencePermitRegion);
            Assert.Null(id.Province);
            Assert.Equal(new LocalDate(1990, 1, 1), id.BirthDate);
        }
    }

    // Each of these has a valid check character, so the region or the date is what is refused, by the strict reader
    // and by the lenient one alike.
    [Theory]
    [InlineData("840000199001010014", ParseErrorCode.UnknownRegion, 0)]
    [InlineData("100000199001010011", ParseErrorCode.UnknownRegion, 0)]
    [InlineData("110105179912310016", ParseErrorCode.InvalidDate, 6)]
    [InlineData("110105190002290017", ParseErrorCode.InvalidDate, 6)]
    [InlineData("110105194900010011", ParseErrorCode.InvalidDate, 6)]
    [InlineData("110105194913010010", ParseErrorCode.InvalidDate, 6)]
    [InlineData("110105194901000018", ParseErrorCode.InvalidDate, 6)]
    [InlineData("110105194901320011", ParseErrorCode.InvalidDate, 6)]
    [InlineData("110105194904310011", ParseErrorCode.InvalidDate, 6)]
    public void Region_and_date_boundaries(string text, ParseErrorCode code, int position)
    {
        ParseError strict = Error(text);
        Assert.Equal((code, position), (strict.Code, strict.Position));
        Assert.False(ResidentIdNumber.TryParse(text, out ResidentIdNumber value));
        Assert.Equal(default, value);
        ParseError lenient = Error("  " + text, ParseMode.Lenient);
        Assert.Equal((code, position + 2), (lenient.Code, lenient.Position));
    }

    [Theory]
    [InlineData("110105194904300016")]
    [InlineData("110105180001010010")]
    [InlineData("110105200002290013")]
    public void Dates_on_the_boundaries_are_accepted(string text)
    {
        Assert.True(ResidentIdNumber.TryParse(text, out _));
        Assert.True(ResidentIdNumber.TryParse("\u3000" + text, ParseMode.Lenient, out ResidentIdNumber lenient));
        Assert.Equal(text, lenient.ToString());
    }

    [Theory]
    [InlineData("110105 19491231002", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 6)]
    [InlineData("110105 19491231 002X", ParseMode.Strict, ParseErrorCode.WrongLength, 18)]
    [InlineData("110105 19491231 0021", ParseMode.Lenient, ParseErrorCode.BadCheckCharacter, 19)]
    [InlineData("110105 19491231 002", ParseMode.Lenient, ParseErrorCode.WrongLength, 19)]
    [InlineData("110105 19491231 002X 1", ParseMode.Lenient, ParseErrorCode.WrongLength, 21)]
    [InlineData("110105 1949123A 002X", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 14)]
    [InlineData("110105 19491231 002Y", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 19)]
    [InlineData("110105-19491231-002X", ParseMode.Lenient, ParseErrorCode.WrongLength, 18)] // lenient skips spaces, not a mobile number's hyphens: the hyphens count
    [InlineData("11010519491231002Y", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 17)]
    [InlineData("1101051949123100", ParseMode.Strict, ParseErrorCode.WrongLength, 16)]
    [InlineData("11010519491231002X\u0000", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 18)]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 3)]
    [InlineData("   ", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("X", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("1", ParseMode.Strict, ParseErrorCode.WrongLength, 1)]
    [InlineData("", ParseMode.Strict, ParseErrorCode.Empty, 0)]
    [InlineData("11010519491231002", ParseMode.Strict, ParseErrorCode.WrongLength, 17)]
    [InlineData("11010519491231002X1", ParseMode.Strict, ParseErrorCode.WrongLength, 18)]
    [InlineData("11010519491231002x", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 17)]
    [InlineData("1101051949123100X2", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 16)]
    [InlineData("110105194912310021", ParseMode.Strict, ParseErrorCode.BadCheckCharacter, 17)]
    // Valid checksums with a wrong meaning: region 99 (sum 295 % 11 = 9 → '3'), and 30 February 1949
    // (sum 155 % 11 = 1 → '0').
    [InlineData("990105194912310023", ParseMode.Strict, ParseErrorCode.UnknownRegion, 0)]
    [InlineData("110105194902300020", ParseMode.Strict, ParseErrorCode.InvalidDate, 6)]
    public void Errors_point_into_the_original_text(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(ResidentIdNumber.TryParse(text, mode, out _));
    }

    [Theory]
    [InlineData("1101051949123100", "A resident ID number has 18 characters.")]
    [InlineData("110105194912310021", "The check character does not match (GB 11643): a digit is mistyped or two are swapped.")]
    [InlineData("840000199001010014", "The first two digits are not the code of a province-level region (or 81, 82, 83 for Hong Kong, Macao and Taiwan residents).")]
    [InlineData("110105194913010010", "The birth date (characters 7 to 14) does not exist.")]
    public void Errors_explain_the_rule(string text, string message)
        => Assert.Equal(message, Error(text).Message);

    [Fact]
    public void Provinces_follow_the_first_two_digits()
    {
        Assert.Equal(Province.Guangdong, Parse("440105194912310018").Province);
        Assert.Equal(Province.Shanghai, Parse("310105194912310019").Province);
    }
}
