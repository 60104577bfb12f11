using FsCheck;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class UnifiedSocialCreditCodeTests
{
    // 91350100M000100Y43: the official example quoted by bluesky335/IDCheck (README and USCI tests, "官方示例").
    // The others are companies' codes listed in the same tests (华为技术有限公司, 谷歌信息技术（中国）有限公司, …), and
    // 91110000802100433B, reported as 北京百度网讯科技有限公司's; all checked here by both checksums, not against the
    // national registry.
    [Theory]
    [InlineData("91350100M000100Y43", 350100, "M000100Y4")]
    [InlineData("914403001922038216", 440300, "192203821")]
    [InlineData("91110108795101314G", 110108, "795101314")]
    [InlineData("91120222MA06DG3067", 120222, "MA06DG306")]
    [InlineData("91310000MA1K35Y38P", 310000, "MA1K35Y38")]
    [InlineData("9135020026015919XW", 350200, "26015919X")]
    [InlineData("91110000802100433B", 110000, "802100433")]
    public void Parses_published_codes(string text, int region, string organization)
    {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).Value;
        Assert.Equal('9', code.RegistrationAuthorityCode);
        Assert.Equal('1', code.OrganizationTypeCode);
        Assert.Equal(region, code.RegionCode);
        Assert.Equal(region / 10_000, code.Province!.Code);
        Assert.Equal(organization, code.OrganizationCode);
        Assert.Equal(text[17], code.CheckCharacter);
        Assert.True(code.PassesChecksum);
        Assert.Equal(text, code.ToString());
    }

    [Fact]
    public void Lenient_mode_reads_spaces_full_width_and_lower_case()
    {
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Parse(" 9135 0100 m000 100y43", ParseMode.Lenient).Value.ToString());
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Parse("９１３５０１００Ｍ０００１００Ｙ４３", ParseMode.Lenient).Value.ToString());
        Assert.False(UnifiedSocialCreditCode.Parse("91350100m000100y43").Success);
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Canonical_form_round_trips(UnifiedSocialCreditCode code)
        => UnifiedSocialCreditCode.Parse(code.ToString()).Match(p => p == code, _ => false)
           && UnifiedSocialCreditCode.TryParse(code.ToString(), out UnifiedSocialCreditCode t) && t == code
           && code.ToString().Substring(8, 9) == code.OrganizationCode;

    // Weights 3^(i-1) mod 31 are all non-zero and 31 is prime, so changing one character (value δ, 0 < |δ| < 31)
    // always changes the sum mod 31: every substitution by another alphabet character fails the check character.
    // A character outside the alphabet (I, O, S, V, Z, …) is an invalid character.
    [Property(MaxTest = 300 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Every_single_substitution_is_rejected(UnifiedSocialCreditCode code)
    {
        string s = code.ToString();
        for (int i = 0; i < s.Length; i++)
        {
            foreach (char c in UnifiedSocialCreditCode.Alphabet + "IOSVZ")
            {
                if (c == s[i])
                {
                    continue;
                }

                ParseError e = UnifiedSocialCreditCode.Parse(s[..i] + c + s[(i + 1)..]).Error;
                (ParseErrorCode, int) expected = UnifiedSocialCreditCode.ValueOf(c) >= 0
                    ? (ParseErrorCode.BadCheckCharacter, 17)
                    : (ParseErrorCode.InvalidCharacter, i);
                if ((e.Code, e.Position) != expected)
                {
                    return false;
                }
            }
        }

        return true;
    }

    // Neighbour weights differ by a factor 3, so a swap changes the sum by −2·w(i)·δ ≢ 0 (mod 31); swapping the
    // 17th character with the check character keeps the checksum only if they are equal (the factor is
    // w(17) − 1 = 27). So every swap that changes the code fails the check character, and is reported there.
    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Every_neighbour_swap_is_rejected(UnifiedSocialCreditCode code)
    {
        string s = code.ToString();
        for (int i = 0; i < s.Length - 1; i++)
        {
            if (s[i] != s[i + 1])
            {
                ParseError e = UnifiedSocialCreditCode.Parse(s[..i] + s[i + 1] + s[i] + s[(i + 2)..]).Error;
                if ((e.Code, e.Position) != (ParseErrorCode.BadCheckCharacter, 17))
                {
                    return false;
                }
            }
        }

        return true;
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Lenient_spellings_parse_to_the_same_code(UnifiedSocialCreditCode code, bool fullWidth, bool lower)
    {
        string s = code.ToString();
        s = lower ? s.ToLowerInvariant() : s;
        s = fullWidth ? new string(System.Linq.Enumerable.ToArray(System.Linq.Enumerable.Select(s, c => (char)(c + 0xFEE0)))) : s;
        s = " " + s[..2] + " " + s[2..8] + "\u3000" + s[8..] + " ";
        return UnifiedSocialCreditCode.Parse(s, ParseMode.Lenient).Match(p => p == code, _ => false);
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(UnifiedSocialCreditCode.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted), text);

    [Fact]
    public void Hostile_strings_give_errors_not_exceptions()
    {
        foreach (string? text in Examples.Hostile)
        {
            Assert.True(IcpFilingNumberTests.ErrorIsWellFormed(UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient), text));
        }
    }

    [Theory]
    [InlineData("91350100M000100Y4\u0080", ParseErrorCode.InvalidCharacter, 17)]
    [InlineData("91350\u00E900M000100Y43", ParseErrorCode.InvalidCharacter, 5)]
    [InlineData("91350100M000100Y4Z", ParseErrorCode.InvalidCharacter, 17)]
    [InlineData("91350100M000100Y4", ParseErrorCode.WrongLength, 17)]
    [InlineData("9", ParseErrorCode.WrongLength, 1)]
    [InlineData(" 91350100M000100Y4", ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("91350100M000100Y433", ParseErrorCode.WrongLength, 18)]
    [InlineData("91350100M000100I43", ParseErrorCode.InvalidCharacter, 15)]
    [InlineData("91350100M000100Y44", ParseErrorCode.BadCheckCharacter, 17)]
    public void Strict_errors_have_their_code_and_position(string text, ParseErrorCode code, int position)
        => Assert.Equal((code, position), Error(text));

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void Strict_reading_refuses_a_non_ASCII_character_in_either_half(int position)
    {
        // U+FF11 is the full-width 1, a code character of the same value once folded: strict reading must not fold it,
        // in the canonical fast path's first half (position 1) or its second (position 12).
        const string code = "91350100M000100Y43";
        Assert.Equal('1', code[position]);
        string text = code[..position] + "\uFF11" + code[(position + 1)..];
        Assert.Equal((ParseErrorCode.InvalidCharacter, position), Error(text));
        Assert.Equal(code, UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient).Value.ToString());
    }

    [Theory]
    [InlineData(" 9135 0100 M000 100Y4", ParseErrorCode.WrongLength, 21)]
    [InlineData("9135 0100 M000 100Y 43 1", ParseErrorCode.WrongLength, 23)]
    [InlineData("9135 0100 M000 100Y 44", ParseErrorCode.BadCheckCharacter, 21)]
    [InlineData("9135 0100 M000 100I 43", ParseErrorCode.InvalidCharacter, 18)]
    [InlineData("9135-0100-M000-100Y-43", ParseErrorCode.WrongLength, 18)] // spaces only, not a mobile number's hyphens: the hyphens count
    [InlineData("   ", ParseErrorCode.Empty, 3)]
    public void Lenient_errors_point_into_the_original_text(string text, ParseErrorCode code, int position)
        => Assert.Equal((code, position), Error(text, ParseMode.Lenient));

    [Fact]
    public void Wrong_length_explains_the_rule()
        => Assert.Equal("A unified social credit code has 18 characters.", UnifiedSocialCreditCode.Parse("9135").Error.Message);
}
