using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using PuppeteerSharp;

namespace IcpCompliance.AspNetCore.Tests.InspectorOracle;

/// <summary>The browser's side: which of a page's numbers are in <c>document.body.innerText</c>, the text that
/// Chromium renders (what a visitor can read and copy; not <c>display:none</c>, <c>visibility:hidden</c>, comments,
/// scripts, the head, or form controls' values).</summary>
internal static class BrowserText
{
    internal static async Task<string> InnerTextAsync(IPage page, string html)
    {
        await page.SetContentAsync(html);
        return await page.EvaluateExpressionAsync<string>("document.body.innerText");
    }

    /// <summary>The numbers that stand whole in the text: not run on into a longer number by a digit, a letter or
    /// a hyphen after them.</summary>
    internal static IReadOnlySet<string> VisibleNumbers(string innerText, IEnumerable<string> numbers)
        => numbers.Where(n => StandsWhole(innerText, n)).ToHashSet();

    private static bool StandsWhole(string text, string number)
    {
        for (int at = text.IndexOf(number, StringComparison.Ordinal); at >= 0; at = text.IndexOf(number, at + 1, StringComparison.Ordinal))
        {
            int after = at + number.Length;
            if (after == text.Length || !(char.IsAsciiLetterOrDigit(text[after]) || text[after] == '-'))
            {
                return true;
            }
        }

        return false;
    }
}
