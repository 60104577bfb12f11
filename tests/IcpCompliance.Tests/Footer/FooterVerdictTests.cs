using System.Linq;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Footer;

/// <summary>The page-level verdicts: a page without a number, text that looks like a number but is none, a license
/// number's link, repeats collapsed, the cap on kept numbers.</summary>
public sealed class FooterVerdictTests
{
    // 《非经营性互联网信息服务备案管理办法》 as relayed by Huawei Cloud KB 备案成功后咨询 (doc_0033), domain facts §2.
    internal const string DisplayRule = "非经营性互联网信息服务提供者应当在其网站开通时在主页底部的中央位置标明其备案编号，并在备案编号下方按要求链接信息产业部备案管理系统网址";

    internal const string Miit = "<a href=\"https://beian.miit.gov.cn/\">";

    private static string[] Ids(FooterInspection inspection) => [.. inspection.Findings.Select(f => f.RuleId)];

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><p>Welcome</p></body></html>")]
    [InlineData("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\">京公网安备11010802012345号</a>")]
    [InlineData("<footer>{{ site.icp_number }}</footer>")]
    [InlineData("<footer>京ICP备案号：</footer>")]
    public void A_page_that_shows_no_icp_number_is_an_error(string html)
    {
        Assert.Contains("标明其备案编号", DisplayRule);
        FooterInspection inspection = FooterInspector.Inspect(html);
        Assert.Contains("FTR0308", Ids(inspection));
        Assert.False(inspection.IsCompliant);
        FooterFinding finding = inspection.Findings.Single(f => f.RuleId == "FTR0308");
        Assert.Equal((null, null, null), (finding.Number, finding.Offset, finding.Line));
    }

    [Fact]
    public void Random_bytes_are_not_a_compliant_page()
    {
        var random = new System.Random(21);
        byte[] bytes = new byte[300_000];
        random.NextBytes(bytes);
        string page = System.Text.Encoding.UTF8.GetString(bytes);
        FooterInspection inspection = FooterInspector.Inspect(page);
        Assert.False(inspection.IsCompliant);
        Assert.Contains("FTR0308", Ids(inspection));
    }

    [Fact]
    public void A_number_only_in_a_comment_has_its_own_finding_and_the_page_shows_no_number()
        => Assert.Equal(["FTR0401", "FTR0308"], Ids(FooterInspector.Inspect("<!-- 京ICP备12345678号-1 -->")));

    [Fact]
    public void A_page_with_only_a_license_number_is_a_warning_since_the_sources_speak_of_the_filing_number()
    {
        // Large sites show only their license (京ICP证030173号); the display rule names the 备案编号, and no source
        // says whether the license number alone satisfies it: a warning a user can raise.
        FooterInspection inspection = FooterInspector.Inspect(Miit + "京ICP证030173号</a>");
        Assert.Equal(["FTR0309"], Ids(inspection));
        Assert.Equal(FooterSeverity.Warning, inspection.Findings[0].Severity);
        Assert.True(inspection.IsCompliant);
    }

