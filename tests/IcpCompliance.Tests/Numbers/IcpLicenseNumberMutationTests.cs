using System;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

/// <summary>The parts of <see cref="IcpLicenseNumber"/> that the round-trip properties do not pin down: exact
/// values, where and why a non-licence is refused, formatting into short buffers, and equality field by field.</summary>
public sealed class IcpLicenseNumberMutationTests
{
    private const string Certificate = "京ICP证030173号";
    private const string B2 = "粤B2-20090059";

    private static IcpLicenseNumber Parse(string text, ParseMode mode = ParseMode.Strict) => IcpLicenseNumber.Parse(text, mode).AsT0;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => IcpLicenseNumber.Parse(text, mode).AsT1;

    [Fact]
    public void Properties_of_both_forms()
    {
        IcpLicenseNumber c = Parse(Certificate);
        Assert.Equal((Province.Beijing, '京', IcpLicenseForm.Certificate, "030173"), (c.Province, c.ProvinceCharacter, c.Form, c.Serial));
        IcpLicenseNumber b = Parse(B2);
        Assert.Equal((Province.Guangdong, '粤', IcpLicenseForm.B2, "20090059"), (b.Province, b.ProvinceCharacter, b.Form, b.Serial));
    }

    [Fact]
    public void The_default_value_has_no_serial_and_formats_as_nothing()
    {
        IcpLicenseNumber d = default;
        Assert.Equal(string.Empty, d.Serial);
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.Province);
        Assert.Throws<InvalidOperationException>(() => d.WithServiceIndex(1));
        Assert.True(d.TryFormat(new char[2], out int written));
        Assert.Equal(0, written);
    }

    [Theory]
    [InlineData(Certificate, 1, ServiceSuffix.None, "京ICP证030173号-1")]
    [InlineData(Certificate, 999_999, ServiceSuffix.App, "京ICP证030173号-999999A")]
    [InlineData(B2, 1626, ServiceSuffix.MiniProgram, "粤B2-20090059-1626X")]
    [InlineData(B2, 10, ServiceSuffix.QuickApp, "粤B2-20090059-10K")]
    public void A_service_index_makes_a_filing_number_under_the_licence(string licence, int index, ServiceSuffix suffix, string expected)
    {
        IcpLicenseNumber l = Parse(licence);
        IcpFilingNumber f = l.WithServiceIndex(index, suffix);
        Assert.Equal(expected, f.ToString());
        Assert.Equal(l, f.Licence);
        Assert.Equal(index, f.SiteIndex);
        Assert.Equal(suffix, f.Suffix);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1_000_000)]
    public void A_service_index_outside_one_to_999999_is_refused(int index)
        => Assert.Throws<ArgumentOutOfRangeException>(() => Parse(Certificate).WithServiceIndex(index));

    [Fact]
    public void An_undefined_suffix_is_refused()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Parse(B2).WithServiceIndex(1, (ServiceSuffix)'Z'));

    [Theory]
    [InlineData("京ICP证 030173 号", ParseMode.Lenient, Certificate)]
    [InlineData("京 ICP 证030173号", ParseMode.Lenient, Certificate)]
    [InlineData("粤B2 - 20090059", ParseMode.Lenient, B2)]
    [InlineData("粤 B2-20090059 号 ", ParseMode.Lenient, B2)]
    [InlineData("京ICP证1234567890号", ParseMode.Strict, "京ICP证1234567890号")]
    public void Reads_licences_through_the_full_grammar(string text, ParseMode mode, string canonical)
    {
        Assert.Equal(canonical, Parse(text, mode).ToString());
        Assert.True(IcpLicenseNumber.TryParse(text, mode, out IcpLicenseNumber viaTry));
        Assert.Equal(canonical, viaTry.ToString());
    }

    [Theory]
    [InlineData("京ICP备12345678号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京ICP 备12345678号", ParseMode.Lenient, ParseErrorCode.WrongKindMarker, 5)]
    [InlineData("京ICP备12345678号-1", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京ICQ证030173号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP案030173号", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京B2", ParseMode.Strict, ParseErrorCode.WrongKindMarker, 3)]
    public void A_number_without_a_licence_marker_is_refused_where_the_marker_is(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.Equal("Expected 'ICP证' or 'B2-' after the province character.", e.Message);
    }

    [Theory]
    [InlineData("京ICP证030173号-1", ParseMode.Strict, 12)]
    [InlineData("粤B2-20090059-1", ParseMode.Strict, 12)]
    [InlineData("粤B2-20090059-1626X", ParseMode.Strict, 12)]
    [InlineData("京ICP证030173号 - 1", ParseMode.Lenient, 13)]
    [InlineData("粤B2-20090059 -1", ParseMode.Lenient, 13)]
    public void A_service_number_is_refused_at_its_dash_with_advice(string text, ParseMode mode, int position)
    {
        ParseError e = Error(text, mode);
        Assert.Equal((ParseErrorCode.TrailingText, position), (e.Code, e.Position));
        Assert.StartsWith("The licence number ends here;", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("粤B2-2009005", ParseErrorCode.TooFewDigits, 4, "A B2 licence number has 8 digits.")]
    [InlineData("粤B2-200900591", ParseErrorCode.TooManyDigits, 12, "A B2 licence number has 8 digits.")]
    [InlineData("京ICP证12345号", ParseErrorCode.TooFewDigits, 5, "The number has too few digits: at least 6 are expected.")]
    [InlineData("京ICP证12345678901号", ParseErrorCode.TooManyDigits, 15, "The number has too many digits: at most 10 are expected.")]
    [InlineData("京ICP证号", ParseErrorCode.DigitsMissing, 5, "Expected digits here.")]
    [InlineData("粤B2-", ParseErrorCode.DigitsMissing, 4, "Expected digits here.")]
    [InlineData("京ICP证030173", ParseErrorCode.MissingTerminator, 11, "Expected '号' here.")]
    [InlineData("粤B2-20090059号", ParseErrorCode.TrailingText, 12, "The licence number ends here; with a service index it is a filing number under the licence (parse it as an ICP filing number).")]
    [InlineData("京公网安备11010802012345号", ParseErrorCode.WrongKindMarker, 1, "This is a PSB filing number (公网安备), not an ICP number.")]
    [InlineData("粤X2-20090059", ParseErrorCode.WrongKindMarker, 1, "Expected 'ICP证' or 'B2-' after the province character.")]
    [InlineData("粤BX-20090059", ParseErrorCode.WrongKindMarker, 1, "Expected 'ICP证' or 'B2-' after the province character.")]
    [InlineData("粤B2X20090059", ParseErrorCode.WrongKindMarker, 3, "Expected 'ICP证' or 'B2-' after the province character.")]
    public void Errors_have_their_code_position_and_message(string text, ParseErrorCode code, int position, string message)
    {
        ParseError e = Error(text);
        Assert.Equal((code, position, message), (e.Code, e.Position, e.Message));
        Assert.False(IcpLicenseNumber.TryParse(text, out IcpLicenseNumber value));
        Assert.Equal(default, value);
    }

    [Theory]
    [InlineData(Certificate)]
    [InlineData(B2)]
    [InlineData("京ICP证1234567890号")]
    public void Try_format_fails_cleanly_on_every_short_buffer(string text)
    {
        IcpLicenseNumber n = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, text);
        Assert.Equal(text, n.ToString());
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        IcpLicenseNumber n = Parse(B2);
        Assert.Equal(B2, $"{n}");
        Assert.Equal(B2, $"{n:G}");
        Assert.Equal(B2, ((IFormattable)n).ToString(null, null));
        Assert.Equal(B2, ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("N", null));
        char[] buffer = new char[16];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(B2, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "x", null));
    }

    [Fact]
    public void Equality_compares_character_form_serial_and_its_length()
    {
        IcpLicenseNumber a = Parse("粤ICP证20090059号");
        IcpLicenseNumber same = Parse("粤ICP证20090059号");
        IcpLicenseNumber otherForm = Parse("粤B2-20090059");
        IcpLicenseNumber otherSerial = Parse("粤ICP证20090058号");
        IcpLicenseNumber otherLength = Parse("粤ICP证020090059号");
        IcpLicenseNumber shu = Parse("蜀ICP证20090059号");
        IcpLicenseNumber chuan = Parse("川ICP证20090059号");

        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.True(a.IsSameRecordAs(same));

        foreach (IcpLicenseNumber other in new[] { otherForm, otherSerial, otherLength })
        {
            Assert.False(a == other, other.ToString());
            Assert.True(a != other, other.ToString());
            Assert.False(a.Equals(other));
            Assert.False(a.Equals((object)other));
            Assert.False(a.IsSameRecordAs(other), other.ToString());
        }

        Assert.False(shu == chuan);
        Assert.True(shu.IsSameRecordAs(chuan));
        Assert.False(shu.IsSameRecordAs(a));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"粤ICP证20090059号"));
    }
}
