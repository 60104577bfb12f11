using System;
using System.Text;

namespace IcpCompliance.AspNetCore.Tests.InspectorOracle;

/// <summary>
/// One way a page can hold a number: a container around it (a comment, a <c>hidden</c> element, a script …) or a
/// way of writing the number itself (split by a tag, written with character references). Named, so a difference
/// between the browser and the inspector is reported by the constructs that make it.
/// </summary>
/// <param name="Name">The construct's name in reports and in the list of known differences.</param>
/// <param name="Wrap">Writes the construct around the HTML of what it holds (for a splitter: around the number's
/// text).</param>
/// <param name="Splits">Whether it rewrites the number's own text, so it must be the innermost construct.</param>
/// <param name="InHead">Whether it belongs in the page's <c>head</c>, so it must be the outermost.</param>
internal sealed record Construct(string Name, Func<string, string> Wrap, bool Splits = false, bool InHead = false)
{
    public override string ToString() => Name;

    /// <summary>Every construct the differential tests try.</summary>
    internal static readonly Construct[] All =
    [
        Container("text", inner => "<p>" + inner + "</p>"),
        Container("link", inner => "<a href=\"https://beian.miit.gov.cn/\">" + inner + "</a>"),
        Container("comment", inner => "<!-- " + inner + " -->"),
        Container("unclosed-comment-at-end", inner => "<!-- " + inner),
        Container("cdata-in-html", inner => "<![CDATA[" + inner + "]]>"),
        Container("script", inner => "<script>var footer = '" + inner + "';</script>"),
        Container("script-template", inner => "<script type=\"text/template\">" + inner + "</script>"),
        Container("style", inner => "<style>/* " + inner + " */</style>"),
        new("title-in-head", inner => "<title>" + inner + "</title>", InHead: true),
        Container("title-attribute", inner => "<span title=\"" + inner + "\">x</span>"),
        Container("img-alt", inner => "<img alt=\"" + inner + "\">"),
        Container("input-value", inner => "<input value=\"" + inner + "\">"),
        Container("template", inner => "<template>" + inner + "</template>"),
        Container("textarea", inner => "<textarea>" + inner + "</textarea>"),
        Container("noscript", inner => "<noscript>" + inner + "</noscript>"),
        Container("xmp", inner => "<xmp>" + inner + "</xmp>"),
        Container("hidden-attribute", inner => "<div hidden>" + inner + "</div>"),
        Container("hidden-attribute-on-span", inner => "<span hidden=\"hidden\">" + inner + "</span>"),
        Container("hidden-div-with-end-tag-in-script", inner => "<div hidden><script>var end = '</div>';</script>" + inner + "</div>"),
        Container("display-none-inline", inner => "<div style=\"display:none\">" + inner + "</div>"),
        Container("display-none-inline-spaced", inner => "<span style=\"color: #555; DISPLAY : None ;\">" + inner + "</span>"),
        Container("display-none-then-block", inner => "<div style=\"display:none;display:block\">" + inner + "</div>"),
        Container("display-block-then-none", inner => "<div style=\"display:block; display:none\">" + inner + "</div>"),
        Container("display-none-important-then-block", inner => "<div style=\"display:none !important;display:block\">" + inner + "</div>"),
        Container("display-none-then-invalid", inner => "<div style=\"display:none;display:nonsense\">" + inner + "</div>"),
        Container("display-none-then-inline-block", inner => "<span style=\"DISPLAY : None ; display : Inline-Block\">" + inner + "</span>"),
        Container("visibility-hidden-inline", inner => "<div style=\"visibility:hidden\">" + inner + "</div>"),
        Container("visibility-visible-inline", inner => "<span style=\"visibility:visible\">" + inner + "</span>"),
        Container("visible-inside-visibility-hidden", inner => "<div style=\"visibility:hidden\">x <span style=\"visibility:visible\">" + inner + "</span> y</div>"),
        Container("visible-inside-visibility-collapse-nested", inner => "<div style=\"visibility:collapse\"><p>x <b style=\"VISIBILITY : Visible\">" + inner + "</b></p></div>"),
        Container("after-visible-child-inside-visibility-hidden", inner => "<div style=\"visibility:hidden\"><span style=\"visibility:visible\">x</span> " + inner + "</div>"),
        Container("hidden-again-inside-visible-child", inner => "<div style=\"visibility:hidden\"><p style=\"visibility:visible\">x <span style=\"visibility:hidden\">" + inner + "</span></p></div>"),
        Container("visible-inside-hidden-inside-visible", inner => "<div style=\"visibility:hidden\"><p style=\"visibility:visible\"><span style=\"visibility:hidden\">x <b style=\"visibility:visible\">" + inner + "</b></span></p></div>"),
        Container("visible-inside-display-none", inner => "<div style=\"display:none\"><span style=\"visibility:visible\">" + inner + "</span></div>"),
        Container("visible-inside-hidden-attribute", inner => "<div hidden><span style=\"visibility:visible\">" + inner + "</span></div>"),
        Container("visible-inside-display-none-inside-visibility-hidden", inner => "<div style=\"visibility:hidden\"><div style=\"display:none\"><p style=\"visibility:visible\">" + inner + "</p></div></div>"),
        Container("visibility-last-declaration-wins", inner => "<div style=\"visibility:hidden\"><span style=\"visibility:hidden;visibility:visible\">" + inner + "</span></div>"),
        Container("visibility-last-declaration-hides", inner => "<div style=\"visibility:hidden\"><span style=\"visibility:visible; visibility:hidden\">" + inner + "</span></div>"),
        Container("visibility-important-wins", inner => "<div style=\"visibility:hidden\"><span style=\"visibility:visible !important;visibility:hidden\">" + inner + "</span></div>"),
        Container("visibility-invalid-value-dropped", inner => "<div style=\"visibility:hidden\"><span style=\"visibility:visible;visibility:nonsense\">" + inner + "</span></div>"),
        Container("visibility-inherit", inner => "<div style=\"visibility:hidden\"><span style=\"visibility:inherit\">" + inner + "</span></div>"),
        Container("visibility-initial", inner => "<div style=\"visibility:hidden\"><span style=\"visibility:initial\">" + inner + "</span></div>"),
        Container("visible-inside-visibility-hidden-link", inner => "<a href=\"https://beian.miit.gov.cn/\" style=\"visibility:hidden\">x <span style=\"visibility:visible\">" + inner + "</span></a>"),
        Container("display-none-by-stylesheet", inner => "<style>.gone{display:none}</style><div class=\"gone\">" + inner + "</div>"),
        Container("aria-hidden", inner => "<div aria-hidden=\"true\">" + inner + "</div>"),
        Container("closed-details", inner => "<details><summary>备案</summary>" + inner + "</details>"),
        Container("open-details", inner => "<details open><summary>备案</summary>" + inner + "</details>"),
        Container("svg-text", inner => "<svg width=\"400\" height=\"30\"><text x=\"0\" y=\"20\">" + inner + "</text></svg>"),
        Container("table-cell", inner => "<table><tr><td>" + inner + "</td></tr></table>"),
        Splitter("split-by-inline-tag", (head, tail) => head + "<b>" + tail[..1] + "</b>" + tail[1..]),
        Splitter("split-by-span", (head, tail) => head + "<span class=\"n\">" + tail + "</span>"),
        Splitter("split-by-block-tag", (head, tail) => head + "<div>" + tail + "</div>"),
        Splitter("split-by-br", (head, tail) => head + "<br>" + tail),
        Splitter("split-by-wbr", (head, tail) => head + "<wbr>" + tail),
        Splitter("split-by-comment", (head, tail) => head + "<!-- x -->" + tail),
        Splitter("split-by-empty-comment", (head, tail) => head + "<!---->" + tail),
        Splitter("split-by-hidden-span", (head, tail) => head + "<span hidden>0</span>" + tail),
        Splitter("split-by-display-none-span", (head, tail) => head + "<span style=\"display:none\">0</span>" + tail),
        new("decimal-references", number => Encode(number, hex: false), Splits: true),
        new("hex-references", number => Encode(number, hex: true), Splits: true),
        new("first-character-as-reference", number => "&#" + (int)number[0] + ";" + number[1..], Splits: true),
    ];

    private static Construct Container(string name, Func<string, string> wrap) => new(name, wrap);

    // Splits the number in the middle of its digits, where a split changes what is read.
    private static Construct Splitter(string name, Func<string, string, string> split)
        => new(name, number => split(number[..(number.Length / 2)], number[(number.Length / 2)..]), Splits: true);

    private static string Encode(string number, bool hex)
    {
        var b = new StringBuilder();
        foreach (char c in number)
        {
            b.Append(hex ? "&#x" + ((int)c).ToString("X", System.Globalization.CultureInfo.InvariantCulture) + ";" : "&#" + ((int)c).ToString(System.Globalization.CultureInfo.InvariantCulture) + ";");
        }

        return b.ToString();
    }
}
