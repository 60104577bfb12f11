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
/// <remarks>Stylesheets, classes, <c>aria-hidden</c> (which hides from assistive technology, not from the eye), a
/// closed <c>details</c> and a child that sets <c>visibility:visible</c> again are beyond it: docs/footer.md lists
/// them as known limits.</remarks>
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

    /// <summary>Whether the attribute hides its element: <c>hidden</c> (whatever its value, as it is a boolean
    /// attribute), or a <c>style</c> whose declarations set <c>display</c> to <c>none</c> or <c>visibility</c> to
    /// <c>hidden</c> or <c>collapse</c> (names and values in any case, spaces around the colon, <c>!important</c>).</summary>
    internal static bool Hides(ReadOnlySpan<char> name, ReadOnlySpan<char> value)
    {
        if (Ascii.EqualsIgnoreCase(name, "hidden"))
        {
            return true;
        }

        if (!Ascii.EqualsIgnoreCase(name, "style"))
        {
            return false;
        }

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
            int important = setting.IndexOf('!');
            if (important >= 0)
            {
                setting = setting[..important].TrimEnd();
            }

            if ((Ascii.EqualsIgnoreCase(property, "display") && Ascii.EqualsIgnoreCase(setting, "none"))
                || (Ascii.EqualsIgnoreCase(property, "visibility")
                    && (Ascii.EqualsIgnoreCase(setting, "hidden") || Ascii.EqualsIgnoreCase(setting, "collapse"))))
            {
                return true;
            }
        }

        return false;
    }

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

    /// <summary><see cref="Hides(ReadOnlySpan{char}, ReadOnlySpan{char})"/> for an attribute in a page's code units:
    /// the value is decoded only for a <c>style</c>.</summary>
    internal static bool Hides<TUnit>(ReadOnlySpan<TUnit> name, ReadOnlySpan<TUnit> value)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        if (PageUnits.EqualsIgnoreCase(name, "hidden"))
        {
            return true;
        }

        if (!PageUnits.EqualsIgnoreCase(name, "style"))
        {
            return false;
        }

        return Hides("style", PageUnits.IsUtf8<TUnit>() ? PageUnits.Decode(value) : MemoryMarshal.Cast<TUnit, char>(value));
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
