using System;
using System.Globalization;
using System.Text;

namespace IcpCompliance.Cli.Output;

/// <summary>
/// The one terminal sanitiser. Text the tool did not write itself (names, paths, hrefs, option values, the library's
/// messages, which may quote them) reaches the terminal only through here or through <see cref="TerminalWriter"/>:
/// control characters (line breaks included), bidirectional controls and other invisible format characters, line
/// and paragraph separators and broken surrogates become '?', and the text is cut to a bound, so a hostile input
/// can neither move the cursor, recolor or clear the screen, reorder what is shown, forge a line, nor flood the
/// terminal. The bounds are documented in docs/cli.md.
/// </summary>
internal static class TerminalText
{
    /// <summary>At most this many characters of a value from the input are shown (a name, a path, an href).</summary>
    internal const int MaxQuoted = 200;

    /// <summary>At most this many characters of a message from the library are shown: it may quote the input.</summary>
    internal const int MaxMessage = 1000;

    /// <summary>No line the tool prints is longer: the rest of a longer one is dropped after <see cref="Cut"/>.</summary>
    internal const int MaxLine = 8000;

    /// <summary>What an unsafe character is shown as: one column wide, so a caret under the text stays aligned.</summary>
    internal const char Replacement = '?';

    /// <summary>Marks text that was cut.</summary>
    internal const string Cut = "…";

    /// <summary>A value from the input as one safe line of at most <see cref="MaxQuoted"/> characters, marked when cut.</summary>
    internal static string Quote(string? text) => Line(text, MaxQuoted);

    /// <summary>A message from the library as one safe line of at most <see cref="MaxMessage"/> characters.</summary>
    internal static string Message(string? text) => Line(text, MaxMessage);

    /// <summary>The text as one safe line of at most <paramref name="maxLength"/> characters, with <see cref="Cut"/>
    /// after it when it was longer.</summary>
    internal static string Line(string? text, int maxLength)
    {
        string shown = Printable(text ?? string.Empty, maxLength, out int shownLength);
        return shownLength < (text?.Length ?? 0) ? shown + Cut : shown;
    }

    /// <summary>The first <paramref name="maxLength"/> characters made safe, one for one (a caret under a position in
    /// the input lands under the same character); <paramref name="shownLength"/> is how many of them that is.</summary>
    internal static string Printable(string text, int maxLength, out int shownLength)
    {
        shownLength = Math.Min(text.Length, maxLength);
        var builder = new StringBuilder(shownLength);
        for (int i = 0; i < shownLength; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (i + 1 == shownLength)
                {
                    // A pair is shown whole or not at all.
                    shownLength--;
                    break;
                }

                builder.Append(IsUnsafe(char.ConvertToUtf32(c, text[i + 1])) ? new string(Replacement, 2) : string.Concat(c, text[i + 1]));
                i++;
                continue;
            }

            builder.Append(char.IsSurrogate(c) || IsUnsafe(c) ? Replacement : c);
        }

        return builder.ToString();
    }

    /// <summary><paramref name="text"/> itself when it fits in <paramref name="maxLength"/>, otherwise its start
    /// (never half a surrogate pair) followed by <see cref="Cut"/>.</summary>
    internal static string Shorten(string text, int maxLength)
        => text.Length <= maxLength ? text : text[..CutLength(text, maxLength)] + Cut;

    /// <summary>How many characters of <paramref name="text"/> to keep to cut it at <paramref name="maxLength"/>
    /// without splitting a surrogate pair.</summary>
    internal static int CutLength(string text, int maxLength)
        => text.Length <= maxLength ? text.Length
            : maxLength > 0 && char.IsHighSurrogate(text[maxLength - 1]) && char.IsLowSurrogate(text[maxLength]) ? maxLength - 1 : maxLength;

    /// <summary>Whether the character may not reach a terminal: a control character (C0, DEL, C1, line breaks
    /// included), a format character (bidirectional controls such as U+202E, zero-width characters, the byte-order
    /// mark, tags) or a line or paragraph separator.</summary>
    internal static bool IsUnsafe(int codePoint) => CharUnicodeInfo.GetUnicodeCategory(codePoint) is
        UnicodeCategory.Control or UnicodeCategory.Format or UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator;
}
