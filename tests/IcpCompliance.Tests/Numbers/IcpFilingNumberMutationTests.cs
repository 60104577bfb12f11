using System;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

/// <summary>The parts of <see cref="IcpFilingNumber"/> and of the shared ICP grammar that the round-trip properties
/// do not pin down: what the strict grammar refuses and where, the lenient allowances around the index, formatting
/// into short buffers, and equality field by field.</summary>
public sealed class IcpFilingNumberMutationTests
{
    private static IcpFilingNumber Parse(string text, ParseMode mode = ParseMode.Strict) => IcpFilingNumber.Parse(text, mode).AsT0;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => IcpFilingNumber.Parse(text, mode).AsT1;

    [Fact]
    public void The_default_value_has_no_serial()
    {
        IcpFilingNumber d = default;
        Assert.Equal(string.Empty, d.Serial);
        Assert.Equal(0, d.SerialLength);
        Assert.Null(d.SiteIndex);
        Assert.True(d.IsSubjectNumber);
        Assert.Throws<InvalidOperationException>(() => d.WithSiteIndex(1));
        Assert.True(d.TryFormat(new char[2], out int written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData("京ICP备12345678号", "12345678", 8)]
    [InlineData("京ICP备012345号-2", "012345", 6)]
    [InlineData("陕ICP备2024026116号-1A", "2024026116", 10)]
    [InlineData("京ICP证030173号-1", "030173", 6)]
    public void The_serial_is_kept_as_written(string text, string serial, int length)
    {
        IcpFilingNumber n = Parse(text);
        Assert.Equal((serial, length), (n.Serial, n.SerialLength));
    }

    [Fact]
    public void A_subject_number_is_its_own_subject_number()
    {
        IcpFilingNumber subject = Parse("黔ICP备2021008357号");
        Assert.True(subject.IsSubjectNumber);
        Assert.Null(subject.SiteIndex);
        Assert.Equal(subject, subject.SubjectNumber);
        Assert.Equal(subject, Parse("黔ICP备2021008357号-7X").SubjectNumber);
        Assert.False(Parse("黔ICP备2021008357号-7X").IsSubjectNumber);
    }

    [Theory]
    [InlineData(1, ServiceSuffix.None, "京ICP备12345678号-1")]
    [InlineData(999_999, ServiceSuffix.QuickApp, "京ICP备12345678号-999999K")]
    public void With_site_index_accepts_one_to_999999(int index, ServiceSuffix suffix, string expected)
        => Assert.Equal(expected, Parse("京ICP备12345678号-3").WithSiteIndex(index, suffix).ToString());

    [Theory]
    [InlineData(0)]
    [InlineData(1_000_000)]
    [InlineData(int.MinValue)]
    public void With_site_index_refuses_other_indexes(int index)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Parse("京ICP备12345678号").WithSiteIndex(index));

    [Fact]
    public void With_site_index_refuses_an_undefined_suffix_and_keeps_the_licence()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Parse("京ICP备12345678号").WithSiteIndex(1, (ServiceSuffix)'B'));
        IcpFilingNumber underLicence = Parse("粤B2-20090059-1626X").WithSiteIndex(2);
        Assert.Equal("粤B2-20090059-2", underLicence.ToString());
        Assert.Equal(IcpLicenseForm.B2, underLicence.Licence!.Value.Form);
    }

    [Theory]
    [InlineData(9, "京ICP备12345678号-9")]
    [InlineData(10, "京ICP备12345678号-10")]
    [InlineData(99, "京ICP备12345678号-99")]
    [InlineData(100, "京ICP备12345678号-100")]
    [InlineData(100_000, "京ICP备12345678号-100000")]
    [InlineData(999_999, "京ICP备12345678号-999999")]
    public void The_index_is_written_with_all_its_digits(int index, string expected)
    {
        IcpFilingNumber n = Parse("京ICP备12345678号").WithSiteIndex(index);
        Assert.Equal(expected, n.ToString());
        Assert.Equal(n, Parse(expected));
    }

    [Theory]
    [InlineData("京ICP备12345678号")]
    [InlineData("京ICP备12345678号-1")]
    [InlineData("陕ICP备2024026116号-12A")]
    [InlineData("京ICP证030173号-1")]
    [InlineData("京ICP证1234567890号-999999A")]
    [InlineData("粤B2-20090059-1626X")]
    [InlineData("粤B2-20090059-1")]
    public void Try_format_fails_cleanly_on_every_short_buffer(string text)
    {
        IcpFilingNumber n = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, text);
        Assert.Equal(text, n.ToString());
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        const string text = "陕ICP备2024026116号-1A";
        IcpFilingNumber n = Parse(text);
        Assert.Equal(text, $"{n}");
        Assert.Equal(text, $"{n:G}");
        Assert.Equal(text, ((IFormattable)n).ToString(null, null));
        Assert.Equal(text, ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("C", null));
        char[] buffer = new char[32];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(text, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "G0", null));
    }

    [Fact]
    public void Equality_compares_every_part_and_the_character()
    {
        IcpFilingNumber a = Parse("甘ICP备030173号-2A");
        IcpFilingNumber same = Parse("甘ICP备030173号-2A");
        IcpFilingNumber alias = Parse("陇ICP备030173号-2A");
        IcpFilingNumber[] others =
        [
            Parse("甘ICP证030173号-2A"),
            Parse("甘ICP备030174号-2A"),
            Parse("甘ICP备0030173号-2A"),
            Parse("甘ICP备030173号-3A"),
            Parse("甘ICP备030173号-2X"),
            Parse("甘ICP备030173号-2"),
            Parse("甘ICP备030173号"),
        ];

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a.IsSameRecordAs(same));

        Assert.False(a == alias);
        Assert.True(a != alias);
        Assert.True(a.IsSameRecordAs(alias));

        foreach (IcpFilingNumber other in others)
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other), other.ToString());
            Assert.False(a.Equals((object)other), other.ToString());
            Assert.False(a.IsSameRecordAs(other), other.ToString());
            Assert.False(alias.IsSameRecordAs(other), other.ToString());
        }

        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"甘ICP备030173号-2A"));
    }

    // What the strict grammar refuses: each of these is one character away from a canonical number.
    [Theory]
    [InlineData("京XCP备12345678号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京IXP备12345678号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICX备12345678号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("粤X2-20090059-1", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("粤BX-20090059-1", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("粤B2X20090059-1", ParseErrorCode.WrongKindMarker, 3)]
    [InlineData("京ICP备12345678X", ParseErrorCode.MissingTerminator, 13)]
    [InlineData("京ICP备12345678号X1", ParseErrorCode.TrailingText, 14)]
    [InlineData("京ICP备12345678号-1AB", ParseErrorCode.TrailingText, 17)]
    [InlineData("京ICP备12345678号-1 ", ParseErrorCode.TrailingText, 16)]
    [InlineData("京ICP备12345678号-1号", ParseErrorCode.TrailingText, 16)]
    [InlineData("京ICP备12345678号-A", ParseErrorCode.BadSiteIndex, 15)]
    [InlineData("京ICP备12345678号-01", ParseErrorCode.BadSiteIndex, 15)]
    [InlineData("京ICP备12345678号--1", ParseErrorCode.BadSiteIndex, 15)]
    [InlineData("京ICP备1234567890号-1234567A", ParseErrorCode.BadSiteIndex, 23)]
    [InlineData("粤B2-20090059-1号", ParseErrorCode.TrailingText, 14)]
    [InlineData("粤B2-20090059-", ParseErrorCode.BadSiteIndex, 13)]
    [InlineData("粤B2-20090059X", ParseErrorCode.TrailingText, 12)]
    [InlineData("粤B2-200900590-1", ParseErrorCode.TooManyDigits, 12)]
    [InlineData("京ICP证12345678901号-1", ParseErrorCode.TooManyDigits, 15)]
    [InlineData("京ICP证12345号-1", ParseErrorCode.TooFewDigits, 5)]
    [InlineData("京ICP证030173-1", ParseErrorCode.MissingTerminator, 11)]
    [InlineData("京ICP 备12345678号", ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京 ICP备12345678号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP备 12345678号", ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京ICP备12345678 号", ParseErrorCode.MissingTerminator, 13)]
    [InlineData("京ICP备12345678号 -1", ParseErrorCode.TrailingText, 14)]
    [InlineData("京ICP备12345678号- 1", ParseErrorCode.BadSiteIndex, 15)]
    [InlineData("京ICP备12345678号-1 A", ParseErrorCode.TrailingText, 16)]
    [InlineData(" 京ICP备12345678号", ParseErrorCode.UnknownProvince, 0)]
    [InlineData("京", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP", ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京ICP备", ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京ICP备12345678号-", ParseErrorCode.BadSiteIndex, 15)]
    [InlineData("粤B2-20090059", ParseErrorCode.LicenceWithoutServiceIndex, 12)]
    public void Strict_errors_have_their_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError e = Error(text);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(IcpFilingNumber.TryParse(text, out IcpFilingNumber value));
        Assert.Equal(default, value);
        Assert.False(IcpFilingNumber.TryParse(text, ParseMode.Strict, out _));
    }

    [Theory]
    [InlineData("   ", ParseErrorCode.Empty, 3)]
    [InlineData("备案号： ", ParseErrorCode.Empty, 5)]
    [InlineData("京ICP备12345678号-1号", ParseErrorCode.TrailingText, 16)]
    [InlineData("京ICP备12345678-1号 号", ParseErrorCode.TrailingText, 17)]
    [InlineData("京ICP备12345678号-1 A", ParseErrorCode.TrailingText, 17)]
    [InlineData("京ICP备12345678号-1z", ParseErrorCode.BadSuffix, 16)]
    [InlineData("京ICP备12345678号 - 0", ParseErrorCode.BadSiteIndex, 17)]
    [InlineData("京ICP证030173号", ParseErrorCode.LicenceWithoutServiceIndex, 12)]
    [InlineData("京ICP证030173号 ", ParseErrorCode.LicenceWithoutServiceIndex, 13)]
    [InlineData("粤B2-20090059 号", ParseErrorCode.LicenceWithoutServiceIndex, 14)]
    [InlineData("京ICP备12345678号 x", ParseErrorCode.TrailingText, 15)]
    public void Lenient_errors_have_their_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, ParseMode.Lenient);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(IcpFilingNumber.TryParse(text, ParseMode.Lenient, out _));
    }

    [Theory]
    [InlineData("京ICP备12345678-1号", "京ICP备12345678号-1")]
    [InlineData("京ICP备12345678-1 号", "京ICP备12345678号-1")]
    [InlineData("京ICP备12345678 -1", "京ICP备12345678号-1")]
    [InlineData("京ICP备12345678号-12x", "京ICP备12345678号-12X")]
    [InlineData("京ICP备12345678号-3k", "京ICP备12345678号-3K")]
    [InlineData("粤B2-20090059-1号", "粤B2-20090059-1")]
    [InlineData("粤B2-20090059号-1", "粤B2-20090059-1")]
    [InlineData("粤 B2 - 20090059 - 1626X", "粤B2-20090059-1626X")]
    [InlineData("京 ICP 证 030173 号 - 1", "京ICP证030173号-1")]
    [InlineData("京ICP证030173-1", "京ICP证030173号-1")]
    public void Lenient_mode_reads_index_spellings(string text, string canonical)
        => Assert.Equal(canonical, Parse(text, ParseMode.Lenient).ToString());

    [Theory]
    [InlineData("京ICP备12345678号-12A", ServiceSuffix.App)]
    [InlineData("京ICP备12345678号-12X", ServiceSuffix.MiniProgram)]
    [InlineData("京ICP备12345678号-12K", ServiceSuffix.QuickApp)]
    [InlineData("京ICP备12345678号-12", ServiceSuffix.None)]
    public void Each_suffix_letter_is_read_in_both_grammars(string text, ServiceSuffix suffix)
    {
        Assert.Equal((12, suffix), (Parse(text).SiteIndex, Parse(text).Suffix));
        IcpFilingNumber lenient = Parse(" " + text.ToLowerInvariant(), ParseMode.Lenient);
        Assert.Equal((12, suffix), (lenient.SiteIndex, lenient.Suffix));
    }

    [Theory]
    [InlineData("京ICP备123456号", 123456UL, 6)]
    [InlineData("京ICP备1234567890号", 1234567890UL, 10)]
    [InlineData("京ICP备0000000000号", 0UL, 10)]
    public void Serials_of_six_to_ten_digits_are_read(string text, ulong serial, int length)
    {
        IcpFilingNumber n = Parse(text);
        Assert.Equal(serial, ulong.Parse(n.Serial, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(length, n.SerialLength);
        Assert.Equal(text, n.ToString());
        IcpFilingNumber lenient = Parse(text.Replace("备", "备 ", StringComparison.Ordinal), ParseMode.Lenient);
        Assert.Equal(n, lenient);
    }

    [Theory]
    [InlineData("京ICP备12345678901号", "The number has too many digits: at most 10 are expected.")]
    [InlineData("京ICP备12345号", "The number has too few digits: at least 6 are expected.")]
    [InlineData("京ICQ备12345678号", "Expected 'ICP备' after the province character.")]
    [InlineData("京公网安备11010802012345号", "This is a PSB filing number (公网安备), not an ICP number.")]
    [InlineData("京ICP备12345678号-1A号", "The number is complete; unexpected text follows.")]
    [InlineData("京ICP证030173号", "This is an ICP licence number; a filing number under a licence needs a service index such as -1.")]
    [InlineData("粤B2-2009005-1", "A B2 licence number has 8 digits.")]
    public void Errors_explain_what_was_expected(string text, string message)
        => Assert.Equal(message, Error(text).Message);

    [Fact]
    public void Province_and_character_come_from_the_first_character()
    {
        IcpFilingNumber n = Parse("川ICP备12345678号", ParseMode.Lenient);
        Assert.Equal((Province.Sichuan, '川'), (n.Province, n.ProvinceCharacter));
        IcpFilingNumber strict = Parse("滇ICP备12345678号-1");
        Assert.Equal((Province.Yunnan, '滇'), (strict.Province, strict.ProvinceCharacter));
    }
}
