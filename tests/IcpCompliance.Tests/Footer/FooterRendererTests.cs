using System.Linq;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

public sealed partial class FooterRendererTests
{
    private static IcpFilingNumber Icp(string text) => IcpFilingNumber.Parse(text).Value;

    private static PsbFilingNumber Psb(string text) => PsbFilingNumber.Parse(text).Value;

    [Fact]
    public void Renders_the_html_snippet_of_a_beijing_site()
    {
        var content = new FooterContent(Icp("京ICP备12345678号-1")) { PsbNumber = Psb("京公网安备11010802012345号"), CopyrightHolder = "示例 & Co" };
        RenderedFooter footer = FooterRenderer.Render(content).AsT0;
        Assert.Equal(DisplayRule.ServiceNumber, footer.Rule);
        Assert.Equal(
            "<div class=\"icp-footer\"><span>© 示例 &amp; Co</span><span> | </span>"
            + "<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">京ICP备12345678号-1</a><span> | </span>"
            + "<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\" target=\"_blank\" rel=\"noopener noreferrer\">"
            + "<img src=\"/beian.png\" alt=\"公安备案图标\" width=\"16\" height=\"16\">京公网安备11010802012345号</a></div>",
            footer.Text);
    }

    [Fact]
    public void A_guangdong_site_shows_its_subject_number()
    {
        RenderedFooter footer = FooterRenderer.Render(new FooterContent(Icp("粤ICP备2021150097号-1")), FooterFormat.Text).AsT0;
        Assert.Equal((DisplayRule.SubjectNumber, "粤ICP备2021150097号"), (footer.Rule, footer.Text));
        Assert.Equal(Icp("粤ICP备2021150097号"), footer.DisplayedNumber);
    }

    [Fact]
    public void A_service_under_a_license_is_shown_as_filed_even_in_guangdong()
    {
        RenderedFooter footer = FooterRenderer.Render(new FooterContent(Icp("粤B2-20090059-5")), FooterFormat.Text).AsT0;
        Assert.Equal((DisplayRule.ServiceNumberUnderLicense, "粤B2-20090059-5"), (footer.Rule, footer.Text));
    }

    [Fact]
    public void A_subject_number_outside_guangdong_is_refused_with_the_rule_id()
    {
        FooterRefusal refusal = FooterRenderer.Render(new FooterContent(Icp("京ICP备12345678号"))).AsT2;
        Assert.Equal("FTR0304", refusal.RuleId);
        Assert.Contains("京ICP备12345678号-1", refusal.Message);
    }

    [Theory]
    [InlineData("陕ICP备2024026116号-1A", ServicePlacement.AppAboutOrSettingsPage, true)]
    [InlineData("粤B2-20090059-1626X", ServicePlacement.MiniProgramMoreInfoPage, true)]
    [InlineData("京ICP备12345678号-4K", ServicePlacement.QuickAppUnknown, false)]
    public void Apps_and_mini_programs_show_their_number_elsewhere(string number, ServicePlacement placement, bool verified)
    {
        ShownElsewhere elsewhere = FooterRenderer.Render(new FooterContent(Icp(number))).AsT1;
        Assert.Equal((placement, verified), (elsewhere.Placement, elsewhere.IsVerified));
    }

    [Fact]
    public void Markdown_escapes_the_copyright_holder_and_links_both_numbers()
    {
        var content = new FooterContent(Icp("京ICP备12345678号-1")) { PsbNumber = Psb("京公网安备11010802012345号"), CopyrightHolder = "[x](javascript:alert(1)) <b>" };
        Assert.Equal(
            "© \\[x\\]\\(javascript\\:alert\\(1\\)\\) \\<b\\> \\| [京ICP备12345678号\\-1](<https://beian.miit.gov.cn/>) \\| "
            + "![公安备案图标](</beian.png>) [京公网安备11010802012345号](<https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345>)",
            FooterRenderer.Render(content, FooterFormat.Markdown).AsT0.Text);
    }

    [Fact]
    public void Labels_and_license_appear_in_plain_text()
    {
        var content = new FooterContent(Icp("京ICP证030173号-1"))
        {
            LicenseNumber = IcpLicenseNumber.Parse("京ICP证030173号").Value,
            Options = FooterOptions.Default with { Labels = FooterLabels.English, Separator = " · " },
        };
        Assert.Equal("ICP filing: 京ICP证030173号-1 · ICP license: 京ICP证030173号", FooterRenderer.Render(content, FooterFormat.Text).AsT0.Text);
    }

    [Fact]
    public void Default_numbers_are_programmer_errors()
    {
        Assert.Throws<System.ArgumentException>(() => new FooterContent(default));
        Assert.Throws<System.ArgumentException>(() => new FooterContent(Icp("京ICP备12345678号-1")) { PsbNumber = default(PsbFilingNumber) });
    }

    [Property(MaxTest = 1_000 / Cases.Divisor)]
    public Property Every_html_fragment_has_exactly_the_expected_elements_links_and_text()
        => Prop.ForAll(FooterGenerators.Content(FooterGenerators.Hostile).ToArbitrary(), content =>
            FooterRenderer.Render(content).Match(
                footer => HasExpectedStructure(content, footer).Label(footer.Text),
                elsewhere => (content.IcpNumber.Suffix != ServiceSuffix.None).ToProperty(),
                refusal => (content.IcpNumber.IsSubjectNumber && content.IcpNumber.Province != Province.Guangdong).ToProperty()));

