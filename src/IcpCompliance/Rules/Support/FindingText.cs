using System.Globalization;
using System.Text;

namespace IcpCompliance.Rules;

/// <summary>
/// Makes a finding's text safe to print, since rule messages quote what the applicant typed (names, addresses) and
/// library users print messages to terminals and logs: control characters, bidirectional and other invisible format
/// characters and line or paragraph separators become U+FFFD, a quoted value ("…" or “…”) longer than
/// <see cref="MaxQuoted"/> characters is cut, and the whole text is cut at <see cref="MaxText"/> (issue #26: a
/// subject name holding ESC [2J reached the terminal, and a 200,000-character one was printed in full).
/// </summary>
internal static class FindingText
{
    /// <summary>The longest quoted value kept whole.</summary>
    internal const int MaxQuoted = 64;

    /// <summary>The longest text kept whole.</summary>
    internal const int MaxText = 2000;

    private const char Cut = '…';

    internal static string Safe(string text)
    {
        if (IsSafe(text))
        {
            return text;
        }

        var builder = new StringBuilder(System.Math.Min(text.Length, MaxText + 1));
        int quoteStart = -1;
        char closing = '\0';
        for (int i = 0; i < text.Length && builder.Length < MaxText; i++)
        {
            char c = text[i];
            if (quoteStart >= 0 && c == closing)
            {
                quoteStart = -1;
            }
            else if (quoteStart < 0 && (c == '"' || c == '“'))
            {
                quoteStart = builder.Length + 1;
                closing = c == '"' ? '"' : '”';
            }
            else if (quoteStart >= 0 && builder.Length - quoteStart >= MaxQuoted)
            {
                // Skip the rest of the quoted value, keeping its closing quote.
                DropHalfPair(builder);
                builder.Append(Cut);
                int end = text.IndexOf(closing, i);
                if (end < 0)
                {
                    break;
                }

                builder.Append(closing);
                i = end;
                quoteStart = -1;
                continue;
            }

            builder.Append(IsUnsafe(c) || (char.IsSurrogate(c) && !IsPairAt(text, i)) ? '\uFFFD' : c);
        }

        if (builder.Length >= MaxText && builder.Length < text.Length)
        {
            DropHalfPair(builder);
            builder.Append(Cut);
        }

        return builder.ToString();
    }

    // Most messages need no change: no unsafe character, no long quoted value, not too long.
    private static bool IsSafe(string text)
    {
        if (text.Length > MaxText)
        {
            return false;
        }

        int quoteStart = -1;
        char closing = '\0';
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (IsUnsafe(c) || char.IsSurrogate(c))
            {
                return false;
            }

            if (quoteStart >= 0 && c == closing)
            {
                quoteStart = -1;
            }
            else if (quoteStart < 0 && (c == '"' || c == '“'))
            {
                quoteStart = i + 1;
                closing = c == '"' ? '"' : '”';
            }
            else if (quoteStart >= 0 && i - quoteStart >= MaxQuoted)
            {
                return false;
            }
        }

        return true;
    }

    private static void DropHalfPair(StringBuilder builder)
    {
        if (builder.Length > 0 && char.IsHighSurrogate(builder[^1]))
        {
            builder.Length--;
        }
    }

    private static bool IsPairAt(string text, int i)
        => char.IsHighSurrogate(text[i])
            ? i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])
            : i > 0 && char.IsHighSurrogate(text[i - 1]);

    private static bool IsUnsafe(char c) => CharUnicodeInfo.GetUnicodeCategory(c) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
