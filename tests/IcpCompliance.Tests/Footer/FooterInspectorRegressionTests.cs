using System.Linq;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Footer;

/// <summary>Cases found in review of the first inspector, each named after what was wrong.</summary>
public sealed class FooterInspectorRegressionTests
{
    private const string Miit = "<a href=\"https://beian.miit.gov.cn/\">";

    private static IcpFilingNumber Icp(string s) => IcpFilingNumber.Parse(s).Value;

    private static PsbFilingNumber Psb(string s) => PsbFilingNumber.Parse(s).Value;

    private static string[] Ids(FooterInspection i) => [.. i.Findings.Select(f => f.RuleId).Order()];

    [Fact]
    public void The_province_alias_on_the_page_is_the_same_record_not_a_different_number()
    {
        string page = Miit + "甘ICP备17001719号-1</a> <a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=51010702001250\">蜀公网安备51010702001250号</a>";
        var expected = new ExpectedFooterNumbers(Icp("陇ICP备17001719号-1")) { PsbNumber = Psb("川公网安备51010702001250号") };
        Assert.Empty(FooterInspector.Inspect(page, expected).Findings);
    }

    [Fact]
    public void A_psb_link_with_another_code_parameter_first_is_not_a_mismatch()
    {
        string page = Miit + "京ICP备12345678号-1</a> <a href=\"https://beian.mps.gov.cn/#/query/webSearch?qrcode=1&code=11010502000001\">京公网安备11010502000001号</a>";
        Assert.Empty(FooterInspector.Inspect(page).Findings);
        string wrong = page.Replace("&code=11010502000001", "&code=11010502000002", System.StringComparison.Ordinal);
        Assert.Equal(["FTR0203"], Ids(FooterInspector.Inspect(wrong)));
    }

    [Fact]
    public void An_expected_subject_number_outside_guangdong_is_reported_not_approved()
    {
        string page = Miit + "京ICP备12345678号</a>";
        Assert.Contains("FTR0304", Ids(FooterInspector.Inspect(page, new ExpectedFooterNumbers(Icp("京ICP备12345678号")))));
    }

    [Fact]
    public void A_hidden_expected_number_does_not_hide_a_visible_different_one()
    {
        string page = "<!-- 京ICP备12345678号-1 -->" + Miit + "京ICP备87654321号-1</a>";
        Assert.Equal(["FTR0302", "FTR0401"], Ids(FooterInspector.Inspect(page, new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")))));
    }

    [Fact]
    public void Legacy_entities_without_a_semicolon_are_decoded_as_browsers_do()
    {
        FooterInspection inspection = FooterInspector.Inspect(Miit + "京ICP备&nbsp12345678号-1</a>");
        Assert.Equal("京ICP备12345678号-1", Assert.Single(inspection.Numbers).Number.ToString());
        Assert.Empty(inspection.Findings);
    }

    [Fact]
    public void Line_breaks_inside_an_href_are_dropped_as_browsers_do()
        => Assert.Empty(FooterInspector.Inspect("<a href=\"https://beian.mi\nit.gov.cn/\">京ICP备12345678号-1</a>").Findings);

    [Fact]
    public void The_icon_url_accepts_only_relative_http_and_https()
    {
        Assert.Throws<System.ArgumentException>(() => new FooterOptions { PsbIconUrl = new System.Uri("javascript:alert(1)") });
        Assert.Throws<System.ArgumentException>(() => new FooterOptions { PsbIconUrl = new System.Uri("data:image/png;base64,AAAA") });
        Assert.Equal("https://cdn.example.com/beian.png", new FooterOptions { PsbIconUrl = new System.Uri("https://cdn.example.com/beian.png") }.PsbIconUrl!.ToString());
        Assert.Null(new FooterOptions { PsbIconUrl = null }.PsbIconUrl);
    }
}
