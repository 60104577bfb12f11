using System;
using System.Linq;
using System.Net.Http;
using System.Threading.Tasks;
using IcpCompliance.Footer;
using Microsoft.AspNetCore.Mvc.Testing;

namespace IcpCompliance.AspNetCore.Tests.Rendering;

/// <summary>The sample's pages served in-process (the test server, no socket): the tag helper and the component put
/// the renderer's footer into the page, once, and the library's inspector finds the page compliant.</summary>
public sealed class SampleRenderingTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly WebApplicationFactory<Program> _site;

    public SampleRenderingTests(WebApplicationFactory<Program> site) => _site = site;

    [Theory]
    [InlineData("/")]
    [InlineData("/Component")]
    public async Task The_page_carries_the_renderers_footer_once(string path)
    {
        string page = await GetAsync(path);

        int at = page.IndexOf(SampleFooter.Html, StringComparison.Ordinal);
        Assert.True(at >= 0, "The page lacks the footer:\n" + page);
        Assert.Equal(-1, page.IndexOf(SampleFooter.Html, at + 1, StringComparison.Ordinal));
        Assert.DoesNotContain("icp-footer /", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<icp-footer", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<component", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/Component")]
    public async Task The_inspector_finds_the_page_compliant(string path)
    {
        FooterInspection inspection = FooterInspector.Inspect(await GetAsync(path), SampleFooter.Expected);

        Assert.True(inspection.IsCompliant, string.Join("\n", inspection.Findings.Select(f => f.RuleId + " " + f.Message)));
        Assert.Empty(inspection.Findings);
        Assert.Equal(
            [SampleFooter.Icp.ToString(), SampleFooter.Psb.ToString()],
            inspection.Numbers.Select(n => n.Number.ToString()));
    }

    [Fact]
    public async Task The_footer_alone_is_served_for_pages_Razor_does_not_write()
    {
        using HttpClient client = _site.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(new Uri("/icp-footer", UriKind.Relative));
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Equal(SampleFooter.Html, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_page_declares_UTF8()
    {
        using HttpClient client = _site.CreateClient();
        using HttpResponseMessage response = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal("utf-8", response.Content.Headers.ContentType?.CharSet);
        Assert.Contains("<meta charset=\"utf-8\">", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> GetAsync(string path)
    {
        using HttpClient client = _site.CreateClient();
        return await client.GetStringAsync(new Uri(path, UriKind.Relative));
    }
}
