using System;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Footer;

/// <summary>
/// Reads the number, or the near miss, that starts with the province character at the start of a window of the
/// text a reader sees. One place for the page scanners (and their test oracle), so they recognize the same numbers.
/// </summary>
/// <remarks>
/// <para>A number is the longest span up to a word boundary that a lenient parser accepts, found in one read of the
/// window: the readers record every prefix that is a whole number as they go (<see cref="IcpNumberReader.ReadPrefixes"/>,
/// <see cref="PsbFilingNumber.ReadPrefixes"/>), instead of being asked again for each candidate end. A near miss is text that
/// starts like a number (a province character, then <see cref="NumberMarkers.Icp"/>, <see cref="NumberMarkers.License"/> or
/// <see cref="NumberMarkers.Psb"/>) and holds a digit, but that no parser accepts as it stands: a 12-digit serial, an index
/// <c>-0</c>, <c>京ICP备案1004644</c>, a PSB number whose province character does not match its digits, a NUL or
/// U+FFFD inside the digits. A valid prefix followed directly by <c>-</c> and a digit or by a control character or
/// U+FFFD is a near miss too: <c>京ICP备12345678号-0</c> is not the subject's number 京ICP备12345678号, and a number
/// with a NUL inside is not the number before the NUL.</para>
/// <para>A near miss's error comes from one parse of the near miss's own text, which reaches further than the
/// number characters (damage, 备案 before the digits).</para>
/// </remarks>
internal static class NumberFinder
{
    /// <summary>A number in lenient spelling is at most ~30 characters; whitespace between parts can add some.</summary>
    internal const int MaxWindow = 64;

    /// <summary>What <see cref="Read"/> found.</summary>
    internal enum Outcome
    {
        /// <summary>Neither a number nor a near miss.</summary>
        None,

        /// <summary>A number.</summary>
        Number,

        /// <summary>Text that looks like a number but does not parse.</summary>
        NearMiss,
    }

    /// <summary>Reads what starts at the window's first character (a province character).</summary>
    /// <param name="text">The decoded text from the province character on.</param>
    /// <param name="number">The number, for <see cref="Outcome.Number"/>.</param>
    /// <param name="end">Where the number or near miss ends in <paramref name="text"/>.</param>
    /// <param name="error">Why the near miss does not parse, for <see cref="Outcome.NearMiss"/>; its position is in
    /// the near miss's text (<paramref name="text"/> up to <paramref name="end"/>).</param>
    /// <param name="isPsb">Whether the text has the PSB marker.</param>
    internal static Outcome Read(ReadOnlySpan<char> text, out FilingNumber? number, out int end, out ParseError? error, out bool isPsb)
    {
        number = null;
        error = null;
        end = 0;
        int limit = Math.Min(text.Length, MaxWindow);
        int marker = 1;
        while (marker < limit && TextCursor.IsSpace(text[marker]))
        {
            marker++;
        }

        isPsb = StartsWithFolded(text[marker..limit], NumberMarkers.Psb);
        if (!isPsb && !StartsWithFolded(text[marker..limit], NumberMarkers.Icp) && !StartsWithFolded(text[marker..limit], NumberMarkers.License))
        {
            return Outcome.None;
        }

        int windowEnd = marker;
        while (windowEnd < limit && IsNumberCharacter(text[windowEnd]))
        {
            windowEnd++;
        }

        int longest = LongestNumber(text, windowEnd, isPsb, out number);
        if (longest > 0)
        {
            if (!RunsOn(text, longest, limit))
            {
                end = longest;
                return Outcome.Number;
            }

            number = null;
        }

        return NearMiss(text, marker, limit, isPsb, out end, out error);
    }

    /// <summary>The longest number at the text's start that ends at a word boundary and within the window of number
    /// characters: the readers read the window once and give every prefix that is a whole number; the longest at a
    /// boundary wins. 0 when there is none.</summary>
    internal static int LongestNumber(ReadOnlySpan<char> text, int windowEnd, bool isPsb, out FilingNumber? number)
    {
        number = null;
        if (isPsb)
        {
            var psb = default(NumberPrefixes<PsbFilingNumber>);
            _ = PsbFilingNumber.ReadPrefixes(text[..windowEnd], ref psb);
            for (int k = psb.Count - 1; k >= 0; k--)
            {
                if (EndsAtBoundary(text, psb.End(k)))
                {
                    number = psb.Read(k);
                    return psb.End(k);
                }
            }

            return 0;
        }

        var icp = default(NumberPrefixes<IcpNumberParts>);
        _ = IcpNumberReader.ReadPrefixes(text[..windowEnd], ref icp);
        for (int k = icp.Count - 1; k >= 0; k--)
        {
            if (EndsAtBoundary(text, icp.End(k)))
            {
                number = IcpNumberReader.ToFilingNumber(icp.Read(k));
                return icp.End(k);
            }
        }

        return 0;
    }

