using System;
using System.Numerics;

namespace IcpCompliance.Footer;

/// <summary>
/// Decodes, into a small window, the text a reader sees from a candidate on: character references and UTF-8 decoded,
/// inline tags, comments and hidden content dropped (the text on either side joins), up to the first block-level tag,
/// script or other markup that breaks text, or the window's end. Each character keeps its source offset. Nothing
/// beyond the window is decoded, so memory is constant in the page size.
/// </summary>
internal static class TextWindow
{
    /// <summary>Decodes the text from <paramref name="start"/> on into <paramref name="window"/> (with each
    /// character's offset in <paramref name="sources"/>); a number that starts inside a link ends with it.</summary>
    /// <returns>How many characters the window holds.</returns>
    internal static int Read<TUnit>(ReadOnlySpan<TUnit> page, in MarkupReader<TUnit> markup, int start, Span<char> window, Span<int> sources)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        PageUnits.Chars<TUnit> html = new(page);
        bool startedInLink = markup.InLink;
        int n = 0;
        int i = start;
        while (i < html.Length && n < window.Length)
        {
            char c = html[i];
            int codePoint;
            int length;
            if (c == '<')
            {
                // A number that starts inside a link ends with it: the link's text is the number, and digits right
                // after </a> (a year, a counter) are not its index.
                if (startedInLink && markup.IsLinkBoundary(i))
                {
                    break;
                }

                int skipped = markup.SkipInlineMarkup(i, out bool literal);
                if (!literal)
                {
                    if (skipped < 0)
                    {
                        break;
                    }

                    i = skipped;
                    continue;
                }

                codePoint = c;
                length = 1;
            }
            else if (c == '&')
            {
                length = CharacterReferences.TryDecode(page, i, out codePoint);
                if (length == 0)
                {
                    codePoint = c;
                    length = 1;
                }
            }
            else
            {
                codePoint = PageUnits.CodePointAt(page, i, out length);
            }

            n = Append(codePoint, i, window, sources, n);
            i += length;
        }

        return n;
    }

    /// <summary>Decodes content read as written (a comment's, a script's) from <paramref name="start"/> up to
    /// <paramref name="end"/>, as far as the window holds.</summary>
    /// <returns>How many characters the window holds.</returns>
    internal static int ReadRaw<TUnit>(ReadOnlySpan<TUnit> page, int start, int end, Span<char> window, Span<int> sources)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        int n = 0;
        int i = start;
        while (i < end && n < window.Length)
        {
            int codePoint = PageUnits.CodePointAt(page, i, out int length);
            n = Append(codePoint, i, window, sources, n);
            i += length;
        }

        return n;
    }

    // A code point beyond the BMP takes two characters, both at its source; the second is dropped when the window
    // is full, as the UTF-16 text's window would end between them.
    private static int Append(int codePoint, int source, Span<char> window, Span<int> sources, int n)
    {
        if (codePoint > 0xFFFF)
        {
            window[n] = (char)(((codePoint - 0x10000) >> 10) + 0xD800);
            sources[n++] = source;
            if (n == window.Length)
            {
                return n;
            }

            window[n] = (char)(((codePoint - 0x10000) & 0x3FF) + 0xDC00);
        }
        else
        {
            window[n] = (char)codePoint;
        }

        sources[n++] = source;
        return n;
    }
}
