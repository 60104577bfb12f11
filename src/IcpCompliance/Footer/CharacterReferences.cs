using System;
using System.Numerics;
using System.Runtime.InteropServices;

namespace IcpCompliance.Footer;

/// <summary>Decodes HTML character references: numeric (<c>&amp;#20140;</c>, <c>&amp;#x4EAC;</c>) and the named ones
/// that occur around filing numbers (<c>&amp;amp;</c>, <c>&amp;nbsp;</c>, <c>&amp;copy;</c>, …).</summary>
internal static class CharacterReferences
{
    private const int Replacement = 0xFFFD;

    // Named references footers use; a named reference not listed here is left as text, which can only make the
    // inspector miss a number written with an exotic reference, never misread one.
    private static readonly (string Name, char Value)[] Named =
    [
        ("amp;", '&'), ("lt;", '<'), ("gt;", '>'), ("quot;", '"'), ("apos;", '\''), ("nbsp;", '\u00A0'),
        ("copy;", '©'), ("reg;", '®'), ("middot;", '·'), ("ensp;", '\u2002'), ("emsp;", '\u2003'),
        ("thinsp;", '\u2009'), ("ndash;", '–'), ("mdash;", '—'), ("hyphen;", '‐'), ("vert;", '|'),
    ];

    private static readonly string[] LegacyWithoutSemicolon = ["nbsp", "amp", "lt", "gt", "quot", "copy", "reg"];

    /// <summary>Reads the reference starting at <paramref name="start"/> (which holds '&amp;').</summary>
    /// <returns>How many characters the reference takes, or 0 when it is not one (the '&amp;' is then text).</returns>
    internal static int TryDecode(ReadOnlySpan<char> text, int start, out int codePoint, bool inAttribute = false)
        => TryDecode(MemoryMarshal.Cast<char, ushort>(text), start, out codePoint, inAttribute);

    /// <summary>Reads the reference starting at <paramref name="start"/> in a page's UTF-16 (<see cref="ushort"/>) or
    /// UTF-8 (<see cref="byte"/>) code units: a reference is ASCII in both.</summary>
    /// <returns>How many code units the reference takes, or 0 when it is not one.</returns>
    internal static int TryDecode<TUnit>(ReadOnlySpan<TUnit> units, int start, out int codePoint, bool inAttribute = false)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        PageUnits.Chars<TUnit> text = new(units);
        codePoint = 0;
        int i = start + 1;
        if (i >= text.Length)
        {
            return 0;
        }

        if (text[i] == '#')
        {
            i++;
            bool hex = i < text.Length && (text[i] is 'x' or 'X');
            if (hex)
            {
                i++;
            }

            int digitsStart = i;
            long value = 0;
            while (i < text.Length && (hex ? char.IsAsciiHexDigit(text[i]) : char.IsAsciiDigit(text[i])))
            {
                if (value <= 0x10FFFF)
                {
                    value = (value * (hex ? 16 : 10)) + HexValue(text[i]);
                }

                i++;
            }

            if (i == digitsStart)
            {
                return 0;
            }

            if (i < text.Length && text[i] == ';')
            {
                i++;
            }

            codePoint = value is 0 or > 0x10FFFF or (>= 0xD800 and <= 0xDFFF) ? Replacement : (int)value;
            return i - start;
        }

        ReadOnlySpan<TUnit> rest = units[i..];
        foreach ((string name, char value) in Named)
        {
            if (PageUnits.StartsWithAscii(rest, name))
            {
                codePoint = value;
                return name.Length + 1;
            }
        }

        // Browsers also read the legacy references without ';' (京ICP备&nbsp12345678号); inside an attribute, not
        // when a letter, digit or '=' follows, as in a query string's "&copy=1".
        foreach (string legacy in LegacyWithoutSemicolon)
        {
            if (PageUnits.StartsWithAscii(rest, legacy)
                && (!inAttribute || rest.Length == legacy.Length || !(char.IsAsciiLetterOrDigit(text[i + legacy.Length]) || text[i + legacy.Length] == '=')))
            {
                foreach ((string name, char value) in Named)
                {
                    if (name.Length == legacy.Length + 1 && name.StartsWith(legacy, StringComparison.Ordinal))
                    {
                        codePoint = value;
                        return legacy.Length + 1;
                    }
                }
            }
        }

        return 0;
    }

    /// <summary>The text with every reference decoded, as a browser reads an attribute value.</summary>
    internal static string Decode(ReadOnlySpan<char> text)
    {
        if (text.IndexOf('&') < 0)
        {
            return text.ToString();
        }

        var builder = new System.Text.StringBuilder(text.Length);
        int i = 0;
        while (i < text.Length)
        {
            int codePoint = 0;
            int length = text[i] == '&' ? TryDecode(text, i, out codePoint, inAttribute: true) : 0;
            if (length == 0)
            {
                builder.Append(text[i]);
                i++;
                continue;
            }

            AppendCodePoint(builder, codePoint);
            i += length;
        }

        return builder.ToString();
    }

    private static void AppendCodePoint(System.Text.StringBuilder builder, int codePoint)
    {
        if (codePoint > 0xFFFF)
        {
            builder.Append(char.ConvertFromUtf32(codePoint));
        }
        else
        {
            builder.Append((char)codePoint);
        }
    }

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;
}
