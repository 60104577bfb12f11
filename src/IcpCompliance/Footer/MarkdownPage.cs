using System;
using System.Collections.Generic;
using System.Text;

namespace IcpCompliance.Footer;

/// <summary>
/// Turns a Markdown page into the HTML the page scanner reads, keeping for each HTML character the offset of the
/// Markdown character it comes from. Only what decides where a number is and what it links to is translated:
/// inline links <c>[text](destination "title")</c> (destination also in <c>&lt;…&gt;</c>), autolinks
/// <c>&lt;https://…&gt;</c>, backslash escapes of ASCII punctuation (<c>号\-1</c>, as <c>icp footer --format
/// markdown</c> writes), code spans (their text as written) and blank lines (a paragraph break, so text on either
/// side does not join). Inline HTML is HTML, as in Markdown. Reference links, emphasis markers and the like are left
/// as text; none of them can be part of a number.
/// </summary>
internal static class MarkdownPage
{
    internal static string ToHtml(string markdown, out int[] sources)
    {
        var html = new StringBuilder(markdown.Length + 32);
        var map = new List<int>(markdown.Length + 32);
        int linkTextEnd = -1;
        int linkEnd = -1;
        int i = 0;
        while (i < markdown.Length)
        {
            char c = markdown[i];
            if (i == linkTextEnd)
            {
                Emit(html, map, "</a>", i);
                i = linkEnd;
                linkTextEnd = -1;
                continue;
            }

            if (c == '\\' && i + 1 < markdown.Length && IsAsciiPunctuation(markdown[i + 1]))
            {
                EmitText(html, map, markdown[i + 1], i + 1);
                i += 2;
                continue;
            }

            if (c == '`')
            {
                int run = Run(markdown, i, '`');
                int close = markdown.IndexOf(new string('`', run), i + run, StringComparison.Ordinal);
                if (close > 0)
                {
                    for (int k = i + run; k < close; k++)
                    {
                        EmitText(html, map, markdown[k], k);
                    }

                    i = close + run;
                    continue;
                }
            }

            if (c == '[' && linkTextEnd < 0 && TryLink(markdown, i, out int textEnd, out int end, out string destination))
            {
                Emit(html, map, "<a href=\"" + AttributeValue(destination) + "\">", i);
                linkTextEnd = textEnd;
                linkEnd = end;
                i++;
                continue;
            }

            if (c == '<' && TryAutolink(markdown, i, out int autolinkEnd))
            {
                string url = markdown[(i + 1)..(autolinkEnd - 1)];
                Emit(html, map, "<a href=\"" + AttributeValue(url) + "\">", i);
                for (int k = i + 1; k < autolinkEnd - 1; k++)
                {
                    EmitText(html, map, markdown[k], k);
                }

                Emit(html, map, "</a>", autolinkEnd - 1);
                i = autolinkEnd;
                continue;
            }

            if (c == '\n' && IsBlankLineAfter(markdown, i))
            {
                Emit(html, map, "\n<p>", i);
                i++;
                continue;
            }

            html.Append(c);
            map.Add(i);
            i++;
        }

        sources = [.. map];
        return html.ToString();
    }

    private static void Emit(StringBuilder html, List<int> map, string markup, int source)
    {
        html.Append(markup);
        for (int k = 0; k < markup.Length; k++)
        {
            map.Add(source);
        }
    }

    /// <summary>A character that is text, not markup, in the HTML.</summary>
    private static void EmitText(StringBuilder html, List<int> map, char c, int source)
    {
        switch (c)
        {
            case '<':
                Emit(html, map, "&lt;", source);
                break;
            case '&':
                Emit(html, map, "&amp;", source);
                break;
            default:
                html.Append(c);
                map.Add(source);
                break;
        }
    }

    private static string AttributeValue(string text)
        => text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    private static int Run(string text, int at, char c)
    {
        int end = at;
        while (end < text.Length && text[end] == c)
        {
            end++;
        }

        return end - at;
    }

