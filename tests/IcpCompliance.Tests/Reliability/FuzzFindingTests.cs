using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Serialization;

namespace IcpCompliance.Tests.Reliability;

/// <summary>Regression tests for what fuzzing and the hostile-input tests found, one per finding (see
/// docs/reliability.md); each input is also in tests/IcpCompliance.Fuzz/regressions.</summary>
public sealed class FuzzFindingTests
{
    [Fact]
    public void A_lone_surrogate_in_json_is_a_JsonException_not_an_ArgumentException()
    {
        // Inline theory data would not do: xunit serialises it and turns a lone surrogate into U+FFFD.
        string[] inputs = ["{\"operation\":\"\uD800\"}", "\uDC00", "{\"subject\":{\"name\":\"\uD83D\"}}", "[\"\uDFFF\uD800\"]"];
        foreach (string json in inputs)
        {
            JsonException e = Assert.ThrowsAny<JsonException>(() => IcpJson.DeserializeApplication(json));
            Assert.Contains("lone surrogate", e.Message, System.StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Noncharacters_in_footer_text_become_replacement_characters_so_the_html_parses_whole()
    {
        // Found by the renderer fuzz target: U+FFFF in a caller's string went into the HTML as it was; a
        // noncharacter is an HTML parse error, and AngleSharp reads U+FFFF as the end of input, dropping the rest.
        string hostile = "A\uFFFFB\uFFFEC\uFDD0D\U0010FFFFE\U0001FFFEF";
        var content = new FooterContent(IcpFilingNumber.Parse("京ICP备12345678号-1").Value)
        {
            PsbNumber = PsbFilingNumber.Parse("京公网安备11010502000001号").Value,
            CopyrightHolder = hostile,
            Options = FooterOptions.Default with { ContainerCssClass = hostile, Separator = hostile },
        };
        foreach (FooterFormat format in new[] { FooterFormat.Html, FooterFormat.Markdown, FooterFormat.Text })
        {
            string text = FooterRenderer.Render(content, format).AsT0.Text;
            Assert.DoesNotContain(text.EnumerateRunes(), r => r.Value is >= 0xFDD0 and <= 0xFDEF || (r.Value & 0xFFFE) == 0xFFFE);
        }

        string html = FooterRenderer.Render(content).AsT0.Text;
        Assert.Contains("A\uFFFDB\uFFFDC\uFFFDD\uFFFDE\uFFFDF", html, System.StringComparison.Ordinal);
        IDocument document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + html + "</body></html>");
        Assert.Equal(2, document.QuerySelectorAll("a").Length);
        Assert.Equal("京公网安备11010502000001号", document.QuerySelectorAll("a")[1].TextContent);
    }
}
