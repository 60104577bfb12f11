using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using Microsoft.Extensions.Options;

namespace IcpCompliance.AspNetCore.Tests.Options;

/// <summary>
/// Every kind of bad number stops the app at start-up (<c>ValidateOnStart</c>) with the configuration key, the
/// value, the parser's error code and position, and its message in English and Chinese.
/// </summary>
public sealed class StartupValidationTests
{
    // One value per error the strict ICP filing number parser returns, as the MSBuild package's tests name them.
    public static TheoryData<string, ParseErrorCode, int> BadIcpNumbers => new()
    {
        { "哈ICP备12345678号-1", ParseErrorCode.UnknownProvince, 0 },
        { "京ICB备12345678号-1", ParseErrorCode.WrongKindMarker, 1 },
        { "京ICP备号-1", ParseErrorCode.DigitsMissing, 5 },
        { "京ICP备1234号-1", ParseErrorCode.TooFewDigits, 5 },
        { "京ICP备12345678901号-1", ParseErrorCode.TooManyDigits, 15 },
        { "京ICP备12345678-1", ParseErrorCode.MissingTerminator, 13 },
        { "京ICP备12345678号-0", ParseErrorCode.BadServiceIndex, 15 },
        { "京ICP备12345678号-1Z", ParseErrorCode.BadSuffix, 16 },
        { "京ICP备12345678号-1 备案", ParseErrorCode.TrailingText, 16 },
        { "粤B2-20090059", ParseErrorCode.LicenseWithoutServiceIndex, 12 },
        // The lenient readings a footer on a page may use, which the settings may not: they say what the page shows.
        { "京ICP备１２３４５６７８号-1", ParseErrorCode.DigitsMissing, 5 },
        { "备案号：京ICP备12345678号-1", ParseErrorCode.UnknownProvince, 0 },
        { "京icp备12345678号-1", ParseErrorCode.WrongKindMarker, 1 },
        { "京ICP备 12345678号-1", ParseErrorCode.DigitsMissing, 5 },
    };

    // One value per error the strict PSB filing number parser returns.
    public static TheoryData<string, ParseErrorCode, int> BadPsbNumbers => new()
    {
        { "哈公网安备11010802012345号", ParseErrorCode.UnknownProvince, 0 },
        { "京公安备11010802012345号", ParseErrorCode.WrongKindMarker, 1 },
        { "京公网安备号", ParseErrorCode.DigitsMissing, 5 },
        { "京公网安备110108020123456号", ParseErrorCode.TooManyDigits, 19 },
        { "京公网安备1101080201号", ParseErrorCode.TooFewDigits, 5 },
        { "京公网安备44010802012345号", ParseErrorCode.ProvinceMismatch, 5 },
        { "京公网安备11010802012345", ParseErrorCode.MissingTerminator, 19 },
        { "京公网安备11010802012345号 备", ParseErrorCode.TrailingText, 20 },
    };

    [Theory]
    [MemberData(nameof(BadIcpNumbers))]
    public async Task A_bad_ICP_filing_number_stops_the_app_with_the_parsers_message(string value, ParseErrorCode code, int position)
    {
        ParseError error = IcpFilingNumber.Parse(value.Trim(), ParseMode.Strict).Error;
        Assert.Equal((code, position), (error.Code, error.Position));

        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings(value));