    [Fact]
    public void A_compliant_footer_has_no_page_level_finding()
        => Assert.Empty(Ids(FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a>")));

    [Theory]
    [InlineData("京ICP备202101234567号-1", "京ICP备202101234567号-1", ParseErrorCode.TooManyDigits, 15)]
    [InlineData("京ICP备12345678号-0", "京ICP备12345678号-0", ParseErrorCode.BadServiceIndex, 15)]
    [InlineData("京ICP备案1004644", "京ICP备案1004644", ParseErrorCode.DigitsMissing, 5)]
    [InlineData("京ICP备1234号-1 版权所有", "京ICP备1234号-1", ParseErrorCode.TooFewDigits, 5)]
    public void A_mistyped_icp_number_is_an_error_with_the_parsers_code_position_and_line(string text, string quoted, ParseErrorCode code, int position)
    {
        string html = "<p>x</p>\n<p>" + Miit + text + "</a></p>";
        FooterInspection inspection = FooterInspector.Inspect(html);
        FooterFinding finding = Assert.Single(inspection.Findings);
        Assert.Equal(("FTR0501", FooterSeverity.Error, 2), (finding.RuleId, finding.Severity, finding.Line));
        Assert.Equal(html.IndexOf(text[0]), finding.Offset);
        Assert.Equal((code, position), (finding.ParseError!.Code, finding.ParseError.Position));
        Assert.Contains("'" + quoted + "'", finding.Message);
        Assert.Contains(code.ToString(), finding.Message);
        Assert.Contains(finding.ParseError.MessageChinese, finding.MessageChinese);
        Assert.Empty(inspection.Numbers);
    }

    [Fact]
    public void A_psb_number_whose_province_character_does_not_match_its_digits_is_a_warning()
    {
        // The PSB rules come from practice (real footers), not a regulation's text: at most a warning.
        FooterInspection inspection = FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a> 京公网安备44010802012345号");
        FooterFinding finding = Assert.Single(inspection.Findings);
        Assert.Equal(("FTR0502", FooterSeverity.Warning, ParseErrorCode.ProvinceMismatch), (finding.RuleId, finding.Severity, finding.ParseError!.Code));
    }

    [Fact]
    public void A_mistyped_number_with_the_expected_numbers_names_the_typo_as_well()
    {
        var expected = new ExpectedFooterNumbers(IcpCompliance.Numbers.IcpFilingNumber.Parse("京ICP备12345678号-1").Value);
        FooterInspection inspection = FooterInspector.Inspect(Miit + "京ICP备12345678号-0</a>", expected);
        Assert.Equal(["FTR0501", "FTR0301"], Ids(inspection));
    }

    [Theory]
    [InlineData("京ICP备1234\u00005678号-1", "'京ICP备1234\\u00005678号-1'")]
    [InlineData("京ICP备12345678\u0000号-1", "'京ICP备12345678\\u0000号-1'")]
    [InlineData("京ICP备1234\uFFFD5678号-1", "'京ICP备1234\uFFFD5678号-1'")]
    public void A_nul_or_invalid_byte_inside_a_number_does_not_hide_it(string text, string quoted)
    {
        // Decided: a damaged number is reported as the near miss it is (FTR0501), never read as its valid prefix
        // nor dropped, so the page is not called compliant on a number nobody can look up.
        FooterInspection inspection = FooterInspector.Inspect(Miit + text + "</a>");
        FooterFinding finding = Assert.Single(inspection.Findings);
        Assert.Equal("FTR0501", finding.RuleId);
        Assert.DoesNotContain('\0', finding.Message);
        Assert.Contains(quoted, finding.Message);
    }

    [Fact]
    public void A_nul_after_a_whole_number_changes_nothing()
        => Assert.Empty(Ids(FooterInspector.Inspect(Miit + "京ICP备12345678号-1\0</a>")));

    [Fact]
    public void Near_misses_in_comments_and_scripts_are_not_reported_since_nobody_sees_them()
        => Assert.Empty(Ids(FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a><!-- 京ICP备1234号 --><script>'京ICP备1234号'</script>")));

    [Theory]
    [InlineData("http://www.miitbeian.gov.cn/", new[] { "FTR0102" })]
    [InlineData("https://www.beian.miit.gov.cn/", new[] { "FTR0102" })]
    [InlineData("https://beian.miit.gov.cn/", new string[0])]
    [InlineData("https://bjca.miit.gov.cn/", new string[0])]
    public void A_license_numbers_link_to_a_retired_miit_host_is_reported(string href, string[] ids)
    {
        FooterInspection inspection = FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a> <a href=\"" + href + "\">京ICP证030173号</a>");
        Assert.Equal(ids, Ids(inspection));
    }

    [Fact]
    public void A_license_number_without_a_link_is_no_finding_since_no_source_asks_for_one()
        => Assert.Empty(Ids(FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a> 京ICP证030173号")));

    [Fact]
    public void Repeated_identical_findings_are_collapsed_with_a_count()
    {
        string html = string.Concat(Enumerable.Repeat("<p>京ICP备12345678号-1</p>", 10_000));
        FooterInspection inspection = FooterInspector.Inspect(html);
        FooterFinding finding = Assert.Single(inspection.Findings);
        Assert.Equal(("FTR0101", 1000, 1), (finding.RuleId, finding.Occurrences, finding.Line));
        Assert.Equal(FooterInspector.MaxKeptNumbers, inspection.Numbers.Length);
        Assert.Equal(10_000 - FooterInspector.MaxKeptNumbers, inspection.NumbersNotKept);
        Assert.True(inspection.IsCut);
    }

    [Fact]
    public void Different_findings_are_not_collapsed()
    {
        FooterInspection inspection = FooterInspector.Inspect("<p>京ICP备12345678号-1</p><p>京ICP备12345678号-2</p><p>京ICP备12345678号-1</p>");
        Assert.Equal([2, 1], inspection.Findings.Select(f => f.Occurrences));
        Assert.False(inspection.IsCut);
    }

    [Fact]
    public void A_link_quoted_in_a_message_is_escaped_and_cut()
    {
        string href = "https://example.com/\u001b[2J" + new string('x', 100_000);
        FooterFinding finding = Assert.Single(FooterInspector.Inspect("<a href=\"" + href + "\">京ICP备12345678号-1</a>").Findings);
        Assert.Equal("FTR0103", finding.RuleId);
        Assert.Equal(href, finding.Href);
        Assert.DoesNotContain('\u001b', finding.Message);
        Assert.Contains("\\u001B[2J", finding.Message);
        Assert.True(finding.Message.Length < 400, finding.Message.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(finding.MessageChinese.Length < 400);
        Assert.EndsWith("…)", finding.Message);
    }

    [Theory]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>2024", "京ICP备12345678号-1")]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号</a>-1", "京ICP备12345678号")]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</A><a href=\"/x\">2</a>", "京ICP备12345678号-1")]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</abbr>2</a>", "京ICP备12345678号-12")]
    public void Digits_right_after_the_link_are_not_read_into_the_number(string html, string? number)
    {
        FooterInspection inspection = FooterInspector.Inspect(html);
        if (number is null)
        {
            Assert.Equal(["FTR0308"], Ids(inspection));
            return;
        }

        Assert.Equal(number, Assert.Single(inspection.Numbers).Number.ToString());
    }

    // The seed guide (a provider's ICP guide, ../shared/seeds/000_…): the PSB obligation the sources state is the
    // filing, not the display. The display is known from real footers and providers' instructions only.
    internal const string PsbObligation = "You will need to submit your PSB application once you have your ICP number, and within 30 days of your website going live.";

    private const string MpsRecord = "<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\">";

    [Theory]
    [InlineData("", "FTR0305")]
    [InlineData("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802099999\">京公网安备11010802099999号</a>", "FTR0306")]
    [InlineData("<!-- 京公网安备11010802012345号 -->", "FTR0404")]
    [InlineData("<script>var psb = '京公网安备11010802012345号';</script>", "FTR0404")]
    [InlineData("<span hidden>京公网安备11010802012345号</span>", "FTR0404")]
    [InlineData("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802099999\">京公网安备11010802012345号</a>", "FTR0203")]
    public void A_psb_number_missing_different_hidden_or_linked_to_another_record_is_a_warning_since_the_sources_ask_only_for_the_filing(string psbPart, string id)
    {
        Assert.Contains("submit your PSB application", PsbObligation);
        Assert.DoesNotContain("display", PsbObligation);
        var expected = new ExpectedFooterNumbers(IcpFilingNumber.Parse("京ICP备12345678号-1").Value) { PsbNumber = PsbFilingNumber.Parse("京公网安备11010802012345号").Value };
        foreach (PageKind page in new[] { PageKind.HomePage, PageKind.InnerPage })
        {
            FooterInspection inspection = FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a> " + psbPart, new FooterInspectionOptions { Page = page, Expected = expected });
            FooterFinding finding = Assert.Single(inspection.Findings);
            Assert.Equal((id, FooterSeverity.Warning), (finding.RuleId, finding.Severity));
            Assert.True(inspection.IsCompliant);
        }

        // The same page's PSB number shown and linked to its record: nothing to report.
        Assert.Empty(FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a> " + MpsRecord + "京公网安备11010802012345号</a>", expected).Findings);
    }
}
