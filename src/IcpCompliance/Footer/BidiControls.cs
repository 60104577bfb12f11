using System;
using System.Buffers;
using System.Globalization;

namespace IcpCompliance.Footer;

/// <summary>
/// The Unicode bidirectional controls a footer refuses in caller-supplied text: the embeddings and overrides
/// (U+202A–U+202E), the isolates (U+2066–U+2069) and the marks (U+200E, U+200F, U+061C).
/// </summary>
/// <remarks>Encoding makes any text safe for HTML and Markdown, but not for the reader: a right-to-left override
/// in a copyright holder or a separator reverses what follows it on the page, numbers included, so the footer would
/// show a number other than the one it carries (the "Trojan Source" trick, CVE-2021-42574). Nothing a footer needs
/// is written with them, so they are refused with the value's name rather than silently dropped.
/// <para>Compiled into IcpCompliance.Build as well (a linked file), whose generated namespace may not hold one:
/// one list for both, and the Build project cannot see the library's internals.</para></remarks>
internal static class BidiControls
{
    /// <summary>The index of the first bidirectional control in the text, or -1.</summary>
    internal static int IndexOf(ReadOnlySpan<char> text) => text.IndexOfAny(Characters);

    /// <summary>Whether the character is one of the bidirectional controls.</summary>
    internal static bool Contains(char c) => Characters.Contains(c);

    private static readonly SearchValues<char> Characters = SearchValues.Create("\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200E\u200F\u061C");

    /// <summary>Throws when the text holds a bidirectional control.</summary>
    /// <param name="text">The caller's text, or null (nothing to check).</param>
    /// <param name="what">What the text is, for the message: "The copyright holder".</param>
    /// <param name="paramName">The property that was set.</param>
    /// <exception cref="ArgumentException">The text holds one: the message names it and its index.</exception>
    internal static void Refuse(string? text, string what, string paramName)
    {
        int index = IndexOf(text);
        if (index >= 0)
        {
            char c = text![index];
            throw new ArgumentException(
                string.Create(CultureInfo.InvariantCulture,
                    $"{what} holds U+{(int)c:X4} ({Name(c)}) at index {index}: a bidirectional control can make the footer read differently from what it says, so it is refused. "
                    + $"含有双向控制字符 U+{(int)c:X4}（索引 {index}），页脚不接受。"),
                paramName);
        }
    }

    /// <summary>The Unicode name of a bidirectional control.</summary>
    internal static string Name(char c) => c switch
    {
        '\u202A' => "LEFT-TO-RIGHT EMBEDDING",
        '\u202B' => "RIGHT-TO-LEFT EMBEDDING",
        '\u202C' => "POP DIRECTIONAL FORMATTING",
        '\u202D' => "LEFT-TO-RIGHT OVERRIDE",
        '\u202E' => "RIGHT-TO-LEFT OVERRIDE",
        '\u2066' => "LEFT-TO-RIGHT ISOLATE",
        '\u2067' => "RIGHT-TO-LEFT ISOLATE",
        '\u2068' => "FIRST STRONG ISOLATE",
        '\u2069' => "POP DIRECTIONAL ISOLATE",
        '\u200E' => "LEFT-TO-RIGHT MARK",
        '\u200F' => "RIGHT-TO-LEFT MARK",
        '\u061C' => "ARABIC LETTER MARK",
        _ => throw new ArgumentOutOfRangeException(nameof(c), c, "Not a bidirectional control."),
    };
}
