using System;
using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using PuppeteerSharp;
using PuppeteerSharp.PageAccessibility;

namespace IcpCompliance.AspNetCore.Tests.Browser;

/// <summary>What Chromium shows of a link in a page: its text, its <c>href</c>, whether a visitor sees it, and where
/// it is on the page.</summary>
internal sealed record LinkInBrowser(
    string Text,
    string Href,
    bool Visible,
    bool OnTop,
    double Top,
    double Bottom,
    double Width,
    double Height,
    double PageHeight,
    double ViewportHeight)
{
    /// <summary>Whether the link lies wholly inside the page's last screen: what a visitor sees after scrolling to the
    /// end.</summary>
    internal bool InLastScreen => Top >= PageHeight - ViewportHeight && Bottom <= PageHeight;
}

/// <summary>Reads a page in Chromium the way a visitor meets it.</summary>
internal static class FooterInBrowser
{
    // The link whose markup holds the number (hidden or not), with its rendered text (innerText: empty when hidden);
    // scrolled into view and hit-tested at its centre, so that a link covered by another element does not count as
    // seen.
    private const string FindLink = """
        async (number) => {
          const link = [...document.querySelectorAll('a')].find(a => a.textContent.includes(number));
          if (!link) return null;
          const page = document.documentElement.scrollHeight;
          const view = window.innerHeight;
          link.scrollIntoView({ block: 'center' });
          await new Promise(requestAnimationFrame);
          const r = link.getBoundingClientRect();
          const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
          return {
            text: link.innerText,
            href: link.getAttribute('href'),
            visible: link.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) && r.width > 0 && r.height > 0,
            onTop: hit !== null && link.contains(hit),
            top: r.top + window.scrollY,
            bottom: r.bottom + window.scrollY,
            width: r.width,
            height: r.height,
            pageHeight: page,
            viewportHeight: view,
          };
        }
        """;

    internal static async Task<LinkInBrowser> LinkShowingAsync(IPage page, string number)
    {
        JsonElement? found = await page.EvaluateFunctionAsync<JsonElement?>(FindLink, number);
        Assert.True(found is { ValueKind: JsonValueKind.Object }, "No link in " + page.Url + " shows " + number + ".");
        JsonElement link = found!.Value;
        return new LinkInBrowser(
            link.GetProperty("text").GetString()!,
            link.GetProperty("href").GetString()!,
            link.GetProperty("visible").GetBoolean(),
            link.GetProperty("onTop").GetBoolean(),
            link.GetProperty("top").GetDouble(),
            link.GetProperty("bottom").GetDouble(),
            link.GetProperty("width").GetDouble(),
            link.GetProperty("height").GetDouble(),
            link.GetProperty("pageHeight").GetDouble(),
            link.GetProperty("viewportHeight").GetDouble());
    }

    /// <summary>Clicks the link that shows the number and returns the address of the tab it opens.</summary>
    internal static async Task<string> AddressOpenedByClickingAsync(IBrowser browser, IPage page, string number)
    {
        IElementHandle link = await page.EvaluateFunctionHandleAsync(
            "number => [...document.querySelectorAll('a')].find(a => a.textContent.includes(number))", number) as IElementHandle
            ?? throw new InvalidOperationException("No link shows " + number);
        var opened = new TaskCompletionSource<ITarget>(TaskCreationOptions.RunContinuationsAsynchronously);
        void OnCreated(object? sender, TargetChangedArgs e)
        {
            if (e.Target.Type == TargetType.Page)
            {
                opened.TrySetResult(e.Target);
            }
        }

        browser.TargetCreated += OnCreated;
        try
        {
            await link.ClickAsync();
            ITarget tab = await opened.Task.WaitAsync(TimeSpan.FromSeconds(15));
            string address = tab.Url;
            if (await tab.PageAsync() is IPage other)
            {
                await other.CloseAsync();
            }

            return address;
        }
        finally
        {
            browser.TargetCreated -= OnCreated;
        }
    }

    /// <summary>The accessibility tree's footer landmark (<c>contentinfo</c>) and the names of the links in it, as a
    /// screen reader announces them.</summary>
    internal static async Task<IReadOnlyList<string>> FooterLinkNamesAsync(IPage page)
    {
        SerializedAXNode root = await page.Accessibility.SnapshotAsync(new AccessibilitySnapshotOptions { InterestingOnly = true });
        SerializedAXNode footer = Walk(root).FirstOrDefault(n => n.Role == "contentinfo")
            ?? throw new InvalidOperationException("The page has no footer landmark (contentinfo) in its accessibility tree.");
        return [.. Walk(footer).Where(n => n.Role == "link").Select(n => n.Name)];
    }

    private static IEnumerable<SerializedAXNode> Walk(SerializedAXNode node)
    {
        yield return node;
        foreach (SerializedAXNode child in node.Children ?? [])
        {
            foreach (SerializedAXNode descendant in Walk(child))
            {
                yield return descendant;
            }
        }
    }
}
