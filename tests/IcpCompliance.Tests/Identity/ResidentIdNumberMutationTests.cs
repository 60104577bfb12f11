using System;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Identity;

/// <summary>Exact values, the boundaries of the region and date checks in both readers, error positions in lenient
/// text, formatting and equality of <see cref="ResidentIdNumber"/>. The check characters were computed with ISO 7064
/// MOD 11-2 (weights 7 9 10 5 8 4 2 1 6 3 7 9 10 5 8 4 2, characters 10X98765432).</summary>
public sealed class ResidentIdNumberMutationTests
{
    private static ResidentIdNumber Parse(string text, ParseMode mode = ParseMode.Strict) => ResidentIdNumber.Parse(text, mode).AsT0;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => ResidentIdNumber.Parse(text, mode).AsT1;

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
    public void Each_residence_permit_region_is_recognised(string text, ResidencePermitRegion region)
    {
        foreach (ResidentIdNumber id in new[] { Parse(text), Parse(text + " ", ParseMode.Lenient) })
        {
            Assert.True(id.IsResidencePermit);
            Assert.Equal(region, id.ResidencePermitRegion);
            Assert.Null(id.Province);
            Assert.Equal(new LocalDate(1990, 1, 1), id.BirthDate);
        }
    }

    [Fact]
    public void The_default_value_has_no_check_character()
    {
        ResidentIdNumber d = default;
        Assert.Equal('\0', d.CheckCharacter);
        Assert.Null(d.Province);
        Assert.False(d.IsResidencePermit);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
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
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        const string text = "11010519491231002X";
        ResidentIdNumber id = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(id.TryFormat, text);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        const string text = "11010519491231002X";
        ResidentIdNumber id = Parse(text);
        Assert.Equal(text, $"{id}");
        Assert.Equal(text, $"{id:G}");
        Assert.Equal(text, ((IFormattable)id).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)id).ToString("D", null));
        char[] buffer = new char[20];
        Assert.True(((ISpanFormattable)id).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(text, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)id).TryFormat(buffer, out _, "x", null));
    }

    [Fact]
    public void Equality_compares_the_number()
    {
        ResidentIdNumber a = Parse("11010519491231002X");
        ResidentIdNumber same = Parse("11010519491231002x", ParseMode.Lenient);
        ResidentIdNumber other = Parse("110105194912310003");
        EqualityAssert.Members(a, same, other, "11010519491231002X", (x, y) => x == y, (x, y) => x != y);
    }

    [Fact]
    public void Provinces_follow_the_first_two_digits()
    {
        Assert.Equal(Province.Guangdong, Parse("440105194912310018").Province);
        Assert.Equal(Province.Shanghai, Parse("310105194912310019").Province);
    }
}