    private static bool IsBlankLineAfter(string text, int newline)
    {
        for (int k = newline + 1; k < text.Length; k++)
        {
            if (text[k] == '\n')
            {
                return true;
            }

            if (text[k] is not (' ' or '\t' or '\r'))
            {
                return false;
            }
        }

        return false;
    }

    /// <summary>An inline link at <paramref name="open"/>: <c>[</c> text <c>](</c> destination [title] <c>)</c>, on
    /// one paragraph; <paramref name="textEnd"/> is the <c>]</c>, <paramref name="end"/> is past the <c>)</c>.</summary>
    private static bool TryLink(string text, int open, out int textEnd, out int end, out string destination)
    {
        textEnd = -1;
        end = -1;
        destination = string.Empty;
        int depth = 0;
        int k = open + 1;
        for (; k < text.Length; k++)
        {
            char c = text[k];
            if (c == '\\')
            {
                k++;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                if (depth-- == 0)
                {
                    break;
                }
            }
            else if (c == '\n' && IsBlankLineAfter(text, k))
            {
                return false;
            }
        }

        if (k + 1 >= text.Length || text[k + 1] != '(')
        {
            return false;
        }

        textEnd = k;
        int d = k + 2;
        while (d < text.Length && text[d] is ' ' or '\t' or '\n')
        {
            d++;
        }

        var value = new StringBuilder();
        if (d < text.Length && text[d] == '<')
        {
            int close = text.IndexOf('>', d + 1);
            if (close < 0 || text.AsSpan(d + 1, close - d - 1).Contains('\n'))
            {
                return false;
            }

            value.Append(Unescape(text.AsSpan(d + 1, close - d - 1)));
            d = close + 1;
        }
        else
        {
            int parentheses = 0;
            int start = d;
            while (d < text.Length && !char.IsWhiteSpace(text[d]) && !(text[d] == ')' && parentheses == 0))
            {
                parentheses += text[d] == '(' ? 1 : text[d] == ')' ? -1 : 0;
                d += text[d] == '\\' && d + 1 < text.Length ? 2 : 1;
            }

            value.Append(Unescape(text.AsSpan(start, Math.Min(d, text.Length) - start)));
        }

        while (d < text.Length && text[d] is ' ' or '\t' or '\n')
        {
            d++;
        }

        if (d < text.Length && text[d] is '"' or '\'' or '(')
        {
            char close = text[d] == '(' ? ')' : text[d];
            int titleEnd = text.IndexOf(close, d + 1);
            if (titleEnd < 0)
            {
                return false;
            }

            d = titleEnd + 1;
            while (d < text.Length && text[d] is ' ' or '\t' or '\n')
            {
                d++;
            }
        }

        if (d >= text.Length || text[d] != ')')
        {
            return false;
        }

        end = d + 1;
        destination = value.ToString();
        return true;
    }

    private static string Unescape(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        for (int k = 0; k < text.Length; k++)
        {
            if (text[k] == '\\' && k + 1 < text.Length && IsAsciiPunctuation(text[k + 1]))
            {
                k++;
            }

            builder.Append(text[k]);
        }

        return builder.ToString();
    }

    /// <summary>An autolink at <paramref name="open"/>: <c>&lt;http://…&gt;</c> or <c>&lt;https://…&gt;</c> with no
    /// space or '&lt;' inside; <paramref name="end"/> is past the '&gt;'.</summary>
    private static bool TryAutolink(string text, int open, out int end)
    {
        end = -1;
        ReadOnlySpan<char> rest = text.AsSpan(open + 1);
        if (!rest.StartsWith("http://", StringComparison.OrdinalIgnoreCase) && !rest.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        int close = rest.IndexOfAny('>', '<', ' ');
        if (close < 0 || rest[close] != '>')
        {
            return false;
        }

        end = open + 1 + close + 1;
        return true;
    }

    private static bool IsAsciiPunctuation(char c) => c is (>= '!' and <= '/') or (>= ':' and <= '@') or (>= '[' and <= '`') or (>= '{' and <= '~');
}
