using System;
using System.IO;
using System.Linq;
using System.Text;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Footer;

/// <summary>Which page of a site is inspected: the display rule names the home page, and is silent about the others.</summary>
public sealed class FooterPageKindTests
{
    // The display rule (FooterVerdictTests.DisplayRule) puts the number "在主页底部的中央位置", at the bottom centre of
    // the home page. No source in the domain facts says anything about the other pages.
    private const string DisplayRule = FooterVerdictTests.DisplayRule;

    private const string Miit = FooterVerdictTests.Miit;

    private static readonly FooterInspectionOptions InnerPage = new() { Page = PageKind.InnerPage };

    private static string[] Ids(FooterInspection inspection) => [.. inspection.Findings.Select(f => f.RuleId)];

    private static ExpectedFooterNumbers Expected(string icp) => new(IcpFilingNumber.Parse(icp).Value);

    [Theory]
    [InlineData("")]
    [InlineData("<html><body><p>An article</p></body></html>")]
    [InlineData("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\">京公网安备11010802012345号</a>")]
    public void An_inner_page_that_shows_no_icp_number_is_a_warning_since_the_rule_names_the_home_page(string html)
    {
        Assert.Contains("在主页底部的中央位置标明其备案编号", DisplayRule);
        FooterInspection home = FooterInspector.Inspect(html);
        Assert.Contains("FTR0308", Ids(home));
        Assert.False(home.IsCompliant);
        Assert.Equal(PageKind.HomePage, home.Page);

        FooterInspection inner = FooterInspector.Inspect(html, InnerPage);
        Assert.DoesNotContain("FTR0308", Ids(inner));
        FooterFinding finding = Assert.Single(inner.Findings, f => f.RuleId == "FTR0311");
        Assert.Equal(FooterSeverity.Warning, finding.Severity);
        Assert.Equal((null, null, null), (finding.Number, finding.Offset, finding.Line));
        Assert.True(inner.IsCompliant);
        Assert.Equal(PageKind.InnerPage, inner.Page);
    }

    [Fact]
    public void The_default_is_the_home_page()
    {
        Assert.Equal(PageKind.HomePage, FooterInspectionOptions.Default.Page);
        Assert.Equal(Ids(FooterInspector.Inspect("<p>x</p>")), Ids(FooterInspector.Inspect("<p>x</p>", FooterInspectionOptions.Default)));
        Assert.Equal(Ids(FooterInspector.Inspect("<p>x</p>")), Ids(FooterInspector.Inspect("<p>x</p>", new FooterInspectionOptions())));
    }

    [Fact]
    public void An_inner_page_that_shows_the_number_gets_the_same_findings_as_a_home_page()
    {
        string[] pages =
        [
            Miit + "京ICP备12345678号-1</a>",
            "<p>京ICP备12345678号-1</p>",
            "<a href=\"http://www.miitbeian.gov.cn/\">京ICP备12345678号-1</a> <p>京公网安备11010802012345号</p>",
            Miit + "京ICP证030173号</a>",
            "<p>京ICP备12345678号-0</p>",
        ];
        foreach (string page in pages)
        {
            FooterInspection home = FooterInspector.Inspect(page);
            FooterInspection inner = FooterInspector.Inspect(page, InnerPage);
            Assert.Equal(home.Numbers.Select(n => n.ToString()), inner.Numbers.Select(n => n.ToString()));
            Assert.Equal(Ids(home), Ids(inner));
        }
    }

    [Fact]
    public void An_icp_number_only_in_hidden_content_of_an_inner_page_is_a_page_without_a_number()
    {
        // On the home page a number nobody sees is not the number the display rule asks for (FTR0401–0403, errors);
        // on another page the sources ask for nothing, so the page just shows no number: the warning.
        foreach (string page in new[] { "<!-- 京ICP备12345678号-1 -->", "<script>var icp = '京ICP备12345678号-1';</script>", "<div hidden>京ICP备12345678号-1</div>" })
        {
            Assert.Contains(Ids(FooterInspector.Inspect(page)), id => id is "FTR0401" or "FTR0402" or "FTR0403");
            FooterInspection inner = FooterInspector.Inspect(page, InnerPage);
            Assert.Equal(["FTR0311"], Ids(inner));
            Assert.True(inner.IsCompliant);
        }

        // A PSB number is not the ICP display rule's business: the same warning (FTR0404) on an inner page.
        Assert.Equal(["FTR0404", "FTR0311"], Ids(FooterInspector.Inspect("<!-- 京公网安备11010802012345号 -->", InnerPage)));
    }

    [Fact]
    public void Given_the_expected_numbers_an_inner_page_without_the_number_is_a_warning_and_a_different_number_still_an_error()
    {
        ExpectedFooterNumbers expected = Expected("京ICP备12345678号-1");
        var options = new FooterInspectionOptions { Page = PageKind.InnerPage, Expected = expected };

        Assert.Equal(["FTR0301"], Ids(FooterInspector.Inspect("<p>An article</p>", expected)));
        FooterFinding missing = Assert.Single(FooterInspector.Inspect("<p>An article</p>", options).Findings);
        Assert.Equal(("FTR0311", FooterSeverity.Warning), (missing.RuleId, missing.Severity));
        Assert.Contains("expected 京ICP备12345678号-1", missing.Message);

        // Hidden on an inner page: the page shows no number (the hidden copy is not reported on its own).
        Assert.Equal(["FTR0401"], Ids(FooterInspector.Inspect("<!-- 京ICP备12345678号-1 -->", expected)));
        Assert.Equal(["FTR0311"], Ids(FooterInspector.Inspect("<!-- 京ICP备12345678号-1 -->", options)));

        // Showing another site's number is wrong on any page.
        Assert.Equal(["FTR0302"], Ids(FooterInspector.Inspect(Miit + "京ICP备11111111号-1</a>", options)));
        Assert.Empty(FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a>", options).Findings);
    }

    [Fact]
    public void Every_input_form_takes_the_page_kind()
    {
        const string Page = "<p>An article</p>";
        var expected = new FooterInspectionOptions { Page = PageKind.InnerPage, Expected = Expected("京ICP备12345678号-1") };
        byte[] bytes = Encoding.UTF8.GetBytes(Page);
        foreach (FooterInspectionOptions options in new[] { InnerPage, expected })
        {
            FooterInspection[] inspections =
            [
                FooterInspector.Inspect(Page, options),
                FooterInspector.Inspect(bytes, options),
                FooterInspector.Inspect(new MemoryStream(bytes), options),
                FooterInspector.InspectMarkdown("An article", options),
            ];
            foreach (FooterInspection inspection in inspections)
            {
                Assert.Equal(PageKind.InnerPage, inspection.Page);
                Assert.Equal(["FTR0311"], Ids(inspection));
            }
        }
    }

    [Fact]
    public void Undefined_page_kinds_and_null_options_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FooterInspectionOptions { Page = (PageKind)2 });
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => FooterInspector.Inspect("", (FooterInspectionOptions)null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => FooterInspector.Inspect([], (FooterInspectionOptions)null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => FooterInspector.Inspect(new MemoryStream(), (FooterInspectionOptions)null!)).ParamName);
        Assert.Equal("options", Assert.Throws<ArgumentNullException>(() => FooterInspector.InspectMarkdown("", (FooterInspectionOptions)null!)).ParamName);
    }
}
