using System.Collections.Generic;

namespace IcpCompliance.AspNetCore.Tests.InspectorOracle;

/// <summary>
/// Where today's footer inspector and Chromium disagree about which numbers a visitor sees, construct by construct,
/// with the reason. The differential tests fail on any difference not listed here, and on any listed construct that
/// no longer makes a difference, so this list stays the exact set of known limits: when the inspector learns a rule,
/// remove its entry; what is left belongs in docs/footer.md's known limits.
/// </summary>
internal static class KnownDifferences
{
    /// <summary>Constructs that make a difference on their own (the browser's verdict differs from the inspector's
    /// for a number in them).</summary>
    internal static readonly IReadOnlyDictionary<string, string> Alone = new Dictionary<string, string>
    {
        ["title-in-head"] = "A title is shown in the tab, not the page; the inspector reads it as page text.",
        ["template"] = "A template's content is inert and not rendered until a script uses it; the inspector reads it as text.",
        ["textarea"] = "A textarea's content is the form control's value, not page text (not in innerText); the inspector reads it as text.",
        ["noscript"] = "With scripting on, as in every browser by default, noscript's content is not rendered; the inspector reads it as text.",
        ["hidden-attribute"] = "The hidden attribute hides the element; the inspector does not read attributes other than href.",
        ["hidden-attribute-on-span"] = "The hidden attribute hides an inline element too; the inspector does not read it.",
        ["display-none-inline"] = "An inline style display:none hides the element; the inspector does not read style attributes.",
        ["display-none-inline-spaced"] = "display:none written with spaces and in upper case (CSS is case-insensitive) hides the element too.",
        ["visibility-hidden-inline"] = "An inline style visibility:hidden hides the text (its space is kept); the inspector does not read it.",
        ["display-none-by-stylesheet"] = "A stylesheet rule hides the element; seeing it needs the CSS cascade, beyond an HTML reader.",
        ["closed-details"] = "A closed details element shows only its summary; the inspector reads its content as text.",
        ["split-by-wbr"] = "wbr only marks where a line may break and joins the text around it; the inspector ends the text at it.",
        ["split-by-comment"] = "A comment inside a number does not break the rendered text; the inspector ends the text at it.",
        ["split-by-empty-comment"] = "An empty comment (<!---->) inside a number does not break the text either.",
        ["split-by-hidden-span"] = "A digit in a hidden span inside a number is not shown; the inspector reads it into the number and reports a number the page does not show.",
        ["split-by-display-none-span"] = "A digit in a display:none span inside a number is not shown; the inspector reads it into the number.",
    };

    /// <summary>Constructs that agree alone but make a difference around some other markup.</summary>
    internal static readonly IReadOnlyDictionary<string, string> AroundMarkup = new Dictionary<string, string>
    {
        ["xmp"] = "xmp is raw text: character references and tags in it are shown as written; the inspector decodes the references and reads the tags (a style inside hides its text).",
        ["svg-text"] = "Inside SVG, HTML's inline tags (b, span) are unknown SVG elements and are not rendered, so their text is missing; the inspector joins it.",
    };

    internal static bool Explains(string construct) => Alone.ContainsKey(construct) || AroundMarkup.ContainsKey(construct);
}
