using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IcpCompliance.AspNetCore.Tests.Browser;
using PuppeteerSharp;
using Xunit.Abstractions;

namespace IcpCompliance.AspNetCore.Tests.InspectorOracle;

/// <summary>
/// The browser as the footer inspector's oracle: pages that hold numbers in comments, scripts, titles, templates,
/// hidden elements, inline styles, split by tags and written with character references are rendered in Chromium,
/// and the numbers in <c>document.body.innerText</c> are compared with those the inspector calls visible
/// (<see cref="InspectorUnderTest"/>). Every difference must be a listed known one (<see cref="KnownDifferences"/>).
/// </summary>
[Collection(ChromiumCollection.Name)]
public sealed class InspectorAgainstBrowserTests
{
    private const int GeneratedPages = 1000;
    private const int Seed = 25;

    private readonly ChromiumFixture _chromium;
    private readonly ITestOutputHelper _output;

    public InspectorAgainstBrowserTests(ChromiumFixture chromium, ITestOutputHelper output)
    {
        _chromium = chromium;
        _output = output;
    }

    public static TheoryData<string> Constructs => [.. Construct.All.Select(c => c.Name)];

    [BrowserTheory]
    [MemberData(nameof(Constructs))]
    public async Task Each_construct_alone_is_read_as_the_browser_reads_it_or_is_a_known_difference(string name)
    {
        Construct construct = Construct.All.Single(c => c.Name == name);
        string number = OraclePage.NumberFor(0);
        var page = new OraclePage([new Placement(number, construct.Splits ? [construct, Construct.All[0]] : [construct])]);

        await using IPage tab = await _chromium.NewPageAsync();
        Verdict verdict = await JudgeAsync(tab, page);
        bool differs = verdict.Differences.Count > 0 || verdict.Phantoms.Count > 0;

        if (KnownDifferences.Alone.TryGetValue(name, out string? reason))
        {
            Assert.True(differs, $"'{name}' is listed as a known difference ({reason}), but the inspector now reads it as Chromium does: remove it from KnownDifferences.Alone.\n{page.Html}");
        }
        else
        {
            Assert.False(differs, $"The inspector and Chromium disagree on '{name}', which is not a known difference: {verdict.Describe()}\n{page.Html}");
        }
    }

    [BrowserFact]
    public async Task Generated_pages_differ_only_where_a_known_difference_explains_it()
    {
        // One tab for every page: a new tab costs a few hundred milliseconds, a page in an open tab about ten.
        await using IPage tab = await _chromium.NewPageAsync();
        var random = new Random(Seed);
        var unexplained = new List<string>();
        var explainedBy = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < GeneratedPages; i++)
        {
            OraclePage page = OraclePage.Generate(random, i * 3);
            Verdict verdict = await JudgeAsync(tab, page);
            foreach (Placement placement in verdict.Differences)
            {
                string[] blamed = [.. placement.Constructs.Select(c => c.Name).Where(KnownDifferences.Explains)];
                if (blamed.Length == 0)
                {
                    unexplained.Add(placement.Describe() + ": Chromium " + (verdict.Browser.Contains(placement.Number) ? "shows" : "hides") + " it\n" + page.Html);
                }

                foreach (string name in blamed)
                {
                    explainedBy[name] = explainedBy.GetValueOrDefault(name) + 1;
                }
            }

            // A number the page does not hold, read by joining text the browser keeps apart or hides.
            if (verdict.Phantoms.Count > 0 && !page.Placements.Any(p => p.Constructs.Any(c => KnownDifferences.Explains(c.Name))))
            {
                unexplained.Add("the inspector reads " + string.Join(", ", verdict.Phantoms) + ", which the page does not show\n" + page.Html);
            }
        }

        foreach ((string name, int count) in explainedBy.OrderByDescending(p => p.Value))
        {
            _output.WriteLine($"{count,4} differences in {name}");
        }

        Assert.True(unexplained.Count == 0, unexplained.Count + " difference(s) no known difference explains:\n\n" + string.Join("\n\n", unexplained.Take(5)));
    }

    [BrowserFact]
    public async Task The_browser_side_reads_rendered_text_only()
    {
        await using IPage page = await _chromium.NewPageAsync();
        string number = OraclePage.NumberFor(0);
        string text = await BrowserText.InnerTextAsync(page, new OraclePage([new Placement(number, [Construct.All[0]])]).Html);
        Assert.Equal(number, text.Trim());
        Assert.Equal(["京ICP备10000000号-1"], BrowserText.VisibleNumbers("x 京ICP备10000000号-1 y", [number]));
        Assert.Empty(BrowserText.VisibleNumbers("京ICP备10000000号-12", [number]));
        Assert.Empty(BrowserText.VisibleNumbers("京ICP备10000000号-1A", [number]));
        Assert.Empty(BrowserText.VisibleNumbers("京ICP备100\n00000号-1", [number]));
    }

    private static async Task<Verdict> JudgeAsync(IPage tab, OraclePage page)
    {
        string html = page.Html;
        string[] numbers = [.. page.Placements.Select(p => p.Number)];
        IReadOnlySet<string> browser = BrowserText.VisibleNumbers(await BrowserText.InnerTextAsync(tab, html), numbers);
        IReadOnlySet<string> inspector = InspectorUnderTest.VisibleNumbers(html);
        return new Verdict(
            browser,
            inspector,
            [.. page.Placements.Where(p => browser.Contains(p.Number) != inspector.Contains(p.Number))],
            [.. inspector.Where(n => !numbers.Contains(n))]);
    }

    private sealed record Verdict(IReadOnlySet<string> Browser, IReadOnlySet<string> Inspector, IReadOnlyList<Placement> Differences, IReadOnlyList<string> Phantoms)
    {
        internal string Describe()
            => "Chromium shows [" + string.Join(", ", Browser) + "], the inspector calls visible [" + string.Join(", ", Inspector) + "]";
    }
}
