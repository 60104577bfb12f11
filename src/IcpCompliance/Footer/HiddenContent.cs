using System;
using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Text;

namespace IcpCompliance.Footer;

/// <summary>
/// What a browser does not show, as far as an HTML reader can see it without CSS: the content of <c>title</c> (shown
/// in the tab), <c>textarea</c> (a form control's value), <c>template</c> (inert) and <c>noscript</c> (not rendered
/// with scripting on), and elements with the <c>hidden</c> attribute or an inline <c>display:none</c>,
/// <c>visibility:hidden</c> or <c>visibility:collapse</c>. Shared by the page scanner and its test oracle.
/// </summary>
/// <remarks>Inside an element hidden by its visibility only, a descendant that sets <c>visibility:visible</c> is shown
/// again (<see cref="ElementHiding"/>). Stylesheets, classes, <c>aria-hidden</c> (which hides from assistive
/// technology, not from the eye) and a closed <c>details</c> are beyond it: docs/footer.md lists them as known
/// limits.</remarks>
internal static class HiddenContent
{
    /// <summary>Attribute names that may hide an element; a tag that holds none of them (in any case) is read by
    /// the fast path without looking at its attributes.</summary>
    internal static readonly SearchValues<string> HidingAttributeNames = SearchValues.Create(["hidden", "style"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Elements whose content a browser never shows on the page.</summary>
    internal static bool IsHiddenElement(ReadOnlySpan<char> name)
        => name.Equals("title", StringComparison.OrdinalIgnoreCase) || name.Equals("textarea", StringComparison.OrdinalIgnoreCase)
            || name.Equals("template", StringComparison.OrdinalIgnoreCase) || name.Equals("noscript", StringComparison.OrdinalIgnoreCase);

    /// <summary>Elements that have no content (<c>&lt;img hidden&gt;</c> hides nothing after it).</summary>
    internal static bool IsVoid(ReadOnlySpan<char> name)
    {
        foreach (string element in VoidElements)
        {
            if (name.Equals(element, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] VoidElements = ["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"];

    /// <summary>
    /// What the attribute does to its element: <c>hidden</c> (whatever its value, as it is a boolean attribute) and a
    /// <c>style</c> that sets <c>display</c> to <c>none</c> are <see cref="ElementHiding.NotRendered"/>; a
    /// <c>style</c> whose <c>visibility</c> is <c>hidden</c> or <c>collapse</c> is <see cref="ElementHiding.Invisible"/>,
    /// <c>visible</c> or <c>initial</c> <see cref="ElementHiding.ShowsAgain"/>. Names and values in any case, spaces
    /// around the colon. Of the <c>visibility</c> declarations, as in CSS, the last one with a valid value wins, and an
    /// <c>!important</c> one over any without (<c>visibility:hidden;visibility:visible</c> shows);
    /// <c>inherit</c>, <c>unset</c> and <c>revert</c> leave the parent's visibility. The <c>display</c> declarations
    /// alike: the last valid one decides whether it is <c>none</c> (<c>display:none;display:block</c> shows), and a
    /// value not known to be valid is dropped.
    /// </summary>
    internal static ElementHiding Hiding(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        if (Ascii.EqualsIgnoreCase(name, "hidden"))
        {
            return ElementHiding.NotRendered;
        }

        if (!Ascii.EqualsIgnoreCase(name, "style"))
        {
            return ElementHiding.None;
        }

        ElementHiding visibility = ElementHiding.None;
        bool importantVisibility = false;
        bool displayNone = false;
        bool importantDisplay = false;
        foreach (Range declaration in value.Split(';'))
        {
            ReadOnlySpan<char> text = value[declaration];
            int colon = text.IndexOf(':');
            if (colon < 0)
            {
                continue;
            }

            ReadOnlySpan<char> property = text[..colon].Trim();
            ReadOnlySpan<char> setting = text[(colon + 1)..].Trim();
            bool important = false;
            int bang = setting.IndexOf('!');
            if (bang >= 0)
            {
                important = Ascii.EqualsIgnoreCase(setting[(bang + 1)..].Trim(), "important");
                setting = setting[..bang].TrimEnd();
            }

            if (Ascii.EqualsIgnoreCase(property, "display") && (important || !importantDisplay)
                && DisplayIsNone(setting) is bool none)
            {
                displayNone = none;
                importantDisplay = important;
            }

            if (Ascii.EqualsIgnoreCase(property, "visibility") && (important || !importantVisibility)
                && VisibilityValue(setting) is ElementHiding setTo)
            {
                visibility = setTo;
                importantVisibility = important;
            }
        }

        return displayNone ? ElementHiding.NotRendered : visibility;
    }

    // Whether a display value is none; null for a value not known here to be valid, dropped as CSS drops an invalid
    // one, so that it never undoes a none before it (a value a browser accepts but this list lacks keeps the page's
    // number hidden: an error a user can see, not a wrong "shown"). table-column and table-column-group are left
    // out: a column renders no content.
    private static bool? DisplayIsNone(ReadOnlySpan<char> value)
    {
        if (Ascii.EqualsIgnoreCase(value, "none"))
        {
            return true;
        }

        foreach (string shown in ShownDisplayValues)
        {
            if (Ascii.EqualsIgnoreCase(value, shown))
            {
                return false;
            }
        }

        return null;
    }

    private static readonly string[] ShownDisplayValues =
    [
        "block", "inline", "inline-block", "flex", "inline-flex", "grid", "inline-grid", "flow-root", "contents", "list-item",
        "table", "inline-table", "table-row-group", "table-header-group", "table-footer-group", "table-row", "table-cell", "table-caption",
        "initial", "inherit", "unset", "revert", "revert-layer",
    ];

    // What a visibility value does; null for a value CSS drops as invalid, which leaves the declaration before it.
    private static ElementHiding? VisibilityValue(ReadOnlySpan<char> value)
        => Ascii.EqualsIgnoreCase(value, "hidden") || Ascii.EqualsIgnoreCase(value, "collapse") ? ElementHiding.Invisible
            : Ascii.EqualsIgnoreCase(value, "visible") || Ascii.EqualsIgnoreCase(value, "initial") ? ElementHiding.ShowsAgain
            : Ascii.EqualsIgnoreCase(value, "inherit") || Ascii.EqualsIgnoreCase(value, "unset") || Ascii.EqualsIgnoreCase(value, "revert")
                || Ascii.EqualsIgnoreCase(value, "revert-layer") ? ElementHiding.None
            : null;

    /// <summary>How many elements that show their content again (<see cref="ElementHiding.ShowsAgain"/>) inside
    /// content hidden by visibility are read as shown, one inside another's hidden descendant: deeper ones stay
    /// hidden. Each level reads its content once more, so the cap bounds the work and the stack on a hostile page
    /// (no real footer nests visibility more than a level or two).</summary>
    internal const int MaxShownDepth = 8;

    /// <summary>Where the content of the element named <paramref name="name"/> whose start tag ends at
    /// <paramref name="from"/> ends (the '&lt;' of its end tag, or the page's end): the first end tag of that name
    /// for <see cref="IsHiddenElement"/> elements, whose content is text; otherwise the end tag that closes it,
    /// counting start and end tags of the same name and passing over comments and over the content of the elements
    /// whose content is text to the browser (<c>script</c>, <c>style</c> and the <see cref="IsHiddenElement"/> ones):
    /// a <c>&lt;/div&gt;</c> in a script inside a hidden <c>div</c> does not end it.</summary>
    internal static int ContentEnd(string html, ReadOnlySpan<char> name, int from) => ContentEnd(PageUnits.Of(html), name, from);

    /// <summary><see cref="ContentEnd(string, ReadOnlySpan{char}, int)"/> in a page's UTF-16 or UTF-8 code units.</summary>
    internal static int ContentEnd<TUnit>(ReadOnlySpan<TUnit> page, ReadOnlySpan<char> name, int from)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        => ContentEnd(page, name, from, nests: !IsHiddenElement(name));

    private static int ContentEnd<TUnit>(ReadOnlySpan<TUnit> page, ReadOnlySpan<char> name, int from, bool nests)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        PageUnits.Chars<TUnit> html = new(page);
        int depth = 1;
        int i = from;
        while (i < html.Length)
        {
            int lt = page[i..].IndexOf(PageUnits.Ascii<TUnit>('<'));
            lt = lt < 0 ? -1 : i + lt;
            if (lt < 0 || lt + 1 >= html.Length)
            {
                return html.Length;
            }

            if (nests && PageUnits.StartsWithAscii(page[lt..], "<!--"))
            {
                int close = PageUnits.IndexOf(page[(lt + 2)..], "-->", ignoreCase: false);
                if (close < 0)
                {
                    return html.Length;
                }

                i = lt + 2 + close + 3;
                continue;
            }

            bool end = html[lt + 1] == '/';
            int nameStart = lt + (end ? 2 : 1);
            int nameEnd = nameStart;
            while (nameEnd < html.Length && (char.IsAsciiLetterOrDigit(html[nameEnd]) || html[nameEnd] is '-' or ':' or '_'))
            {
                nameEnd++;
            }

            if (nameEnd - nameStart == name.Length && PageUnits.EqualsIgnoreCase(page[nameStart..nameEnd], name))
            {
                if (end)
                {
                    if (--depth == 0 || !nests)
                    {
                        return lt;
                    }
                }
                else if (nests)
                {
                    depth++;
                }
            }
            else if (nests && !end && TextElement(page[nameStart..nameEnd]) is string element)
            {
                // Up to its first end tag the element's content is text, whatever tags it spells.
                int textEnd = ContentEnd(page, element, nameEnd, nests: false);
                if (textEnd >= html.Length)
                {
                    return html.Length;
                }

                i = textEnd + 1;
                continue;
            }

            i = lt + 1;
        }

        return html.Length;
    }

    /// <summary>Where the content of the element named <paramref name="element"/>, text to the browser
    /// (<see cref="TextElement{TUnit}"/>), ends: its first end tag from <paramref name="from"/> on (the '&lt;'), or the
    /// page's end.</summary>
    internal static int TextContentEnd<TUnit>(ReadOnlySpan<TUnit> page, ReadOnlySpan<char> element, int from)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        => ContentEnd(page, element, from, nests: false);

    /// <summary>The element named, if its content is text to the browser up to its end tag: <c>script</c>,
    /// <c>style</c> and the <see cref="IsHiddenElement"/> ones; null for any other.</summary>
    internal static string? TextElement<TUnit>(ReadOnlySpan<TUnit> name)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        foreach (string element in TextElements)
        {
            if (PageUnits.EqualsIgnoreCase(name, element))
            {
                return element;
            }
        }

        return null;
    }

    private static readonly string[] TextElements = ["script", "style", "title", "textarea", "template", "noscript"];

    /// <summary><see cref="Hiding(ReadOnlySpan{char}, ReadOnlySpan{char})"/> for an attribute in a page's code units:
    /// the value is decoded only for a <c>style</c>.</summary>
    internal static ElementHiding Hiding<TUnit>(ReadOnlySpan<TUnit> name, ReadOnlySpan<TUnit> value)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        if (PageUnits.EqualsIgnoreCase(name, "hidden"))
        {
            return ElementHiding.NotRendered;
        }

        if (!PageUnits.EqualsIgnoreCase(name, "style"))
        {
            return ElementHiding.None;
        }

        return Hiding("style", PageUnits.IsUtf8<TUnit>() ? PageUnits.Decode(value) : MemoryMarshal.Cast<TUnit, char>(value));
    }

    /// <summary>Whether the start tag's attributes may hide it: they hold <c>hidden</c> or <c>style</c> in some case.
    /// A tag without either is read without looking at its attributes.</summary>
    internal static bool MayHide<TUnit>(ReadOnlySpan<TUnit> attributes)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        if (attributes.Length <= 5)
        {
            return false;
        }

        if (!PageUnits.IsUtf8<TUnit>())
        {
            return MemoryMarshal.Cast<TUnit, char>(attributes).IndexOfAny(HidingAttributeNames) >= 0;
        }

        ReadOnlySpan<byte> bytes = MemoryMarshal.Cast<TUnit, byte>(attributes);
        int i = 0;
        while (true)
        {
            int next = bytes[i..].IndexOfAny("hHsS"u8);
            if (next < 0)
            {
                return false;
            }

            i += next;
            if (PageUnits.StartsWithIgnoreCase(bytes[i..], "hidden") || PageUnits.StartsWithIgnoreCase(bytes[i..], "style"))
            {
                return true;
            }

            i++;
        }
    }
}
