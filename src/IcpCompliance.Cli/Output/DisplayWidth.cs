using System;
using System.Globalization;

namespace IcpCompliance.Cli.Output;

/// <summary>
/// Terminal column arithmetic: CJK ideographs and full-width forms take two columns, so a caret under a position
/// in Chinese text must count them twice to land under the right character.
/// </summary>
internal static class DisplayWidth
{
    internal static int Of(string text, int length)
    {
        int width = 0;
        for (int i = 0; i < length && i < text.Length; i++)
        {
            width += Of(text[i]);
        }

        return width;
    }

    internal static int Of(char c)
    {
        if (char.IsControl(c) || char.IsLowSurrogate(c))
        {
            return 0;
        }

        return IsWide(c) ? 2 : 1;
    }

    // East Asian Wide and Full-width ranges that occur in filing numbers and the text around them.
    private static bool IsWide(char c) => c is (>= '\u1100' and <= '\u115F') or (>= '\u2E80' and <= '\u303E')
        or (>= '\u3041' and <= '\u33FF') or (>= '\u3400' and <= '\u4DBF') or (>= '\u4E00' and <= '\u9FFF')
        or (>= '\uA000' and <= '\uA4CF') or (>= '\uAC00' and <= '\uD7A3') or (>= '\uF900' and <= '\uFAFF')
        or (>= '\uFE30' and <= '\uFE4F') or (>= '\uFF00' and <= '\uFF60') or (>= '\uFFE0' and <= '\uFFE6');

    internal static string Caret(string shown, int position)
    {
        int column = 0;
        for (int i = 0; i < position && i < shown.Length; i++)
        {
            column += Of(shown[i]);
        }

        int width = position < shown.Length ? (Of(shown[position]) == 2 ? 2 : 1) : 1;
        return new string(' ', column) + new string('^', width);
    }

    internal static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
