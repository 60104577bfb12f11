using System.Linq;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Footer;

/// <summary>FTR0310: a page that shows ICP numbers of two subjects (usually a copied footer) is a warning, since no
/// source forbids it; a license beside the holder's filing number, or one subject in two spellings, is not.</summary>
public sealed class FooterSubjectTests
{
    private const string Miit = "https://beian.miit.gov.cn/";

    private static string Link(string number) => $"<a href=\"{Miit}\">{number}</a>";

    [Fact]
    public void Two_subjects_on_one_page_are_a_warning_naming_both()
    {
        FooterInspection inspection = FooterInspector.Inspect("<footer>" + Link("津ICP备2026011740号-1") + " " + Link("鲁ICP备2023032291号-1") + "</footer>");
        FooterFinding finding = Assert.Single(inspection.Findings, f => f.RuleId == "FTR0310");
        Assert.Equal(FooterSeverity.Warning, finding.Severity);
        Assert.Equal(FilingNumber.Parse("鲁ICP备2023032291号-1").Value, finding.Number);
        Assert.Contains("subject 鲁ICP备2023032291号; the page also shows 津ICP备2026011740号-1 of subject 津ICP备2026011740号", finding.Message, System.StringComparison.Ordinal);
        Assert.Contains("通常是从其他网站复制的页脚", finding.MessageChinese, System.StringComparison.Ordinal);
        Assert.True(inspection.IsCompliant);
    }

    [Fact]
    public void Two_licenses_are_two_subjects_but_a_license_beside_a_filing_is_not()
    {
        Assert.Contains(FooterInspector.Inspect(Link("京ICP证030173号") + Link("粤B2-20090059") + Link("京ICP备2021012345号-1")).Findings, f => f.RuleId == "FTR0310");
        Assert.DoesNotContain(FooterInspector.Inspect(Link("京ICP证030173号") + " " + Link("京ICP备03002420号-1")).Findings, f => f.RuleId == "FTR0310");
    }

    [Theory]
    [InlineData("京ICP备2021012345号-1", "京ICP备2021012345号-2A")]
    [InlineData("甘ICP备17001719号-1", "陇ICP备17001719号-2")]
    [InlineData("京ICP备2021012345号-1", "京公网安备11010802012345号")]
    public void Numbers_of_one_subject_are_fine(string a, string b)
        => Assert.DoesNotContain(FooterInspector.Inspect(Link(a) + " " + Link(b)).Findings, f => f.RuleId == "FTR0310");

    [Fact]
    public void A_second_subject_only_in_a_comment_is_not_shown_so_not_reported()
        => Assert.DoesNotContain(FooterInspector.Inspect(Link("津ICP备2026011740号-1") + "<!-- " + Link("鲁ICP备2023032291号-1") + " -->").Findings, f => f.RuleId == "FTR0310");

    [Fact]
    public void Also_reported_when_the_site_s_numbers_are_given()
    {
        var expected = new ExpectedFooterNumbers(IcpFilingNumber.Parse("津ICP备2026011740号-1").Value);
        FooterInspection inspection = FooterInspector.Inspect(Link("津ICP备2026011740号-1") + " " + Link("鲁ICP备2023032291号-1"), expected);
        Assert.Single(inspection.Findings, f => f.RuleId == "FTR0310");
    }
}
