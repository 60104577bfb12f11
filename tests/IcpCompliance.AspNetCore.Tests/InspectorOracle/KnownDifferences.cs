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
        ["display-none-by-stylesheet"] = "A stylesheet rule hides the element; seeing it needs the CSS cascade, beyond an HTML reader.",
        ["closed-details"] = "A closed details element shows only its summary; the inspector reads its content as text.",
    };

    /// <summary>Constructs that agree alone but make a difference around some other markup.</summary>
    internal static readonly IReadOnlyDictionary<string, string> AroundMarkup = new Dictionary<string, string>
    {
        ["xmp"] = "xmp is raw text: character references and tags in it are shown as written; the inspector decodes the references and reads the tags (a style inside hides its text).",
        ["visible-inside-visibility-collapse-nested"] = "Its p is closed by a block element inside it (HTML's implied end tags) and the b that shows its content again is reopened after that block (the adoption agency algorithm), so a browser shows content the inspector, which closes elements only by their end tags, reads as still hidden or not joined.",
        ["svg-text"] = "Inside SVG, HTML's inline tags (b, span) are unknown SVG elements and are not rendered, so their text is missing; the inspector joins it.",
    };

    internal static bool Explains(string construct) => Alone.ContainsKey(construct) || AroundMarkup.ContainsKey(construct);
}
