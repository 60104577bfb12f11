using System.Threading.Tasks;
using PuppeteerSharp;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>The browser checks themselves, on pages made to fail them: a footer hidden, covered, or at the top.</summary>
[Collection(ChromiumCollection.Name)]
public sealed class FooterInBrowserTests
{
    private const string Number = "京ICP备12345678号-1";
    private const string Link = "<a href=\"https://beian.miit.gov.cn/\">" + Number + "</a>";
    private const string Long = "<div style=\"height:3000px\">content</div>";

    private readonly ChromiumFixture _chromium;

    public FooterInBrowserTests(ChromiumFixture chromium) => _chromium = chromium;

    [BrowserFact]
    public async Task A_footer_at_the_end_of_a_long_page_passes()
    {
        LinkInBrowser link = await ReadAsync(Long + "<footer>" + Link + "</footer>");
        Assert.True(link.Visible && link.OnTop && link.InLastScreen, link.ToString());
    }

    [BrowserFact]
    public async Task A_footer_hidden_by_CSS_is_not_visible()
    {
        Assert.False((await ReadAsync(Long + "<footer style=\"visibility:hidden\">" + Link + "</footer>")).Visible);
        Assert.False((await ReadAsync(Long + "<footer style=\"opacity:0\">" + Link + "</footer>")).Visible);
    }

    [BrowserFact]
    public async Task A_footer_under_an_overlay_is_not_on_top()
    {
        LinkInBrowser link = await ReadAsync(
            Long + "<footer>" + Link + "</footer><div style=\"position:fixed;inset:0;background:white\"></div>");
        Assert.True(link.Visible);
        Assert.False(link.OnTop);
    }

    [BrowserFact]
    public async Task A_number_at_the_top_of_a_long_page_is_not_in_its_last_screen()
    {
        LinkInBrowser link = await ReadAsync("<header>" + Link + "</header>" + Long);
        Assert.True(link.Visible && link.OnTop);
        Assert.False(link.InLastScreen);
    }

    private async Task<LinkInBrowser> ReadAsync(string body)
    {
        await using IPage page = await _chromium.NewPageAsync();
        await page.SetContentAsync("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body style=\"margin:0\">" + body + "</body></html>");
        return await FooterInBrowser.LinkShowingAsync(page, Number);
    }
}
