using System.Text;

namespace IcpCompliance.Footer;

/// <summary>Encodes caller-supplied text for the place it goes: HTML text, HTML attribute values, Markdown.</summary>
internal static class FooterText
{
    /// <summary>Whether a separator, as rendered (control characters as spaces), reads as the index of a number
    /// that ends in 号 before it: a dash then a digit, each after any spaces, in any width (号 -9 and 号 －９ read as
    /// 号-9, as the number readers skip spaces between a number's parts).</summary>
    internal static bool RunsIntoNumber(string? separator)
    {
        if (separator is null)
        {
            return false;
        }

        int i = SkipSpaces(separator, 0);
        if (i == separator.Length || Parsing.TextCursor.Fold(separator[i]) != '-')
        {
            return false;
        }

        i = SkipSpaces(separator, i + 1);
        return i < separator.Length && char.IsAsciiDigit(Parsing.TextCursor.Fold(separator[i]));
    }

    private static int SkipSpaces(string text, int i)
    {
        while (i < text.Length && (char.IsControl(text[i]) || Parsing.TextCursor.IsSpace(text[i])))
        {
            i++;
        }

        return i;
    }

    /// <summary>Text that renders the same in every format: control characters (line breaks included) become a
    /// space, and a lone surrogate or a noncharacter (U+FDD0–U+FDEF, U+FFFE, U+FFFF and their astral kin, an HTML
    /// parse error that some parsers even read as the end of input) becomes U+FFFD.</summary>
    internal static string Normalize(string text)
    {
        StringBuilder? builder = null;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            char replacement = c;
            if (char.IsControl(c))
            {
                replacement = ' ';
            }
            else if (IsNoncharacter(c))
            {
                replacement = '\uFFFD';
            }
            else if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    if (!IsNoncharacter(char.ConvertToUtf32(c, text[i + 1])))
                    {
                        builder?.Append(c).Append(text[i + 1]);
                        i++;
                        continue;
                    }

                    // An astral noncharacter: one U+FFFD for the pair, the low surrogate skipped below.
                    builder ??= new StringBuilder(text.Length).Append(text, 0, i);
                    builder.Append('\uFFFD');
                    i++;
                    continue;
                }

                replacement = '\uFFFD';
            }
            else if (char.IsLowSurrogate(c))
            {
                replacement = '\uFFFD';
            }

            if (replacement != c && builder is null)
            {
                builder = new StringBuilder(text.Length).Append(text, 0, i);
            }

            builder?.Append(replacement);
        }

        return builder?.ToString() ?? text;
    }

    private static bool IsNoncharacter(int codePoint) => codePoint is >= 0xFDD0 and <= 0xFDEF || (codePoint & 0xFFFE) == 0xFFFE;

    /// <summary>Appends text for an HTML element's content: <c>&amp; &lt; &gt;</c> encoded.</summary>
    internal static StringBuilder AppendHtmlText(this StringBuilder builder, string text) => AppendHtml(builder, text, attribute: false);

    /// <summary>Appends text for a double-quoted HTML attribute value: <c>&amp; &lt; &gt; " '</c> encoded.</summary>
    internal static StringBuilder AppendHtmlAttribute(this StringBuilder builder, string text) => AppendHtml(builder, text, attribute: true);

    private static StringBuilder AppendHtml(StringBuilder builder, string text, bool attribute)
    {
        foreach (char c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' when attribute => builder.Append("&quot;"),
                '\'' when attribute => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder;
    }

    /// <summary>Appends text for Markdown inline content: every ASCII punctuation character is backslash-escaped
    /// (CommonMark allows escaping any of them), so nothing in the text can start a link, emphasis or raw HTML.</summary>
    internal static StringBuilder AppendMarkdownText(this StringBuilder builder, string text)
    {
        foreach (char c in text)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == ' ' || c > '\u007F')
            {
                builder.Append(c);
            }
            else
            {
                builder.Append('\\').Append(c);
            }
        }

        return builder;
    }

    /// <summary>Appends a link destination for Markdown in angle brackets, where only <c>&lt; &gt;</c> and line
    /// breaks would end it: those are percent-encoded.</summary>
    internal static StringBuilder AppendMarkdownDestination(this StringBuilder builder, string url)
    {
        builder.Append('<');
        foreach (char c in url)
        {
            _ = c switch
            {
                '<' => builder.Append("%3C"),
                '>' => builder.Append("%3E"),
                ' ' => builder.Append("%20"),
                '\\' => builder.Append("%5C"),
                _ when char.IsControl(c) => builder.Append("%20"),
                _ => builder.Append(c),
            };
        }

        return builder.Append('>');
    }
}
