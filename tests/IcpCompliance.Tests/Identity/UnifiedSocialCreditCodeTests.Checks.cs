using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class UnifiedSocialCreditCodeTests
{
    // Early pilot codes that fail the check character (bluesky335/IDCheck README; facts §5.2).
    [Theory]
    [InlineData("91350100M0001TGQXM")]
    [InlineData("91350211M0000XUF46")]
    [InlineData("91350203M0001FUE2P")]
    public void Pilot_codes_are_refused_by_default_and_accepted_when_listed(string text)
    {
        ParseError error = UnifiedSocialCreditCode.Parse(text).Error;
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 17), (error.Code, error.Position));

        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text, ParseMode.Strict, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted).Value;
        Assert.False(code.PassesChecksum);
        Assert.Equal(text, code.ToString());
        Assert.Equal(Province.Fujian, code.Province);
        Assert.True(UnifiedSocialCreditCode.TryParse(text.ToLowerInvariant(), ParseMode.Lenient, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted, out _));
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
            ParseError e = UnifiedSocialCreditCode.Parse(text).Error;
            return (e.Code, e.Position);
        }
    }

    // NOT guaranteed: the embedded organization code's own MOD 11 check (GB 11714) values letters 10–35, so a swap
    // of neighbours whose values differ by 11 or 22 (1↔C, 2↔D, 0↔B…) can keep it valid: weights 3 and 7 give
    // (7−3)·11 ≡ 0 (mod 11). Only the mod-31 check over the whole code catches such a swap, as this test shows.
    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property A_swap_the_organization_check_misses_is_caught_by_the_code_check()
        => Prop.ForAll(IdentityGenerators.UnifiedSocialCreditCodeText.ToArbitrary(), text =>
        {
            string seventeen = text[..8] + "1C" + text[10..16];
            seventeen = seventeen[..16] + UnifiedSocialCreditCode.OrganizationCheck(seventeen.AsSpan(8, 8));
            string valid = Complete(seventeen);
            string swapped = valid[..8] + "C1" + valid[10..];
            ParseError e = UnifiedSocialCreditCode.Parse(swapped).Error;
            return UnifiedSocialCreditCode.Parse(valid).Success
                   && UnifiedSocialCreditCode.OrganizationCheck(swapped.AsSpan(8, 8)) == swapped[16]
                   && (e.Code, e.Position) == (ParseErrorCode.BadCheckCharacter, 17);
        });

    [Theory]
    [InlineData('1')]
    [InlineData('5')]
    [InlineData('9')]
    [InlineData('A')]
    [InlineData('N')]
    [InlineData('Y')]
    public void Each_registration_authority_is_accepted(char authority)
    {
        string text = Complete(authority + "1350100M000100Y4");
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).Value;
        Assert.Equal(authority, code.RegistrationAuthorityCode);
        Assert.Equal(text, code.ToString());
        Assert.Equal(code, UnifiedSocialCreditCode.Parse(" " + text.ToLowerInvariant(), ParseMode.Lenient).Value);
    }

    [Theory]
    [InlineData('0')]
    [InlineData('B')]
    [InlineData('M')]
    [InlineData('P')]
    [InlineData('X')]
    public void Other_registration_authorities_are_refused(char authority)
    {
        string text = Complete(authority + "1350100M000100Y4");
        Assert.Equal((ParseErrorCode.WrongPrefix, 0), Error(text));
        Assert.Equal((ParseErrorCode.WrongPrefix, 2), Error("  " + text, ParseMode.Lenient));
        Assert.False(UnifiedSocialCreditCode.TryParse(text, out UnifiedSocialCreditCode value));
        Assert.Equal(default, value);
        Assert.Equal("The registration authority or organization type code (characters 1 and 2) is not a valid character.", UnifiedSocialCreditCode.Parse(text).Error.Message);
    }

    [Theory]
    [InlineData("91A50100M000100Y4", 2)]
    [InlineData("9135010AM000100Y4", 7)]
    public void A_letter_in_the_region_is_refused_where_it_is(string seventeen, int position)
    {
        string text = Complete(seventeen);
        Assert.Equal((ParseErrorCode.UnknownRegion, position), Error(text));
        Assert.Equal((ParseErrorCode.UnknownRegion, position + 1), Error(" " + text, ParseMode.Lenient));
        Assert.Equal("Characters 3 to 8 must be the six-digit administrative division code.", UnifiedSocialCreditCode.Parse(text).Error.Message);
    }

    [Fact]
    public void A_central_authority_code_has_no_province()
    {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse("11100000M00010006B").Value;
        Assert.Equal(100000, code.RegionCode);
        Assert.Null(code.Province);
        Assert.Equal('B', code.CheckCharacter);
        Assert.Equal("M00010006", code.OrganizationCode);
    }

    [Theory]
    [InlineData("00000000", '0')]
    [InlineData("M0001003", '0')]
    [InlineData("40000000", 'X')]
    [InlineData("10000000", '8')]
    [InlineData("70000000", '1')]
    [InlineData("M0001000", '6')]
    public void The_organization_check_maps_ten_to_x_and_eleven_to_zero(string eight, char check)
    {
        Assert.Equal(check, UnifiedSocialCreditCode.OrganizationCheck(eight));
        string text = Complete("91350100" + eight + check);
        Assert.True(UnifiedSocialCreditCode.Parse(text).Success, text);
        Assert.True(UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient).Success, text);
    }

    [Fact]
    public void A_bad_organization_check_is_refused_at_character_17_unless_listed()
    {
        string text = Complete("91350100M000100Y5");
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 16), Error(text));
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 17), Error(" " + text, ParseMode.Lenient));
        Assert.Equal(
            "The organization code inside the credit code (characters 9 to 17) has a wrong check character (GB 11714).",
            UnifiedSocialCreditCode.Parse(text).Error.Message);

        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions([text]);
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text, ParseMode.Strict, options).Value;
        Assert.False(code.PassesChecksum);
        Assert.Equal(text, code.ToString());
        Assert.True(UnifiedSocialCreditCode.TryParse(text.ToLowerInvariant(), ParseMode.Lenient, options, out UnifiedSocialCreditCode lenient));
        Assert.Equal(code, lenient);
    }

    [Fact]
    public void A_listed_code_must_still_have_a_valid_authority_and_region()
    {
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions(["B1350100M000100Y40", "91A50100M000100Y40"]);
        Assert.Equal((ParseErrorCode.WrongPrefix, 0), Error("B1350100M000100Y40", ParseMode.Strict, options));
        Assert.Equal((ParseErrorCode.UnknownRegion, 2), Error("91A50100M000100Y40", ParseMode.Strict, options));
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 17), Error("B1350100M000100Y40"));
        Assert.Equal("The check character does not match (GB 32100): a character is mistyped or two are swapped.", UnifiedSocialCreditCode.Parse("B1350100M000100Y40").Error.Message);
    }

    [Fact]
    public void A_code_passing_every_check_passes_the_checksum_even_when_listed()
    {
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions(["91350100M000100Y43"]);
        Assert.True(UnifiedSocialCreditCode.Parse("91350100M000100Y43", ParseMode.Strict, options).Value.PassesChecksum);
        Assert.True(UnifiedSocialCreditCode.Parse("91350100M000100Y43 ", ParseMode.Lenient, options).Value.PassesChecksum);
    }

    [Fact]
    public void The_alphabet_values_are_their_positions()
    {
        for (int i = 0; i < UnifiedSocialCreditCode.Alphabet.Length; i++)
        {
            Assert.Equal(i, UnifiedSocialCreditCode.ValueOf(UnifiedSocialCreditCode.Alphabet[i]));
        }

        foreach (char c in "IOSVZ/:@[`a\u0000\uFF10")
        {
            Assert.Equal(-1, UnifiedSocialCreditCode.ValueOf(c));
        }
    }
}