    /// <summary>Whether a number may end before <paramref name="end"/>: after a digit, 号 or suffix letter, where digits
    /// do not run on into digits (号-12024), nor a suffix letter into a word (号-1Apple); "号-1All rights" still ends
    /// after the 1.</summary>
    internal static bool EndsAtBoundary(ReadOnlySpan<char> text, int end)
    {
        char last = TextCursor.Fold(text[end - 1]);
        if (!(char.IsAsciiDigit(last) || last == '号' || NumberMarkers.SuffixLetters.Contains(last, StringComparison.Ordinal)))
        {
            return false;
        }

        char following = end < text.Length ? TextCursor.Fold(text[end]) : '\0';
        return !(char.IsAsciiDigit(following) || (char.IsAsciiLetter(last) && char.IsAsciiLetter(following)));
    }

    /// <summary>Whether a valid prefix is followed directly by what makes it part of something longer: a dash and a
    /// digit (an index the parser refused, such as <c>-0</c>), or a control character or U+FFFD with more of a
    /// number after it (a damaged number).</summary>
    internal static bool RunsOn(ReadOnlySpan<char> text, int at, int limit)
    {
        if (at >= limit)
        {
            return false;
        }

        char c = text[at];
        char next = at + 1 < limit ? text[at + 1] : ' ';
        if (IsDamage(c))
        {
            // A NUL after a whole number is invisible and harmless; one between its parts breaks it.
            return char.IsAsciiDigit(TextCursor.Fold(next)) || next == '号';
        }

        return TextCursor.Fold(c) == '-' && (char.IsAsciiDigit(TextCursor.Fold(next)) || IsDamage(next));
    }

    /// <summary>The near miss from the marker on: the number characters, ideographs before the first digit
    /// (<c>备案</c>), control characters and U+FFFD, cut after its last digit, 号 or letter; none without a digit
    /// (<c>京ICP备案号：</c> is a label).</summary>
    internal static Outcome NearMiss(ReadOnlySpan<char> text, int marker, int limit, bool psb, out int end, out ParseError? error)
    {
        end = 0;
        error = null;
        bool digit = false;
        int i = marker;
        int last = -1;
        while (i < limit)
        {
            char c = text[i];
            char f = TextCursor.Fold(c);
            // 备案 before the digits is a typo; a province character starts the next number (京ICP备案号京ICP备…).
            bool ideographBeforeDigits = !digit && c is >= '\u4E00' and <= '\u9FFF' && !NumberMarkers.IsProvince(c);
            if (!(IsNumberCharacter(c) || IsDamage(c) || ideographBeforeDigits))
            {
                break;
            }

            if (char.IsAsciiDigit(f))
            {
                digit = true;
            }

            if (char.IsAsciiLetterOrDigit(f) || f == '号' || IsDamage(c))
            {
                last = i;
            }

            i++;
        }

        if (!digit || last < 0)
        {
            return Outcome.None;
        }

        end = last + 1;
        string shown = new(text[..end]);
        error = psb
            ? PsbFilingNumber.Parse(shown, ParseMode.Lenient).Match(_ => (ParseError?)null, e => e)
            : FilingNumber.Parse(shown, ParseMode.Lenient).Match(_ => (ParseError?)null, e => e);
        return error is null ? Outcome.None : Outcome.NearMiss;
    }

    /// <summary>A character that has no place in a number and is no word boundary either: a control character
    /// (NUL) or U+FFFD, what an invalid byte decodes to.</summary>
    internal static bool IsDamage(char c) => c == '\uFFFD' || (char.IsControl(c) && !TextCursor.IsSpace(c));

    internal static bool StartsWithFolded(ReadOnlySpan<char> text, string literal)
    {
        if (text.Length < literal.Length)
        {
            return false;
        }

        for (int i = 0; i < literal.Length; i++)
        {
            if (TextCursor.Fold(text[i]) != literal[i])
            {
                return false;
            }
        }

        return true;
    }

    internal static bool IsNumberCharacter(char c)
    {
        char f = TextCursor.Fold(c);
        return char.IsAsciiLetterOrDigit(f) || f is '-' or '备' or '证' or '号' or '公' or '网' or '安' || TextCursor.IsSpace(c);
    }
}