        string failure = Assert.Single(stopped.Failures);
        Assert.Equal(
            $"IcpCompliance:IcpFilingNumber \"{value.Trim()}\" is not an ICP filing number in canonical form ({code} at position {position}): {error.Message} {error.MessageChinese}",
            failure);
        Assert.Contains(error.MessageChinese, stopped.Message, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(BadPsbNumbers))]
    public async Task A_bad_PSB_filing_number_stops_the_app_with_the_parsers_message(string value, ParseErrorCode code, int position)
    {
        ParseError error = PsbFilingNumber.Parse(value, ParseMode.Strict).Error;
        Assert.Equal((code, position), (error.Code, error.Position));

        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings("京ICP备12345678号-1", value));

        Assert.Equal(
            $"IcpCompliance:PsbFilingNumber \"{value}\" is not a PSB filing number in canonical form ({code} at position {position}): {error.Message} {error.MessageChinese}",
            Assert.Single(stopped.Failures));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  \t")]
    public async Task A_missing_ICP_filing_number_stops_the_app(string? value)
    {
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings(value));
        Assert.Equal(
            "IcpCompliance:IcpFilingNumber is not set: the footer needs the site's ICP filing number as filed, such as 京ICP备12345678号-1. "
            + "未设置 IcpCompliance:IcpFilingNumber：页脚需要网站的ICP备案号（如 京ICP备12345678号-1）。",
            Assert.Single(stopped.Failures));
    }

    [Fact]
    public async Task A_missing_section_stops_the_app()
    {
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(new Dictionary<string, string?>());
        Assert.StartsWith("IcpCompliance:IcpFilingNumber is not set", Assert.Single(stopped.Failures), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Both_numbers_bad_are_both_reported()
    {
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings("京ICP备1234号-1", "京公网安备44010802012345号"));
        Assert.Equal(
            ["IcpCompliance:IcpFilingNumber", "IcpCompliance:PsbFilingNumber"],
            stopped.Failures.Select(f => f[..f.IndexOf(' ', StringComparison.Ordinal)]));
    }

    [Fact]
    public async Task A_subjects_number_outside_Guangdong_stops_the_app_with_the_footer_rule()
    {
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings("京ICP备12345678号"));
        Assert.Equal(
            "The footer for IcpCompliance:IcpFilingNumber 京ICP备12345678号 would not comply (FTR0304): "
            + "京ICP备12345678号 is a subject's number; a site in Beijing must show its own number with -n (such as 京ICP备12345678号-1). "
            + "京ICP备12345678号 是主体备案号；北京的网站必须显示带-n的网站备案号（如 京ICP备12345678号-1）。",
            Assert.Single(stopped.Failures));
    }

    [Theory]
    [InlineData("京ICP备12345678号-1A", "An App shows its filing number")]
    [InlineData("京ICP备12345678号-1X", "A Mini Program's filing number")]
    [InlineData("京ICP备12345678号-1K", "A quick app's filing number")]
    public async Task A_number_that_is_not_a_websites_stops_the_app(string value, string why)
    {
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings(value));
        string failure = Assert.Single(stopped.Failures);
        Assert.StartsWith("IcpCompliance:IcpFilingNumber " + value + " is not a website's number, so no page footer is rendered. " + why, failure, StringComparison.Ordinal);
        Assert.Contains("。", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("示例\u202E科技", "U+202E (RIGHT-TO-LEFT OVERRIDE) at index 2")]
    [InlineData("\u2067示例", "U+2067 (RIGHT-TO-LEFT ISOLATE) at index 0")]
    public async Task A_bidi_control_in_the_copyright_stops_the_app_naming_the_setting(string copyright, string what)
    {
        // Issue 26: a right-to-left override in the copyright line would reverse the numbers after it on every page.
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings("京ICP备12345678号-1", copyright: copyright));
        string failure = Assert.Single(stopped.Failures);
        Assert.StartsWith("IcpCompliance:Copyright is refused: The copyright holder holds " + what + ": a bidirectional control", failure, StringComparison.Ordinal);
        Assert.Contains("页脚不接受", failure, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("\u001b[2J京ICP备1234\u202E5678号-1", null, "IcpCompliance:IcpFilingNumber \"\\u001B[2J京ICP备1234\\u202E5678号-1\" is not")]
    [InlineData("京ICP备12345678号-1", "京公网安备\u200F1101080201234\u0007号", "IcpCompliance:PsbFilingNumber \"京公网安备\\u200F1101080201234\\u0007号\" is not")]
    public async Task A_bad_number_setting_is_quoted_with_its_control_characters_escaped(string icp, string? psb, string start)
    {
        // Issue 26: the start-up error goes to consoles and logs, where a raw escape sequence or bidirectional
        // control would act rather than be seen; the library quotes page text in its findings the same way.
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings(icp, psb));
        string failure = Assert.Single(stopped.Failures);
        Assert.StartsWith(start, failure, StringComparison.Ordinal);
        Assert.DoesNotContain(failure, c => char.IsControl(c) || char.GetUnicodeCategory(c) == System.Globalization.UnicodeCategory.Format);
    }

    [Fact]
    public async Task A_huge_number_setting_is_cut_in_the_start_up_error()
    {
        string huge = "京ICP备" + new string('1', 100_000) + "号-1";
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings(huge));
        string failure = Assert.Single(stopped.Failures);
        Assert.StartsWith("IcpCompliance:IcpFilingNumber \"京ICP备" + new string('1', 195) + "…\" is not an ICP filing number in canonical form (TooManyDigits at position 15)", failure, StringComparison.Ordinal);
        Assert.True(failure.Length < 1_000, $"{failure.Length} characters");
    }

    [Fact]
    public async Task A_copyright_in_a_right_to_left_script_is_shown()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings("京ICP备12345678号-1", copyright: "شركة مثال"));
        Assert.Contains("<span>© شركة مثال</span>", footer.Html, StringComparison.Ordinal);
    }
}
