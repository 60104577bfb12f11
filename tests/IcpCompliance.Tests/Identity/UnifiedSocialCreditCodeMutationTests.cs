using System;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

/// <summary>The boundaries of each check in both readers, the accepted exceptions, the alphabet, formatting and
/// equality of <see cref="UnifiedSocialCreditCode"/>. Codes are completed with their GB 32100 check character.</summary>
public sealed class UnifiedSocialCreditCodeMutationTests
{
    private static string Complete(string seventeen) => seventeen + UnifiedSocialCreditCode.ComputeCheck(seventeen);

    private static (ParseErrorCode, int) Error(string text, ParseMode mode = ParseMode.Strict, UnifiedSocialCreditCodeOptions? options = null)
    {
        ParseError e = UnifiedSocialCreditCode.Parse(text, mode, options ?? UnifiedSocialCreditCodeOptions.Default).AsT1;
        return (e.Code, e.Position);
    }

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
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).AsT0;
        Assert.Equal(authority, code.RegistrationAuthorityCode);
        Assert.Equal(text, code.ToString());
        Assert.Equal(code, UnifiedSocialCreditCode.Parse(" " + text.ToLowerInvariant(), ParseMode.Lenient).AsT0);
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
        Assert.Equal("The registration authority or organisation type code (characters 1 and 2) is not a valid character.", UnifiedSocialCreditCode.Parse(text).AsT1.Message);
    }

    [Theory]
    [InlineData("91A50100M000100Y4", 2)]
    [InlineData("9135010AM000100Y4", 7)]
    public void A_letter_in_the_region_is_refused_where_it_is(string seventeen, int position)
    {
        string text = Complete(seventeen);
        Assert.Equal((ParseErrorCode.UnknownRegion, position), Error(text));
        Assert.Equal((ParseErrorCode.UnknownRegion, position + 1), Error(" " + text, ParseMode.Lenient));
        Assert.Equal("Characters 3 to 8 must be the six-digit administrative division code.", UnifiedSocialCreditCode.Parse(text).AsT1.Message);
    }

    [Fact]
    public void A_central_authority_code_has_no_province()
    {
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse("11100000M00010006B").AsT0;
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
    public void The_organisation_check_maps_ten_to_x_and_eleven_to_zero(string eight, char check)
    {
        Assert.Equal(check, UnifiedSocialCreditCode.OrganizationCheck(eight));
        string text = Complete("91350100" + eight + check);
        Assert.True(UnifiedSocialCreditCode.Parse(text).IsT0, text);
        Assert.True(UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient).IsT0, text);
    }

    [Fact]
    public void A_bad_organisation_check_is_refused_at_character_17_unless_listed()
    {
        string text = Complete("91350100M000100Y5");
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 16), Error(text));
        Assert.Equal((ParseErrorCode.BadCheckCharacter, 17), Error(" " + text, ParseMode.Lenient));
        Assert.Equal(
            "The organisation code inside the credit code (characters 9 to 17) has a wrong check character (GB 11714).",
            UnifiedSocialCreditCode.Parse(text).AsT1.Message);

        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions([text]);
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text, ParseMode.Strict, options).AsT0;
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
        Assert.Equal("The check character does not match (GB 32100): a character is mistyped or two are swapped.", UnifiedSocialCreditCode.Parse("B1350100M000100Y40").AsT1.Message);
    }

    [Fact]
    public void A_code_passing_every_check_passes_the_checksum_even_when_listed()
    {
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions(["91350100M000100Y43"]);
        Assert.True(UnifiedSocialCreditCode.Parse("91350100M000100Y43", ParseMode.Strict, options).AsT0.PassesChecksum);
        Assert.True(UnifiedSocialCreditCode.Parse("91350100M000100Y43 ", ParseMode.Lenient, options).AsT0.PassesChecksum);
    }

    [Theory]
    [InlineData("91350100M000100Y4\u0080", ParseErrorCode.InvalidCharacter, 17)]
    [InlineData("91350\u00E900M000100Y43", ParseErrorCode.InvalidCharacter, 5)]
    [InlineData("91350100M000100Y4Z", ParseErrorCode.InvalidCharacter, 17)]
    [InlineData("91350100M000100Y4", ParseErrorCode.WrongLength, 17)]
    [InlineData("9", ParseErrorCode.WrongLength, 1)]
    [InlineData(" 91350100M000100Y4", ParseErrorCode.InvalidCharacter, 0)]
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
        Assert.Equal(code, UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient).AsT0.ToString());
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
        => Assert.Equal("A unified social credit code has 18 characters.", UnifiedSocialCreditCode.Parse("9135").AsT1.Message);

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

    [Fact]
    public void The_default_value_has_no_characters()
    {
        UnifiedSocialCreditCode d = default;
        Assert.Equal('\0', d.RegistrationAuthorityCode);
        Assert.Equal('\0', d.OrganizationTypeCode);
        Assert.Equal('\0', d.CheckCharacter);
        Assert.True(d.PassesChecksum);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
        Assert.NotEqual(d, new UnifiedSocialCreditCode(0, exception: false));
    }

    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        const string text = "91350100M000100Y43";
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).AsT0;
        FormatAssert.FailsCleanlyOnEveryShortBuffer(code.TryFormat, text);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        const string text = "91350100M000100Y43";
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).AsT0;
        Assert.Equal(text, $"{code}");
        Assert.Equal(text, $"{code:G}");
        Assert.Equal(text, ((IFormattable)code).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)code).ToString("X", null));
        char[] buffer = new char[20];
        Assert.True(((ISpanFormattable)code).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(text, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)code).TryFormat(buffer, out _, "x", null));
    }

    [Fact]
    public void Equality_compares_the_code()
    {
        UnifiedSocialCreditCode a = UnifiedSocialCreditCode.Parse("91350100M000100Y43").AsT0;
        UnifiedSocialCreditCode same = UnifiedSocialCreditCode.Parse("91350100m000100y43", ParseMode.Lenient).AsT0;
        UnifiedSocialCreditCode other = UnifiedSocialCreditCode.Parse("914403001922038216").AsT0;
        EqualityAssert.Members(a, same, other, "91350100M000100Y43", (x, y) => x == y, (x, y) => x != y);
    }

    [Fact]
    public void Options_validate_and_deduplicate_their_codes()
    {
        Assert.Empty(UnifiedSocialCreditCodeOptions.Default.AcceptedExceptions);
        Assert.Equal(UnifiedSocialCreditCodeOptions.KnownPilotCodes, UnifiedSocialCreditCodeOptions.WithKnownPilotCodes.AcceptedExceptions);
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.WithKnownPilotCodes
            .WithAcceptedExceptions(["91350100M0001TGQXM", "91350100M000100Y40", "91350100M000100Y40"]);
        Assert.Equal(4, options.AcceptedExceptions.Length);
        Assert.Equal("91350100M000100Y40", options.AcceptedExceptions[3]);
        Assert.Throws<ArgumentNullException>(() => options.WithAcceptedExceptions(null!));
        Assert.Throws<ArgumentNullException>(() => options.WithAcceptedExceptions([null!]));
        Assert.Throws<ArgumentException>(() => options.WithAcceptedExceptions(["91350100M000100Y4"]));
        Assert.Throws<ArgumentException>(() => options.WithAcceptedExceptions(["91350100M000100Y433"]));
        Assert.Throws<ArgumentException>(() => options.WithAcceptedExceptions(["91350100m000100Y43"]));
        Assert.Throws<ArgumentNullException>(() => UnifiedSocialCreditCode.TryParse("91350100M000100Y43", ParseMode.Strict, null!, out _));
        Assert.Equal(Province.Fujian, UnifiedSocialCreditCode.Parse("91350100M000100Y43").AsT0.Province);
    }
}
