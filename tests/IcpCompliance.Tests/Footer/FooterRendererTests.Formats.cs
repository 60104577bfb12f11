using System;
using System.Linq;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Footer;

/// <summary>The renderer's output, written out in full: every format with every kind of label, the words of every
/// footer shown elsewhere, and the separator's leading space.</summary>
public sealed partial class FooterRendererTests
{
    // Everything a footer can hold: a copyright holder with both quotes, a service number under a license, the license
    // and the PSB number with the default icon.
    private static FooterContent Full(FooterLabels labels) => new(Icp("京ICP证030173号-1"))
    {
        LicenseNumber = IcpLicenseNumber.Parse("京ICP证030173号").Value,
        PsbNumber = PsbFilingNumber.Parse("京公网安备11010802012345号").Value,
        CopyrightHolder = "示例 \"引号\" 'x'",
        Options = FooterOptions.Default with { Labels = labels },
    };

    private const string MiitLink = "<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">";
    private const string PsbLink = "<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\" target=\"_blank\" rel=\"noopener noreferrer\">";
    private const string Sep = "<span> | </span>";

    [Theory]
    [InlineData(FooterLabels.None, "", "", "公安备案图标")]
    [InlineData(FooterLabels.Chinese, "<span>ICP备案号：</span>", "<span>增值电信业务经营许可证：</span>", "公安备案图标")]
    [InlineData(FooterLabels.English, "<span>ICP filing: </span>", "<span>ICP license: </span>", "PSB filing icon")]
    public void Html_writes_every_item_in_order_with_its_label(FooterLabels labels, string icpLabel, string licenseLabel, string iconText)
    {
        // Quotes are text here, not attribute values: they stay as they are.
        string expected = "<div class=\"icp-footer\"><span>© 示例 \"引号\" 'x'</span>" + Sep
            + icpLabel + MiitLink + "京ICP证030173号-1</a>" + Sep
            + licenseLabel + "<span>京ICP证030173号</span>" + Sep
            + PsbLink + "<img src=\"/beian.png\" alt=\"" + iconText + "\" width=\"16\" height=\"16\">京公网安备11010802012345号</a></div>";
        Assert.Equal(expected, FooterRenderer.Render(Full(labels)).AsT0.Text);
    }

    [Theory]
    [InlineData(FooterLabels.None, "© 示例 \"引号\" 'x' | 京ICP证030173号-1 | 京ICP证030173号 | 京公网安备11010802012345号")]
    [InlineData(FooterLabels.Chinese, "© 示例 \"引号\" 'x' | ICP备案号：京ICP证030173号-1 | 增值电信业务经营许可证：京ICP证030173号 | 京公网安备11010802012345号")]
    [InlineData(FooterLabels.English, "© 示例 \"引号\" 'x' | ICP filing: 京ICP证030173号-1 | ICP license: 京ICP证030173号 | 京公网安备11010802012345号")]
    public void Plain_text_writes_every_item_in_order_with_its_label(FooterLabels labels, string expected)
        => Assert.Equal(expected, FooterRenderer.Render(Full(labels), FooterFormat.Text).AsT0.Text);

    [Theory]
    [InlineData(FooterLabels.None, "", "", "公安备案图标")]
    [InlineData(FooterLabels.Chinese, "ICP备案号：", "增值电信业务经营许可证：", "公安备案图标")]
    [InlineData(FooterLabels.English, "ICP filing: ", "ICP license: ", "PSB filing icon")]
    public void Markdown_writes_every_item_in_order_with_its_label(FooterLabels labels, string icpLabel, string licenseLabel, string iconText)
    {
        string expected = "© 示例 \\\"引号\\\" \\'x\\' \\| "
            + icpLabel + "[京ICP证030173号\\-1](<https://beian.miit.gov.cn/>) \\| "
            + licenseLabel + "京ICP证030173号 \\| "
            + "![" + iconText + "](</beian.png>) [京公网安备11010802012345号](<https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345>)";
        Assert.Equal(expected, FooterRenderer.Render(Full(labels), FooterFormat.Markdown).AsT0.Text);
    }

