using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

/// <summary>Pages as Markdown and as bytes (UTF-8, UTF-16, GBK) give what the same page as HTML text gives.</summary>
public sealed class FooterInputTests
{
    private static string[] Ids(FooterInspection inspection) => [.. inspection.Findings.Select(f => f.RuleId)];

    [Fact]
    public void A_markdown_link_to_the_miit_counts_as_linked()
    {
        const string Page = "# 关于\n\n版权所有 © 2026 | [闽ICP备15012807号-1](https://beian.miit.gov.cn/)\n";
        FooterInspection inspection = FooterInspector.InspectMarkdown(Page);
        Assert.Empty(Ids(inspection));
        FoundNumber found = Assert.Single(inspection.Numbers);
        Assert.Equal(("闽ICP备15012807号-1", "https://beian.miit.gov.cn/", Page.IndexOf('闽'), 3), (found.Number.ToString(), found.Href, found.Offset, found.Line));
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", new[] { "FTR0101" })]
    [InlineData("[京ICP备12345678号\\-1](<https://beian.miit.gov.cn/> \"工信部\")", new string[0])]
    [InlineData("<https://beian.miit.gov.cn/> 京ICP备12345678号-1", new[] { "FTR0101" })]
    [InlineData("[京ICP备12345678号-1](http://www.miitbeian.gov.cn/)", new[] { "FTR0102" })]
    [InlineData("`京ICP备12345678号-1`", new[] { "FTR0101" })]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>", new string[0])]
    [InlineData("<!-- 京ICP备12345678号-1 -->", new[] { "FTR0401", "FTR0308" })]
    [InlineData("京ICP备1234\n\n5678号-1", new[] { "FTR0501" })]
    public void Markdown_is_read_as_its_html(string markdown, string[] ids)
        => Assert.Equal(ids, Ids(FooterInspector.InspectMarkdown(markdown)));

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property The_same_footer_in_html_and_in_markdown_gives_the_same_numbers_and_markdown_stays_clean()
        => Prop.ForAll(FooterGenerators.Content(FooterGenerators.HostileWithoutNumbers, FooterGenerators.SeparatorsWithoutNumbers).ToArbitrary(), content =>
        {
            if (!FooterRenderer.Render(content, FooterFormat.Html).TryPickT0(out RenderedFooter html, out _))
            {
                return true.ToProperty();
            }

            RenderedFooter markdown = FooterRenderer.Render(content, FooterFormat.Markdown).AsT0;
            var expected = new ExpectedFooterNumbers(content.IcpNumber) { PsbNumber = content.PsbNumber, LicenseNumber = content.LicenseNumber };
            FooterInspection fromHtml = FooterInspector.Inspect(html.Text, expected);
            FooterInspection fromMarkdown = FooterInspector.InspectMarkdown(markdown.Text, expected);
            bool same = fromHtml.Numbers.Select(n => (n.Number, n.Href, n.Context)).SequenceEqual(fromMarkdown.Numbers.Select(n => (n.Number, n.Href, n.Context)));
            // The generator pairs unrelated numbers: a service number under one licence shown with another licence
            // is two subjects (FTR0310, a warning).
            bool twoLicences = content.IcpNumber.Licence is IcpLicenseNumber under && content.LicenseNumber is IcpLicenseNumber shown && !under.IsSameRecordAs(shown);
            bool clean = fromMarkdown.Findings.All(f => f.RuleId == "FTR0205" || (f.RuleId == "FTR0310" && twoLicences));
            return (same && clean && fromMarkdown.Numbers.Length > 0).Label(markdown.Text + " → " + string.Join(", ", fromMarkdown.Findings.Select(f => f.Message)));
        });

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property Utf8_and_utf16_inputs_give_identical_results()
        => Prop.ForAll(PageScannerEquivalenceTests.Soup.ToArbitrary(), html =>
        {
            FooterInspection fromText = FooterInspector.Inspect(html);
            FooterInspection fromBytes = FooterInspector.Inspect(Encoding.UTF8.GetBytes(html));
            FooterInspection fromUtf16 = FooterInspector.Inspect(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(html)).ToArray());
            return (Same(fromText, fromBytes) && Same(fromText, fromUtf16)).Label(html);
        });

    [Fact]
    public void A_gbk_page_is_decoded_by_its_meta_charset_or_by_the_callers_encoding()
    {
        Encoding gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        const string Page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
            + "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a> 京公网安备11010802012345号</body></html>";
        byte[] bytes = gbk.GetBytes(Page);
        FooterInspection inspection = FooterInspector.Inspect(bytes);
        Assert.Equal(["京ICP备12345678号-1", "京公网安备11010802012345号"], inspection.Numbers.Select(n => n.Number.ToString()));
        Assert.True(Same(FooterInspector.Inspect(Page), inspection));

        byte[] undeclared = gbk.GetBytes("<p>京ICP备12345678号-1</p>");
        Assert.Empty(FooterInspector.Inspect(undeclared).Numbers);
        Assert.Single(FooterInspector.Inspect(undeclared, gbk).Numbers);
        var expected = new ExpectedFooterNumbers(IcpFilingNumber.Parse("京ICP备12345678号-1").AsT0);
        Assert.Equal(["FTR0101"], Ids(FooterInspector.Inspect(undeclared, expected, gbk)));
    }

    private static bool Same(FooterInspection a, FooterInspection b)
        => a.Numbers.SequenceEqual(b.Numbers) && a.Findings.Select(f => (f.RuleId, f.Message, f.Offset)).SequenceEqual(b.Findings.Select(f => (f.RuleId, f.Message, f.Offset)));
}
