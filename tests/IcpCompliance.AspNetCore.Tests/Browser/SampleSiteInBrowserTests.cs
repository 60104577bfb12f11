using System;
using System.Collections.Generic;
using System.Threading.Tasks;
using IcpCompliance.Numbers;
using PuppeteerSharp;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>
/// The sample site served by Kestrel on a loopback port and opened in headless Chromium: what a visitor sees of its
/// footer and where its links go, on the home page (the <c>&lt;icp-footer /&gt;</c> tag helper, at the end of a
/// page longer than three screens) and on the component page (the <c>IcpFooter</c> Razor component).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class SampleSiteInBrowserTests : IClassFixture<SampleSite>
{
    // The numbers of samples/IcpCompliance.Sample.Web/appsettings.json: a Beijing site shows its own number.
    private const string IcpNumber = "京ICP备12345678号-1";
    private const string PsbNumber = "京公网安备11010802012345号";

    private readonly ChromiumFixture _chromium;
    private readonly SampleSite _site;

    public SampleSiteInBrowserTests(ChromiumFixture chromium, SampleSite site)
    {
        _chromium = chromium;
        _site = site;
    }

    [BrowserFact]
    public async Task The_filing_number_is_visible_inside_the_last_screen_of_a_long_page()
    {
        await using IPage page = await OpenAsync("");
        LinkInBrowser link = await FooterInBrowser.LinkShowingAsync(page, IcpNumber);

        Assert.True(link.PageHeight > 3 * link.ViewportHeight, "The home page should be longer than three screens for this test to mean anything; it is " + link.PageHeight + " px.");
        AssertSeenAtTheEnd(link);
        Assert.Contains(IcpNumber, await page.EvaluateExpressionAsync<string>("document.body.innerText"), StringComparison.Ordinal);
    }

    [BrowserFact]
    public async Task The_component_page_shows_the_filing_number_at_its_end()
    {
        await using IPage page = await OpenAsync("Component");
        AssertSeenAtTheEnd(await FooterInBrowser.LinkShowingAsync(page, IcpNumber));
        AssertSeenAtTheEnd(await FooterInBrowser.LinkShowingAsync(page, PsbNumber));
    }

    [BrowserFact]
    public async Task The_filing_number_links_to_the_MIIT_filing_system_and_opens_it()
    {
        foreach (string path in new[] { "", "Component" })
        {
            await using IPage page = await OpenAsync(path);
            LinkInBrowser link = await FooterInBrowser.LinkShowingAsync(page, IcpNumber);
            Assert.Equal(VerificationLinks.MiitFilingSystem.ToString(), link.Href);
            Assert.Equal(
                VerificationLinks.MiitFilingSystem.ToString(),
                await FooterInBrowser.AddressOpenedByClickingAsync(_chromium.Browser, page, IcpNumber));
        }
    }

    [BrowserFact]
    public async Task The_PSB_link_opens_the_sites_record()
    {
        Uri record = PsbFilingNumber.Parse(PsbNumber).Value.VerificationUrl;
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345", record.OriginalString);
        foreach (string path in new[] { "", "Component" })
        {
            await using IPage page = await OpenAsync(path);
            AssertSeenAtTheEnd(await FooterInBrowser.LinkShowingAsync(page, PsbNumber));
            Assert.Equal(record.OriginalString, await FooterInBrowser.AddressOpenedByClickingAsync(_chromium.Browser, page, PsbNumber));
        }
    }

    [BrowserFact]
    public async Task The_footer_landmark_reads_the_numbers_as_its_links_names()
    {
        foreach (string path in new[] { "", "Component" })
        {
            await using IPage page = await OpenAsync(path);
            IReadOnlyList<string> names = await FooterInBrowser.FooterLinkNamesAsync(page);

            // The ICP link's name is the number alone; the PSB link's is the emblem's alt text, then the number.
            Assert.Equal([IcpNumber, "公安备案图标 " + PsbNumber], names);
        }
    }

    [BrowserFact]
    public async Task The_page_is_read_as_UTF8_so_the_Chinese_characters_arrive_intact()
    {
        await using IPage page = await OpenAsync("");
        Assert.Equal("UTF-8", await page.EvaluateExpressionAsync<string>("document.characterSet"));
        Assert.Equal(IcpNumber, (await FooterInBrowser.LinkShowingAsync(page, IcpNumber)).Text);
    }

    private static void AssertSeenAtTheEnd(LinkInBrowser link)
    {
        Assert.True(link.Visible, "The link is not rendered visibly: " + link);
        Assert.True(link.OnTop, "Another element covers the link: " + link);
        Assert.True(link.InLastScreen, "The link is not inside the page's last screen: " + link);
    }

    private async Task<IPage> OpenAsync(string path)
    {
        IPage page = await _chromium.NewPageAsync();
        IResponse response = await page.GoToAsync(new Uri(_site.Address, path).ToString());
        Assert.Equal(System.Net.HttpStatusCode.OK, response.Status);
        return page;
    }
}