    [Fact]
    public void An_app_a_mini_program_and_a_quick_app_are_told_where_their_number_goes()
    {
        ShownElsewhere app = FooterRenderer.Render(new FooterContent(Icp("陕ICP备2024026116号-1A"))).AsT1;
        Assert.Equal("An App shows its filing number 陕ICP备2024026116号-1A in a prominent place such as its About or Settings page, linked to https://beian.miit.gov.cn/, not in a page footer.", app.Message);
        Assert.Equal("App 应在“关于”或“设置”等显著位置展示备案号 陕ICP备2024026116号-1A 并链接至 https://beian.miit.gov.cn/，而非网页页脚。", app.MessageChinese);
        ShownElsewhere mini = FooterRenderer.Render(new FooterContent(Icp("粤B2-20090059-1626X"))).AsT1;
        Assert.Equal("A Mini Program's filing number 粤B2-20090059-1626X is shown by its platform on the More Info page (the WeChat Mini Program guide); no footer is needed.", mini.Message);
        Assert.Equal("小程序备案号 粤B2-20090059-1626X 由平台在“更多资料”页自动展示（微信小程序备案指南），无需页脚。", mini.MessageChinese);
        ShownElsewhere quick = FooterRenderer.Render(new FooterContent(Icp("京ICP备12345678号-4K"))).AsT1;
        Assert.Equal("A quick app's filing number 京ICP备12345678号-4K is not shown in a page footer; no source says where a quick app shows it.", quick.Message);
        Assert.Equal("快应用备案号 京ICP备12345678号-4K 不在网页页脚展示；暂无来源说明快应用的展示位置。", quick.MessageChinese);
    }

    [Theory]
    [InlineData("", " ")]
    [InlineData("and", " and")]
    [InlineData("７", " ７")]      // a full-width digit reads as a digit
    [InlineData(" · ", " · ")]
    [InlineData("·", "·")]
    public void A_separator_that_could_run_on_from_a_number_gets_a_space_before_it(string separator, string rendered)
    {
        var content = new FooterContent(Icp("京ICP备12345678号-1"))
        {
            PsbNumber = PsbFilingNumber.Parse("京公网安备11010802012345号").Value,
            Options = FooterOptions.Default with { Separator = separator },
        };
        Assert.Equal("京ICP备12345678号-1" + rendered + "京公网安备11010802012345号", FooterRenderer.Render(content, FooterFormat.Text).AsT0.Text);
    }

    // The number readers skip spaces between a number's parts, so "号 -9" is the number's index -9; the property
    // that the same footer in HTML and Markdown reads back clean found a separator "\u0016-9…" (a control character,
    // rendered as a space, then -9) that turned the license number 辽ICP证945980239号 into 辽ICP证945980239号-9.
    [Theory]
    [InlineData("-9")]
    [InlineData(" -9 ")]
    [InlineData("\u0016-9%E")]
    [InlineData(" - 2026 ")]
    [InlineData(" －９")]
    [InlineData("\u3000—\t1")]
    public void A_separator_that_starts_with_a_dash_and_a_digit_is_refused(string separator)
    {
        var e = Assert.Throws<ArgumentException>(() => FooterOptions.Default with { Separator = separator });
        Assert.Equal("Separator", e.ParamName);
        Assert.StartsWith("The separator starts with a dash and a digit, which reads as the index of a number ending in 号 before it", e.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" - ")]
    [InlineData("-")]
    [InlineData(" -x9")]
    [InlineData(" | -9")]
    [InlineData("9-")]
    public void A_separator_with_a_dash_not_followed_by_a_digit_is_rendered_and_reads_back_as_the_numbers_given(string separator)
    {
        var content = new FooterContent(Icp("辽ICP备12345678号-1"))
        {
            LicenseNumber = IcpLicenseNumber.Parse("辽ICP证945980号").Value,
            PsbNumber = PsbFilingNumber.Parse("辽公网安备21010802012345号").Value,
            Options = FooterOptions.Default with { Separator = separator },
        };

        foreach (FooterFormat format in new[] { FooterFormat.Html, FooterFormat.Markdown })
        {
            string text = FooterRenderer.Render(content, format).AsT0.Text;
            FooterInspection read = format == FooterFormat.Html ? FooterInspector.Inspect(text) : FooterInspector.InspectMarkdown(text);
            Assert.Equal(["辽ICP备12345678号-1", "辽ICP证945980号", "辽公网安备21010802012345号"], read.Numbers.Select(n => n.Number.ToString()));
        }
    }
}
