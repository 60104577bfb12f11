using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed class IcpFilingNumberTests
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
        IcpFilingNumber n = IcpFilingNumber.Parse(text).AsT0;
        Assert.Equal(provinceCode, n.Province.Code);
        Assert.Equal(text[0], n.ProvinceCharacter);
        Assert.Equal(serial, n.Serial);
        Assert.Equal(index, n.SiteIndex);
        Assert.Equal(suffix, n.Suffix);
        Assert.Equal(index is null, n.IsSubjectNumber);
        Assert.Null(n.Licence);
        Assert.Equal(text, n.ToString());
    }

    [Theory]
    [InlineData("京ICP证030173号-1", "京ICP证030173号", IcpLicenseForm.Certificate, 1, ServiceSuffix.None)]
    [InlineData("粤B2-20090059-1626X", "粤B2-20090059", IcpLicenseForm.B2, 1626, ServiceSuffix.MiniProgram)]
    [InlineData("浙B2-20080224-1", "浙B2-20080224", IcpLicenseForm.B2, 1, ServiceSuffix.None)]
    public void Parses_service_numbers_under_a_licence(string text, string licence, IcpLicenseForm form, int index, ServiceSuffix suffix)
    {
        IcpFilingNumber n = IcpFilingNumber.Parse(text).AsT0;
        Assert.Equal(licence, n.Licence!.Value.ToString());
        Assert.Equal(form, n.Licence!.Value.Form);
        Assert.Equal(index, n.SiteIndex);
        Assert.Equal(suffix, n.Suffix);
        Assert.Null(n.SubjectNumber);
        Assert.Equal(text, n.ToString());
    }

    // Spellings seen on real pages (facts §1.1 "malformed variants", §9), read in lenient mode.
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
    public void Lenient_mode_reads_what_real_footers_write(string text, string canonical)
    {
        Assert.Equal(canonical, IcpFilingNumber.Parse(text, ParseMode.Lenient).AsT0.ToString());
        Assert.True(IcpFilingNumber.Parse(text, ParseMode.Strict).IsT1);
    }

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
    [InlineData("京ICP备12345678号-", ParseErrorCode.BadSiteIndex, 15)]
    [InlineData("京ICP备12345678号-0", ParseErrorCode.BadSiteIndex, 15)]
    [InlineData("京ICP备12345678号-1234567", ParseErrorCode.BadSiteIndex, 21)]
    [InlineData("京ICP备12345678号-1Z", ParseErrorCode.BadSuffix, 16)]
    [InlineData("京ICP备12345678号-1a", ParseErrorCode.BadSuffix, 16)]
    [InlineData("京ICP备12345678号-1A号", ParseErrorCode.TrailingText, 17)]
    [InlineData("京ICP备12345678号 ", ParseErrorCode.TrailingText, 14)]
    [InlineData("京ICP备12345678号\0", ParseErrorCode.InvalidCharacter, 14)]
    [InlineData("京ICP证030173号", ParseErrorCode.LicenceWithoutServiceIndex, 12)]
    [InlineData("粤B2-2009005-1", ParseErrorCode.TooFewDigits, 4)]
    [InlineData("粤B2-20090059号-1", ParseErrorCode.TrailingText, 12)]
    public void Each_error_has_its_code_and_position(string? text, ParseErrorCode code, int position)
    {
        ParseError error = IcpFilingNumber.Parse(text).AsT1;
        Assert.Equal(code, error.Code);
        Assert.Equal(position, error.Position);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(string.IsNullOrWhiteSpace(error.MessageChinese));
    }

    [Fact]
    public void Subject_and_service_numbers_relate()
    {
        IcpFilingNumber site = IcpFilingNumber.Parse("京ICP备12345678号-2").AsT0;
        Assert.Equal("京ICP备12345678号", site.SubjectNumber!.Value.ToString());
        Assert.Equal("京ICP备12345678号-3A", site.WithSiteIndex(3, ServiceSuffix.App).ToString());
        Assert.Throws<System.ArgumentOutOfRangeException>(() => site.WithSiteIndex(0));
        Assert.Equal(VerificationLinks.MiitFilingSystem, IcpFilingNumber.VerificationUrl);
    }

    [Fact]
    public void The_character_as_written_is_part_of_the_number()
    {
        IcpFilingNumber a = IcpFilingNumber.Parse("黔ICP备2021008357号").AsT0;
        IcpFilingNumber b = IcpFilingNumber.Parse("贵ICP备2021008357号").AsT0;
        Assert.Equal(a.Province, b.Province);
        Assert.NotEqual(a, b);
    }

    [Fact]
    public void The_default_value_is_documented_and_harmless()
    {
        IcpFilingNumber d = default;
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<System.InvalidOperationException>(() => d.Province);
        Assert.Null(d.Licence);
        Assert.Null(d.SubjectNumber);
    }

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
            ParseError strict = IcpFilingNumber.Parse(text, ParseMode.Strict).AsT1;
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

    internal static bool ErrorIsWellFormed<T>(OneOf.OneOf<T, ParseError> result, string? text)
        => result.Match(_ => true, e => e.Position >= 0 && e.Position <= (text?.Length ?? 0) && e.Message.Length > 0 && e.MessageChinese.Length > 0);
}
