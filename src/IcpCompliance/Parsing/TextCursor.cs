using System;
using System.Runtime.CompilerServices;

namespace IcpCompliance.Parsing;

/// <summary>
/// Reads a span one logical character at a time without copying it. In lenient mode it folds full-width forms,
/// dash variants and lower-case letters as it reads, so positions always refer to the caller's original text and
/// nothing is allocated.
/// </summary>
internal ref struct TextCursor
{
    private readonly ReadOnlySpan<char> _text;
    private readonly bool _lenient;

    internal TextCursor(ReadOnlySpan<char> text, ParseMode mode)
    {
        _text = text;
        _lenient = mode == ParseMode.Lenient;
        Position = 0;
    }

    internal int Position { get; set; }

    internal readonly bool IsLenient => _lenient;

    internal readonly bool AtEnd => Position >= _text.Length;

    internal readonly int Length => _text.Length;

    /// <summary>The character at the position as it was written (no folding), or NUL at the end.</summary>
    internal readonly char PeekRaw() => Position < _text.Length ? _text[Position] : '\0';

    /// <summary>The character at the position after lenient folding, or NUL at the end.</summary>
    internal readonly char Peek() => PeekAt(Position);

    internal readonly char PeekAt(int index)
    {
        if (index >= _text.Length)
        {
            return '\0';
        }

        char c = _text[index];
        return _lenient ? Fold(c) : c;
    }

    /// <summary>Folds one character the way lenient parsing reads it: full-width ASCII to ASCII, dash variants to
    /// '-', ASCII letters to upper case.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static char Fold(char c)
    {
        // Most characters read are ASCII or CJK ideographs, which only the last step can change.
        if (c >= '\u2010')
        {
            if ((uint)(c - '\uFF01') <= '\uFF5E' - '\uFF01')
            {
                c = (char)(c - 0xFEE0);
            }
            else if ((uint)(c - '\u2010') <= '\u2014' - '\u2010' || c is '\u2212' or '\uFE63')
            {
                c = '-';
            }
        }

        return (uint)(c - 'a') <= 'z' - 'a' ? (char)(c - 32) : c;
    }

    internal void Advance(int count = 1) => Position += count;

    /// <summary>In lenient mode, skips whitespace (including the ideographic space U+3000 and no-break spaces).</summary>
    internal void SkipSpaces()
    {
        if (!_lenient)
        {
            return;
        }

        while (Position < _text.Length && IsSpace(_text[Position]))
        {
            Position++;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsSpace(char c)
    {
        if (c <= ' ')
        {
            return c is ' ' or '\t' or '\r' or '\n';
        }

        return c >= '\u00A0' && c is '\u00A0' or '\u3000' or '\u2002' or '\u2003' or '\u2009' or '\u200B' or '\uFEFF';
    }

    /// <summary>Consumes <paramref name="expected"/> if it is next (after folding).</summary>
    internal bool TryConsume(char expected)
    {
        if (Peek() == expected && !AtEnd)
        {
            Position++;
            return true;
        }

        return false;
    }

    /// <summary>Consumes the literal if it is next, character by character after folding; otherwise consumes
    /// nothing.</summary>
    internal bool TryConsume(ReadOnlySpan<char> literal)
    {
        if (!StartsWith(literal))
        {
            return false;
        }

        Position += literal.Length;
        return true;
    }

    internal readonly bool StartsWith(ReadOnlySpan<char> literal)
    {
        if (_text.Length - Position < literal.Length)
        {
            return false;
        }

        for (int i = 0; i < literal.Length; i++)
        {
            if (PeekAt(Position + i) != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The folded character is an ASCII digit.</summary>
    internal readonly bool PeekIsDigit() => !AtEnd && char.IsAsciiDigit(Peek());

    /// <summary>
    /// Reads a run of digits. Counts every digit of the run (so "too many" can be reported) but accumulates only
    /// the first 19, which is all any number here needs.
    /// </summary>
    internal int ReadDigits(out ulong value)
    {
        value = 0;
        int count = 0;
        while (Position < _text.Length)
        {
            char c = _text[Position];
            uint digit = (uint)((_lenient ? Fold(c) : c) - '0');
            if (digit > 9)
            {
                break;
            }

            if (count < 19)
            {
                value = (value * 10) + digit;
            }

            count++;
            Position++;
        }

        return count;
    }

    /// <summary>A character that never belongs in any number: a control character or half of a broken surrogate
    /// pair.</summary>
    internal readonly bool IsHostileAt(int index)
    {
        if (index >= _text.Length)
        {
            return false;
        }

        char c = _text[index];
        if (char.IsControl(c))
        {
            return true;
        }

        if (char.IsHighSurrogate(c))
        {
            return index + 1 >= _text.Length || !char.IsLowSurrogate(_text[index + 1]);
        }

        return char.IsLowSurrogate(c) && (index == 0 || !char.IsHighSurrogate(_text[index - 1]));
    }

    /// <summary>A failure at the position, reported as <see cref="ParseErrorCode.InvalidCharacter"/> when the
    /// character there is a control character or a broken surrogate: that is the more precise reason.</summary>
    internal readonly ParseFailure Fail(ParseErrorCode code, ParseDetail detail = ParseDetail.None) => FailAt(code, Position, detail);

    internal readonly ParseFailure FailAt(ParseErrorCode code, int position, ParseDetail detail = ParseDetail.None)
    {
        if (code is not ParseErrorCode.UnknownProvince and not ParseErrorCode.TooFewDigits and not ParseErrorCode.TooManyDigits
            && IsHostileAt(position))
        {
            code = ParseErrorCode.InvalidCharacter;
        }

        return new ParseFailure(code, position, detail);
    }

    /// <summary>
    /// In lenient mode, skips leading whitespace and one leading label such as <c>备案号：</c>, which real pages put
    /// before a number. A label must be followed by a colon or whitespace to count.
    /// </summary>
    internal void SkipLeadingLabel()
    {
        SkipSpaces();

        // Every label starts with one of these; most inputs start with a province character and leave here. Only
        // the labels with the first character seen are tried, longest first.
        if (!_lenient)
        {
            return;
        }

        string[]? labels = Peek() switch
        {
            '增' => LabelsZeng,
            'I' => LabelsI,
            '经' => LabelsJing,
            '公' => LabelsGong,
            '网' => LabelsWang,
            '备' => LabelsBei,
            _ => null,
        };
        if (labels is null)
        {
            return;
        }

        foreach (string label in labels)
        {
            if (!StartsWith(label))
            {
                continue;
            }

            int after = Position + label.Length;
            char next = PeekAt(after);
            if (next is ':' or '：' || (after < _text.Length && IsSpace(_text[after])))
            {
                Position = after;
                if (Peek() is ':')
                {
                    Position++;
                }

                SkipSpaces();
                return;
            }
        }
    }

    // Longest first, so "ICP备案号" is not read as a label "ICP" (which is not one anyway) and "网站备案号" wins
    // over "备案号". Compared after folding, so labels are written in upper-case ASCII. The full-width colon folds
    // to ':'.
    // Grouped by first character (no two groups can match the same text), each group in that order.
    private static readonly string[] LabelsZeng = ["增值电信业务经营许可证"];
    private static readonly string[] LabelsI = ["ICP经营许可证", "ICP备案号", "ICP证"];
    private static readonly string[] LabelsJing = ["经营许可证编号", "经营许可证"];
    private static readonly string[] LabelsGong = ["公网安备案号", "公安备案号"];
    private static readonly string[] LabelsWang = ["网站备案号"];
    private static readonly string[] LabelsBei = ["备案编号", "备案号"];
}
