using System;
using System.Linq;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Footer;

/// <summary>The inspector's findings in detail: the order of findings, the retired
/// PSB portal without <c>www.</c>, the record-code parameter of the old portal, a link to another host, the words of
/// every kind of finding and the number each names, and the argument checks.</summary>
public sealed partial class FooterInspectorTests
{
    private const string Miit = "<a href=\"https://beian.miit.gov.cn/\">";
    private const string PsbNumberText = "京公网安备11010802012345号";

    private static string PsbLinked(string href) => Miit + "京ICP备12345678号-1</a> <a href=\"" + href + "\">" + PsbNumberText + "</a>";

    [Fact]
    public void Findings_come_in_page_order_whichever_check_found_them()
    {
        // The PSB check runs first and finds the later number; the expected-number check finds the earlier one.
        string page = Miit + "京ICP备11111111号-1</a> " + PsbNumberText;
        FooterInspection inspection = FooterInspector.Inspect(page, new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")));
        Assert.Equal(["FTR0302", "FTR0201"], Ids(inspection));
        Assert.True(inspection.Findings[0].Offset < inspection.Findings[1].Offset);
    }

    [Fact]
    public void Findings_about_the_page_as_a_whole_come_last()
    {
        string page = Miit + "京ICP备12345678号</a> <a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802099999\">京公网安备11010802099999号</a>";
        var expected = new ExpectedFooterNumbers(Icp("京ICP备12345678号")) { PsbNumber = PsbFilingNumber.Parse(PsbNumberText).Value };
        FooterInspection inspection = FooterInspector.Inspect(page, expected);
        Assert.Equal(["FTR0306", "FTR0304"], Ids(inspection));
        Assert.NotNull(inspection.Findings[0].Offset);
        Assert.Null(inspection.Findings[1].Offset);
    }

    [Theory]
    [InlineData("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345", new[] { "FTR0202" })]
    [InlineData("http://beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345", new[] { "FTR0202" })]
    [InlineData("http://beian.gov.cn/portal/registerSystemInfo?recordcode=11010802099999", new[] { "FTR0202", "FTR0203" })]
    [InlineData("http://www.beian.gov.cn/portal/registerSystemInfo?x=1&recordcode=11010802099999", new[] { "FTR0202", "FTR0203" })]
    [InlineData("http://www.beian.gov.cn/portal/registerSystemInfo?x=1&recordcode=11010802012345", new[] { "FTR0202" })]
    [InlineData("http://www.beian.gov.cn/portal/registerSystemInfo", new[] { "FTR0202" })]
    [InlineData("https://beian.mps.gov.cn/#/query/webSearch", new[] { "FTR0204" })]
    [InlineData("https://example.com/?code=11010802012345", new[] { "FTR0204" })]
    [InlineData("https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345", new string[0])]
    public void Psb_links_are_checked_on_both_portals(string href, string[] ids)
        => Assert.Equal(ids, Ids(FooterInspector.Inspect(PsbLinked(href))));

    [Fact]
    public void A_link_finding_names_the_number_and_the_link_in_both_languages()
    {
        FooterFinding icp = FooterInspector.Inspect("<a href=\"http://example.com/\">京ICP备12345678号-1</a>").Findings.Single();
        Assert.Equal("ICP filing number links to an address other than the MIIT filing system: 京ICP备12345678号-1 (links to http://example.com/)", icp.Message);
        Assert.Equal("ICP备案号链接的不是工信部备案管理系统：京ICP备12345678号-1（链接为 http://example.com/）", icp.MessageChinese);
        Assert.Equal(Icp("京ICP备12345678号-1"), icp.Number);
        Assert.Equal("http://example.com/", icp.Href);

        const string wrongCode = "https://beian.mps.gov.cn/#/query/webSearch?code=11010802099999";
        FooterFinding psb = FooterInspector.Inspect(PsbLinked(wrongCode)).Findings.Single();
        Assert.Equal("PSB link's record code differs from the number shown: " + PsbNumberText + " (links to " + wrongCode + ")", psb.Message);
        Assert.Equal("公安备案链接中的备案编号与显示的备案号不一致：" + PsbNumberText + "（链接为 " + wrongCode + "）", psb.MessageChinese);
    }

    [Fact]
    public void A_finding_about_the_expected_number_names_what_was_found_and_what_was_expected()
    {
        FooterFinding different = FooterInspector.Inspect(Miit + "京ICP备11111111号-1</a>", new ExpectedFooterNumbers(Icp("京ICP备12345678号-1"))).Findings.Single();
        Assert.Equal("Page shows a different ICP filing number: 京ICP备11111111号-1; expected 京ICP备12345678号-1", different.Message);
        Assert.Equal("页面显示的ICP备案号与应有的不一致：京ICP备11111111号-1；应为 京ICP备12345678号-1", different.MessageChinese);
        Assert.Equal(Icp("京ICP备11111111号-1"), different.Number);
        Assert.Equal("https://beian.miit.gov.cn/", different.Href);

        var expected = new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")) { PsbNumber = PsbFilingNumber.Parse(PsbNumberText).Value };
        FooterFinding missing = FooterInspector.Inspect(Miit + "京ICP备12345678号-1</a>", expected).Findings.Single();
        Assert.Equal("Expected PSB filing number is not shown: expected " + PsbNumberText, missing.Message);
        Assert.Equal("页面未显示应有的公安备案号：应为 " + PsbNumberText, missing.MessageChinese);
        Assert.Equal(PsbFilingNumber.Parse(PsbNumberText).Value, missing.Number);
        Assert.Null(missing.Href);
        Assert.Null(missing.Line);

        FooterInspection commented = FooterInspector.Inspect("<!-- 京ICP备12345678号-1 -->");
        Assert.Equal(["FTR0401", "FTR0308"], commented.Findings.Select(f => f.RuleId));
        FooterFinding comment = commented.Findings[0];
        Assert.Equal("Number appears only inside an HTML comment: 京ICP备12345678号-1", comment.Message);
        Assert.Equal("备案号仅出现在HTML注释中：京ICP备12345678号-1", comment.MessageChinese);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        var expected = new ExpectedFooterNumbers(Icp("京ICP备12345678号-1"));
        Assert.Equal("html", Assert.Throws<ArgumentNullException>(() => FooterInspector.Inspect(null!, expected)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentNullException>(() => FooterInspector.Inspect("", (ExpectedFooterNumbers)null!)).ParamName);
    }
}
