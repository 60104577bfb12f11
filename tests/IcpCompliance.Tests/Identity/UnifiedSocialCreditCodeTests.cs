using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed class UnifiedSocialCreditCodeTests
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
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).AsT0;
        Assert.Equal('9', code.RegistrationAuthorityCode);
        Assert.Equal('1', code.OrganizationTypeCode);
        Assert.Equal(region, code.RegionCode);
        Assert.Equal(region / 10_000, code.Province!.Code);
        Assert.Equal(organization, code.OrganizationCode);
        Assert.Equal(text[17], code.CheckCharacter);
        Assert.True(code.PassesChecksum);
        Assert.Equal(text, code.ToString());
    }

    // Early pilot codes that fail the check character (bluesky335/IDCheck README; facts §5.2).
    [Theory]
    [InlineData("91350100M0001TGQXM")]
    [InlineData("91350211M0000XUF46")]
    [InlineData("91350203M0001FUE2P")]
    public void Pilot_codes_are_refused_by_default_and_accepted_when_listed(string text)
    {
        ParseError error = UnifiedSocialCreditCode.Parse(text).AsT1;
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 17), (error.Code, error.Position));

        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text, ParseMode.Strict, UnifiedSocialCreditCodeOptions.WithKnownPilotCodes).AsT0;
        Assert.False(code.PassesChecksum);
        Assert.Equal(text, code.ToString());
        Assert.Equal(Province.Fujian, code.Province);
        Assert.True(UnifiedSocialCreditCode.TryParse(text.ToLowerInvariant(), ParseMode.Lenient, UnifiedSocialCreditCodeOptions.WithKnownPilotCodes, out _));
    }

    [Fact]
    public void Options_accept_only_the_listed_codes()
    {
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions(["91350100M0001TGQXM"]);
        Assert.True(UnifiedSocialCreditCode.Parse("91350100M0001TGQXM", ParseMode.Strict, options).IsT0);
        Assert.True(UnifiedSocialCreditCode.Parse("91350211M0000XUF46", ParseMode.Strict, options).IsT1);
        Assert.Throws<System.ArgumentException>(() => options.WithAcceptedExceptions(["91350100M0001TGQXO"]));
        Assert.Throws<System.ArgumentNullException>(() => UnifiedSocialCreditCode.Parse("x", ParseMode.Strict, null!));
    }

    [Theory]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("91350100M000100Y4", ParseErrorCode.WrongLength, 17)]
    [InlineData("91350100M000100Y433", ParseErrorCode.WrongLength, 18)]
    [InlineData("91350100M000100I43", ParseErrorCode.InvalidCharacter, 15)]
    [InlineData("91350100M000100Y44", ParseErrorCode.BadCheckCharacter, 17)]
    public void Each_error_has_its_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError error = UnifiedSocialCreditCode.Parse(text).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }

    [Fact]
    public void Codes_with_a_valid_checksum_but_bad_parts_are_refused()
    {
        // Built with a correct final check character, so the later checks are reached.
        Assert.Equal((ParseErrorCode.WrongPrefix, 0), Error(Complete("B1350100M000100Y4")));
        Assert.Equal((ParseErrorCode.UnknownRegion, 4), Error(Complete("9135A100M000100Y4")));
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 16), Error(Complete("91350100M000100Y5")));

        static (ParseErrorCode, int) Error(string text)
        {
            ParseError e = UnifiedSocialCreditCode.Parse(text).AsT1;
            return (e.Code, e.Position);
        }
    }

    private static string Complete(string seventeen) => seventeen + UnifiedSocialCreditCode.ComputeCheck(seventeen);

    [Fact]
    public void Lenient_mode_reads_spaces_full_width_and_lower_case()
    {
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Parse(" 9135 0100 m000 100y43", ParseMode.Lenient).AsT0.ToString());
        Assert.Equal("91350100M000100Y43", UnifiedSocialCreditCode.Parse("９１３５０１００Ｍ０００１００Ｙ４３", ParseMode.Lenient).AsT0.ToString());
        Assert.True(UnifiedSocialCreditCode.Parse("91350100m000100y43").IsT1);
    }

    [Fact]
    public void Default_value_is_documented()
    {
        UnifiedSocialCreditCode none = default;
        Assert.Equal(string.Empty, none.ToString());
        Assert.Throws<System.InvalidOperationException>(() => none.OrganizationCode);
        Assert.NotEqual(none, UnifiedSocialCreditCode.Parse("91350100M000100Y43").AsT0);
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

                ParseError e = UnifiedSocialCreditCode.Parse(s[..i] + c + s[(i + 1)..]).AsT1;
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
                ParseError e = UnifiedSocialCreditCode.Parse(s[..i] + s[i + 1] + s[i] + s[(i + 2)..]).AsT1;
                if ((e.Code, e.Position) != (ParseErrorCode.BadCheckCharacter, 17))
                {
                    return false;
                }
            }
        }

        return true;
    }

    // NOT guaranteed: the embedded organisation code's own MOD 11 check (GB 11714) values letters 10–35, so a swap
    // of neighbours whose values differ by 11 or 22 (1↔C, 2↔D, 0↔B…) can keep it valid: weights 3 and 7 give
    // (7−3)·11 ≡ 0 (mod 11). Only the mod-31 check over the whole code catches such a swap, as this test shows.
    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property A_swap_the_organisation_check_misses_is_caught_by_the_code_check()
        => Prop.ForAll(IdentityGenerators.UnifiedSocialCreditCodeText.ToArbitrary(), text =>
        {
            string seventeen = text[..8] + "1C" + text[10..16];
            seventeen = seventeen[..16] + UnifiedSocialCreditCode.OrganizationCheck(seventeen.AsSpan(8, 8));
            string valid = Complete(seventeen);
            string swapped = valid[..8] + "C1" + valid[10..];
            ParseError e = UnifiedSocialCreditCode.Parse(swapped).AsT1;
            return UnifiedSocialCreditCode.Parse(valid).IsT0
                   && UnifiedSocialCreditCode.OrganizationCheck(swapped.AsSpan(8, 8)) == swapped[16]
                   && (e.Code, e.Position) == (ParseErrorCode.BadCheckCharacter, 17);
        });

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
           && IcpFilingNumberTests.ErrorIsWellFormed(UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient, UnifiedSocialCreditCodeOptions.WithKnownPilotCodes), text);

    [Fact]
    public void Hostile_strings_give_errors_not_exceptions()
    {
        foreach (string? text in Examples.Hostile)
        {
            Assert.True(IcpFilingNumberTests.ErrorIsWellFormed(UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient), text));
        }
    }
}
