using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpFilingNumberTests
{
    // Real numbers from public footers and apps (shared domain facts §1.1, §1.1b, §7).
    [Theory]
    [InlineData("京ICP备12345678号-1", 11, "12345678", 1, ServiceSuffix.None)]
    [InlineData("陕ICP备2024026116号-1A", 61, "2024026116", 1, ServiceSuffix.App)]
    [InlineData("湘ICP备2026037508号-1", 43, "2026037508", 1, ServiceSuffix.None)]
    [InlineData("蜀ICP备2026033844号-1", 51, "2026033844", 1, ServiceSuffix.None)]
    [InlineData("黔ICP备15014846号-1", 52, "15014846", 1, ServiceSuffix.None)]
    [InlineData("甘ICP备17001719号", 62, "17001719", null, ServiceSuffix.None)]
    [InlineData("陇ICP备2024012699号-3", 62, "2024012699", 3, ServiceSuffix.None)]
    [InlineData("贵ICP备06052086号", 52, "06052086", null, ServiceSuffix.None)]
    [InlineData("陕ICP备15002899号-4", 61, "15002899", 4, ServiceSuffix.None)]
    [InlineData("粤ICP备2021150097号-3X", 44, "2021150097", 3, ServiceSuffix.MiniProgram)]
    [InlineData("沪ICP备2025152989号-4K", 31, "2025152989", 4, ServiceSuffix.QuickApp)]
    [InlineData("甘ICP备456543号-1", 62, "456543", 1, ServiceSuffix.None)]
    public void Parses_real_numbers_in_strict_mode(string text, int provinceCode, string serial, int? index, ServiceSuffix suffix)
    {
        IcpFilingNumber n = IcpFilingNumber.Parse(text).Value;
        Assert.Equal(provinceCode, n.Province.Code);
        Assert.Equal(text[0], n.ProvinceCharacter);
        Assert.Equal(serial, n.Serial);
        Assert.Equal(index, n.ServiceIndex);
        Assert.Equal(suffix, n.Suffix);
        Assert.Equal(index is null, n.IsSubjectNumber);
        Assert.Null(n.LicenseNumber);
        Assert.Equal(text, n.ToString());
    }

    [Theory]
    [InlineData("京ICP证030173号-1", "京ICP证030173号", IcpLicenseForm.Certificate, 1, ServiceSuffix.None)]
    [InlineData("粤B2-20090059-1626X", "粤B2-20090059", IcpLicenseForm.B2, 1626, ServiceSuffix.MiniProgram)]
    [InlineData("浙B2-20080224-1", "浙B2-20080224", IcpLicenseForm.B2, 1, ServiceSuffix.None)]
    public void Parses_service_numbers_under_a_license(string text, string license, IcpLicenseForm form, int index, ServiceSuffix suffix)
    {
        IcpFilingNumber n = IcpFilingNumber.Parse(text).Value;
        Assert.Equal(license, n.LicenseNumber!.Value.ToString());
        Assert.Equal(form, n.LicenseNumber!.Value.Form);
        Assert.Equal(index, n.ServiceIndex);
        Assert.Equal(suffix, n.Suffix);
        Assert.Null(n.SubjectNumber);
        Assert.Equal(text, n.ToString());
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
    [InlineData("京ICP备12345678号-12A", ServiceSuffix.App)]
    [InlineData("京ICP备12345678号-12X", ServiceSuffix.MiniProgram)]
    [InlineData("京ICP备12345678号-12K", ServiceSuffix.QuickApp)]
    [InlineData("京ICP备12345678号-12", ServiceSuffix.None)]
    public void Each_suffix_letter_is_read_in_both_grammars(string text, ServiceSuffix suffix)
    {
        Assert.Equal((12, suffix), (Parse(text).ServiceIndex, Parse(text).Suffix));
        IcpFilingNumber lenient = Parse(" " + text.ToLowerInvariant(), ParseMode.Lenient);
        Assert.Equal((12, suffix), (lenient.ServiceIndex, lenient.Suffix));
    }

    [Fact]
    public void Province_and_character_come_from_the_first_character()
    {
        IcpFilingNumber n = Parse("川ICP备12345678号", ParseMode.Lenient);
        Assert.Equal((Province.Sichuan, '川'), (n.Province, n.ProvinceCharacter));
        IcpFilingNumber strict = Parse("滇ICP备12345678号-1");
        Assert.Equal((Province.Yunnan, '滇'), (strict.Province, strict.ProvinceCharacter));
    }

    // Spellings seen on real pages (facts §1.1 "malformed variants", §9), then the index spellings the lenient
    // grammar allows: each is read in lenient mode and refused in strict mode.
    [Theory]
    [InlineData("滇ICP备09010050-5号", "滇ICP备09010050号-5")]
    [InlineData("陇ICP备 05000593", "陇ICP备05000593号")]
    [InlineData("京ICP备 12345678号", "京ICP备12345678号")]
    [InlineData("京icp备12345678号-1", "京ICP备12345678号-1")]
    [InlineData("京ICP 备12345678号-1", "京ICP备12345678号-1")]
    [InlineData("  备案号：京ICP备12345678号-1  ", "京ICP备12345678号-1")]
    [InlineData("ICP备案号: 粤ICP备2021150097号", "粤ICP备2021150097号")]
    [InlineData("京ＩＣＰ备１２３４５６７８号－１", "京ICP备12345678号-1")]
    [InlineData("陕ICP备2024026116号-1a", "陕ICP备2024026116号-1A")]
    [InlineData("京ICP备12345678号 - 1", "京ICP备12345678号-1")]
    [InlineData("粤b2-20090059-1626x", "粤B2-20090059-1626X")]
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
    public void Lenient_mode_reads_what_real_footers_write(string text, string canonical)
    {
        Assert.Equal(canonical, IcpFilingNumber.Parse(text, ParseMode.Lenient).Value.ToString());
        Assert.False(IcpFilingNumber.Parse(text, ParseMode.Strict).Success);
    }

    // What the strict grammar refuses: empty input, then typical mistakes, then inputs one character away from a
    // canonical number.
    [Theory]
    [InlineData(null, ParseErrorCode.Empty, 0)]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("萌ICP备20230001号", ParseErrorCode.UnknownProvince, 0)]
    [InlineData("京ICQ备12345678号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP案12345678号", ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京公网安备11010802012345号", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP备号-1", ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京ICP备12345号", ParseErrorCode.TooFewDigits, 5)]
    [InlineData("京ICP备12345678901号", ParseErrorCode.TooManyDigits, 15)]
    [InlineData("京ICP备12345678", ParseErrorCode.MissingTerminator, 13)]
    [InlineData("京ICP备12345678号-0", ParseErrorCode.BadServiceIndex, 15)]
    [InlineData("京ICP备12345678号-1234567", ParseErrorCode.BadServiceIndex, 21)]
    [InlineData("京ICP备12345678号-1Z", ParseErrorCode.BadSuffix, 16)]
    [InlineData("京ICP备12345678号-1a", ParseErrorCode.BadSuffix, 16)]
    [InlineData("京ICP备12345678号-1A号", ParseErrorCode.TrailingText, 17)]
    [InlineData("京ICP备12345678号 ", ParseErrorCode.TrailingText, 14)]
    [InlineData("京ICP备12345678号\0", ParseErrorCode.InvalidCharacter, 14)]
    [InlineData("京ICP证030173号", ParseErrorCode.LicenseWithoutServiceIndex, 12)]
    [InlineData("粤B2-2009005-1", ParseErrorCode.TooFewDigits, 4)]
    [InlineData("粤B2-20090059号-1", ParseErrorCode.TrailingText, 12)]
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
    [InlineData("京ICP备12345678号-A", ParseErrorCode.BadServiceIndex, 15)]
    [InlineData("京ICP备12345678号-01", ParseErrorCode.BadServiceIndex, 15)]
    [InlineData("京ICP备12345678号--1", ParseErrorCode.BadServiceIndex, 15)]
    [InlineData("京ICP备1234567890号-1234567A", ParseErrorCode.BadServiceIndex, 23)]
    [InlineData("粤B2-20090059-1号", ParseErrorCode.TrailingText, 14)]
    [InlineData("粤B2-20090059-", ParseErrorCode.BadServiceIndex, 13)]
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
    [InlineData("京ICP备12345678号- 1", ParseErrorCode.BadServiceIndex, 15)]
    [InlineData("京ICP备12345678号-1 A", ParseErrorCode.TrailingText, 16)]
    [InlineData(" 京ICP备12345678号", ParseErrorCode.UnknownProvince, 0)]
    [InlineData("京", ParseErrorCode.WrongKindMarker, 1)]
    [InlineData("京ICP", ParseErrorCode.WrongKindMarker, 4)]
    [InlineData("京ICP备", ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京ICP备12345678号-", ParseErrorCode.BadServiceIndex, 15)]
    [InlineData("粤B2-20090059", ParseErrorCode.LicenseWithoutServiceIndex, 12)]
    public void Strict_errors_have_their_code_and_position(string? text, ParseErrorCode code, int position)
    {
        ParseError e = Error(text);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(string.IsNullOrWhiteSpace(e.Message));
        Assert.False(string.IsNullOrWhiteSpace(e.MessageChinese));
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
    [InlineData("京ICP备12345678号 - 0", ParseErrorCode.BadServiceIndex, 17)]
    [InlineData("京ICP证030173号", ParseErrorCode.LicenseWithoutServiceIndex, 12)]
    [InlineData("京ICP证030173号 ", ParseErrorCode.LicenseWithoutServiceIndex, 13)]
    [InlineData("粤B2-20090059 号", ParseErrorCode.LicenseWithoutServiceIndex, 14)]
    [InlineData("京ICP备12345678号 x", ParseErrorCode.TrailingText, 15)]
    public void Lenient_errors_have_their_code_and_position(string text, ParseErrorCode code, int position)
    {
        ParseError e = Error(text, ParseMode.Lenient);
        Assert.Equal((code, position), (e.Code, e.Position));
        Assert.False(IcpFilingNumber.TryParse(text, ParseMode.Lenient, out _));
    }

    [Theory]
    [InlineData("京ICP备12345678901号", "The number has too many digits: at most 10 are expected.")]
    [InlineData("京ICP备12345号", "The number has too few digits: at least 6 are expected.")]
    [InlineData("京ICQ备12345678号", "Expected 'ICP备' after the province character.")]
    [InlineData("京公网安备11010802012345号", "This is a PSB filing number (公网安备), not an ICP number.")]
    [InlineData("京ICP备12345678号-1A号", "The number is complete; unexpected text follows.")]
    [InlineData("京ICP证030173号", "This is an ICP license number; a filing number under a license needs a service index such as -1.")]
    [InlineData("粤B2-2009005-1", "A B2 license number has 8 digits.")]
    public void Errors_explain_what_was_expected(string text, string message)
        => Assert.Equal(message, Error(text).Message);

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Strict_parse_of_the_canonical_form_round_trips(IcpFilingNumber n)
        => IcpFilingNumber.Parse(n.ToString(), ParseMode.Strict).Match(parsed => parsed == n && parsed.ToString() == n.ToString(), _ => false);

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public Property Every_lenient_variant_parses_to_the_same_number(IcpFilingNumber n)
        => Prop.ForAll(NumberGenerators.LenientVariant(n).ToArbitrary(), variant =>
            IcpFilingNumber.Parse(variant, ParseMode.Lenient).Match(parsed => parsed == n, e => false).Label(variant));

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool Try_parse_agrees_with_parse(IcpFilingNumber n)
        => IcpFilingNumber.TryParse(n.ToString(), out IcpFilingNumber parsed) && parsed == n;

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public Property A_replaced_province_character_fails_at_position_zero(IcpFilingNumber n, char replacement)
    {
        string text = replacement + n.ToString()[1..];
        return Prop.When(!Province.TryFromCharacter(replacement, out _), () =>
        {
            ParseError strict = IcpFilingNumber.Parse(text, ParseMode.Strict).Error;
            bool lenientHolds = TextCursor.IsSpace(replacement)
                || IcpFilingNumber.Parse(text, ParseMode.Lenient).Match(_ => false, e => e.Code == ParseErrorCode.UnknownProvince && e.Position == 0);
            return strict.Code == ParseErrorCode.UnknownProvince && strict.Position == 0 && lenientHolds;
        });
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw_and_errors_point_inside_the_input(string? text)
        => ErrorIsWellFormed(IcpFilingNumber.Parse(text, ParseMode.Strict), text)
           && ErrorIsWellFormed(IcpFilingNumber.Parse(text, ParseMode.Lenient), text);

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public Property Near_valid_input_never_throws(IcpFilingNumber n, int at, char c)
    {
        string s = n.ToString();
        int i = (int)((uint)at % (uint)s.Length);
        string mutated = s[..i] + c + s[(i + 1)..];
        string inserted = s[..i] + c + s[i..];
        string deleted = s[..i] + s[(i + 1)..];
        return (ErrorIsWellFormed(IcpFilingNumber.Parse(mutated, ParseMode.Lenient), mutated)
                && ErrorIsWellFormed(IcpFilingNumber.Parse(inserted, ParseMode.Strict), inserted)
                && ErrorIsWellFormed(IcpFilingNumber.Parse(deleted, ParseMode.Strict), deleted)).ToProperty();
    }

    [Fact]
    public void Hostile_strings_give_errors_not_exceptions()
    {
        foreach (string? text in Examples.Hostile)
        {
            Assert.True(ErrorIsWellFormed(IcpFilingNumber.Parse(text, ParseMode.Strict), text));
            Assert.True(ErrorIsWellFormed(IcpFilingNumber.Parse(text, ParseMode.Lenient), text));
        }
    }
}
