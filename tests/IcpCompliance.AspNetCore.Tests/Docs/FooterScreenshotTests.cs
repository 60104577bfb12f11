using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using IcpCompliance.AspNetCore.Tests.Browser;
using IcpCompliance.Tests.TestSupport;
using Microsoft.Extensions.DependencyInjection;
using PuppeteerSharp;

namespace IcpCompliance.AspNetCore.Tests.Docs;

/// <summary>
/// docs/footer.png: the sample site's footer as Chromium draws it, taken by this test. The PNG records the footer
/// markup it shows (an <c>iTXt</c> chunk), so when the renderer's output changes the test fails until
/// <c>ICP_UPDATE_DOCS=1</c> takes the picture again. Every run takes the picture and checks what it shows: the
/// numbers in Chinese glyphs (Debian's fonts-noto-cjk), not boxes, read as UTF-8.
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class FooterScreenshotTests : IClassFixture<SampleSite>
{
    internal const string Keyword = "IcpCompliance footer";
    private const string Regenerate = "take it again with\n  ICP_UPDATE_DOCS=1 dotnet test tests/IcpCompliance.AspNetCore.Tests --filter Docs_footer_md\nand look at the picture before committing it.";

    private readonly ChromiumFixture _chromium;
    private readonly SampleSite _site;

    public FooterScreenshotTests(ChromiumFixture chromium, SampleSite site)
    {
        _chromium = chromium;
        _site = site;
    }

    [BrowserFact]
    public async Task Docs_footer_md_screenshot_shows_the_footer_as_rendered_today()
    {
        string html = _site.Services.GetRequiredService<SiteFooter>().Html;
        byte[] shot = PngText.With(await ShootAsync(), Keyword, html);
        (int width, int height) = PngText.Size(shot);
        Assert.True(width == 1520 && height is > 40 and < 400, "Unexpected screenshot size " + width + "×" + height + ".");

        string path = RepositoryFiles.PathOf("docs", "footer.png");
        byte[]? committed = File.Exists(path) ? File.ReadAllBytes(path) : null;
        bool current = committed is not null && PngText.Read(committed, Keyword) == html;
        if (!current && Environment.GetEnvironmentVariable("ICP_UPDATE_DOCS") == "1")
        {
            await File.WriteAllBytesAsync(path, shot);
            return;
        }

        Assert.True(committed is not null, "docs/footer.png is missing; " + Regenerate);
        Assert.True(current, "docs/footer.png shows another footer than the renderer writes today (" + PngText.Read(committed!, Keyword) + "); " + Regenerate);
    }

    [Fact]
    public void Docs_footer_md_shows_the_screenshot()
    {
        string doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "footer.md"));
        Assert.Contains("](footer.png)", doc, StringComparison.Ordinal);
    }

    [Fact]
    public void Png_text_chunks_round_trip_with_their_checksums()
    {
        Assert.Equal(0xAE426082u, PngText.Crc32(Encoding.ASCII.GetBytes("IEND")));
        byte[] empty = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0, (byte)'I', (byte)'E', (byte)'N', (byte)'D', 0xAE, 0x42, 0x60, 0x82];
        byte[] marked = PngText.With(empty, Keyword, "<div>京ICP备12345678号-1</div>");
        Assert.Equal("<div>京ICP备12345678号-1</div>", PngText.Read(marked, Keyword));
        Assert.Null(PngText.Read(marked, "other"));
        Assert.Null(PngText.Read(empty, Keyword));
        Assert.Null(PngText.Read([1, 2, 3], Keyword));
        Assert.Equal(empty[^12..], marked[^12..]);
    }

    // The footer element of the home page at 760 CSS pixels wide, drawn at twice the density for sharp glyphs.
    private async Task<byte[]> ShootAsync()
    {
        await using IPage page = await _chromium.NewPageAsync(760, 600, 2);
        await page.GoToAsync(_site.Address.ToString());
        Assert.Equal("UTF-8", await page.EvaluateExpressionAsync<string>("document.characterSet"));
        await AssertDrawnInAChineseFontAsync(page, "footer a");
        IElementHandle footer = await page.QuerySelectorAsync("footer");
        return await footer.ScreenshotDataAsync(new ElementScreenshotOptions { Type = ScreenshotType.Png });
    }

    // Which installed fonts Chromium drew the link's text with (DevTools' CSS.getPlatformFontsForNode): without a
    // font for Chinese the characters would be drawn as boxes.
    private static async Task AssertDrawnInAChineseFontAsync(IPage page, string selector)
    {
        ICDPSession devTools = await page.CreateCDPSessionAsync();
        await devTools.SendAsync("DOM.enable");
        await devTools.SendAsync("CSS.enable");
        JsonElement document = await devTools.SendAsync<JsonElement>("DOM.getDocument", new { depth = 0 });
        JsonElement link = await devTools.SendAsync<JsonElement>("DOM.querySelector", new { nodeId = document.GetProperty("root").GetProperty("nodeId").GetInt32(), selector });
        JsonElement text = await devTools.SendAsync<JsonElement>("DOM.describeNode", new { nodeId = link.GetProperty("nodeId").GetInt32(), depth = 1 });
        int textNode = text.GetProperty("node").GetProperty("children")[0].GetProperty("backendNodeId").GetInt32();
        JsonElement pushed = await devTools.SendAsync<JsonElement>("DOM.pushNodesByBackendIdsToFrontend", new { backendNodeIds = new[] { textNode } });
        JsonElement fonts = await devTools.SendAsync<JsonElement>("CSS.getPlatformFontsForNode", new { nodeId = pushed.GetProperty("nodeIds")[0].GetInt32() });
        string[] families = [.. fonts.GetProperty("fonts").EnumerateArray().Select(f => f.GetProperty("familyName").GetString()!)];
        Assert.True(
            families.Any(f => f.Contains("CJK", StringComparison.Ordinal)),
            "The footer's Chinese characters are drawn with " + string.Join(", ", families) + ", not a CJK font: install Debian's fonts-noto-cjk.");
    }
}
