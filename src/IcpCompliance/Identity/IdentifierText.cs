using System;
using IcpCompliance.Parsing;

namespace IcpCompliance.Identity;

/// <summary>
/// Reads the significant characters of an identifier into a caller's buffer without allocating, remembering where
/// each came from so errors point into the original text. In lenient mode it skips whitespace (and, when asked,
/// dashes and brackets), folds full-width characters and upper-cases ASCII letters.
/// </summary>
internal static class IdentifierText
{
    /// <summary>Collects the characters. Fails with <see cref="ParseErrorCode.Empty"/>, with
    /// <see cref="ParseErrorCode.InvalidCharacter"/> at a control character or broken surrogate, and with
    /// <see cref="ParseErrorCode.WrongLength"/> at the first character beyond the buffer.</summary>
    internal static ParseFailure Collect(ReadOnlySpan<char> text, ParseMode mode, Span<char> chars, Span<int> positions, bool skipSeparators, ParseDetail detail, out int count)
    {
        count = 0;
        var cursor = new TextCursor(text, mode);
        cursor.SkipSpaces();
        if (cursor.AtEnd)
        {
            return cursor.Fail(ParseErrorCode.Empty);
        }

        while (!cursor.AtEnd)
        {
            if (cursor.IsHostileAt(cursor.Position))
            {
                return cursor.Fail(ParseErrorCode.InvalidCharacter);
            }

            if (cursor.IsLenient && TextCursor.IsSpace(cursor.PeekRaw()))
            {
                cursor.Advance();
                continue;
            }

            char c = cursor.Peek();
            if (skipSeparators && cursor.IsLenient && c is '-' or '(' or ')' or '.')
            {
                cursor.Advance();
                continue;
            }

            if (count == chars.Length)
            {
                return cursor.Fail(ParseErrorCode.WrongLength, detail);
            }

            chars[count] = c;
            positions[count] = cursor.Position;
            count++;
            cursor.Advance();
        }

        return ParseFailure.None;
    }
}