    /// <summary>One tag the renderer writes, with double-quoted attribute values free of quotes and angle brackets.</summary>
    [GeneratedRegex(@"<(div|span|a|img)(?: [a-z]+=""[^""<>]*"")*>|</(div|span|a)>", RegexOptions.NonBacktracking)]
    private static partial Regex RendererTag();

    /// <summary>An ampersand that starts a character reference.</summary>
    [GeneratedRegex(@"&(#[0-9]+|#x[0-9a-fA-F]+|[a-zA-Z][a-zA-Z0-9]*);", RegexOptions.NonBacktracking)]
    private static partial Regex CharacterReference();

    /// <summary>Output safety on the raw text, not only through a lenient HTML parser: outside the renderer's own
    /// tags no angle bracket is left, inside them every attribute value is quoted and free of quotes, and every
    /// ampersand starts a character reference, so no caller-supplied character reaches the page unencoded.</summary>
    [Property(MaxTest = 1_000 / Cases.Divisor)]
    public Property Html_output_carries_no_input_unencoded()
        => Prop.ForAll(FooterGenerators.Content(FooterGenerators.Hostile).ToArbitrary(), content =>
            FooterRenderer.Render(content).Match(
                footer =>
                {
                    string outsideTags = RendererTag().Replace(footer.Text, "\u0001");
                    string withoutReferences = CharacterReference().Replace(footer.Text, string.Empty);
                    return (outsideTags.IndexOfAny(['<', '>']) < 0 && !withoutReferences.Contains('&', System.StringComparison.Ordinal)).Label(footer.Text);
                },
                _ => true.ToProperty(),
                _ => true.ToProperty()));

    [Theory]
    [InlineData("<div class=\"x\"><span>a &amp; b</span></div>", true)]
    [InlineData("<div class=\"x\"><span>a & b</span></div>", false)]
    [InlineData("<div class=\"x\"><span><script>alert(1)</script></span></div>", false)]
    [InlineData("<div class=\"x\" onclick=\"y\"><span>a</span></div>", true)]
    [InlineData("<div class=\"x\"\"><span>a</span></div>", false)]
    public void The_raw_output_check_tells_encoded_from_unencoded(string html, bool tagsAndTextEncoded)
        => Assert.Equal(tagsAndTextEncoded, RendererTag().Replace(html, "\u0001").IndexOfAny(['<', '>']) < 0
            && !CharacterReference().Replace(html, string.Empty).Contains('&', System.StringComparison.Ordinal));

    private static bool HasExpectedStructure(FooterContent content, RenderedFooter footer)
    {
        IDocument document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + footer.Text + "</body></html>");
        IElement body = document.Body!;
        if (body.ChildElementCount != 1 || document.QuerySelectorAll("script").Length != 0)
        {
            return false;
        }

        IElement div = body.Children[0];
        FooterOptions options = content.Options;
        var links = document.QuerySelectorAll("a").ToList();
        int expectedLinks = content.PsbNumber is null ? 1 : 2;
        bool newTab(IElement a) => options.OpenLinksInNewTab
            ? a.GetAttribute("target") == "_blank" && a.GetAttribute("rel") == "noopener noreferrer"
            : !a.HasAttribute("target") && !a.HasAttribute("rel");
        bool linksOk = links.Count == expectedLinks
            && links[0].GetAttribute("href") == VerificationLinks.MiitFilingSystem.ToString()
            && links[0].TextContent == footer.DisplayedNumber.ToString()
            && links.All(newTab)
            && links.All(a => a.GetAttribute("class") == (options.LinkCssClass is null ? null : FooterText.Normalize(options.LinkCssClass)))
            && (content.PsbNumber is not PsbFilingNumber psb
                || (links[1].GetAttribute("href") == psb.VerificationUrl.OriginalString && links[1].TextContent == psb.ToString()
                    && links[1].QuerySelectorAll("img").Length == (options.PsbIconUrl is null ? 0 : 1)
                    && (options.PsbIconUrl is null || links[1].QuerySelector("img")!.GetAttribute("src") == FooterText.Normalize(options.PsbIconUrl.OriginalString))));

        int items = 1 + (content.CopyrightHolder is null ? 0 : 1) + (content.LicenseNumber is null ? 0 : 1) + (content.PsbNumber is null ? 0 : 1);
        string separator = FooterRenderer.Separator(options);
        var separators = div.Children.Where(e => e.LocalName == "span" && e.TextContent == separator).ToList();
        bool copyrightOk = content.CopyrightHolder is not string holder
            || div.Children[0].TextContent == "© " + FooterText.Normalize(holder);
        bool containerOk = div.LocalName == "div" && div.GetAttribute("class") == (options.ContainerCssClass is null ? null : FooterText.Normalize(options.ContainerCssClass));
        return linksOk && copyrightOk && containerOk && separators.Count >= items - 1
            && document.QuerySelectorAll("img").Length == (content.PsbNumber is null || options.PsbIconUrl is null ? 0 : 1);
    }
}
