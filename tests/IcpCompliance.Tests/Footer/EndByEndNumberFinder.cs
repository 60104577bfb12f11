using System;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Footer;

/// <summary>
/// The test oracle of <see cref="NumberFinder.LongestNumber"/>: how the finder found numbers before the readers gave
/// their valid prefixes in one pass. Every candidate end, from the longest down, that ends at a word boundary is
/// handed to the public lenient parser as a whole text; the first it accepts is the number.
/// </summary>
internal static class EndByEndNumberFinder
{
    /// <summary>As <see cref="NumberFinder.Read"/>, with the numbers found end by end.</summary>
    internal static NumberFinder.Outcome Read(ReadOnlySpan<char> text, out FilingNumber? number, out int end, out ParseError? error, out bool isPsb)
    {
        number = null;
        error = null;
        end = 0;
        int limit = Math.Min(text.Length, NumberFinder.MaxWindow);
        int marker = 1;
        while (marker < limit && TextCursor.IsSpace(text[marker]))
        {
            marker++;
        }

        isPsb = NumberFinder.StartsWithFolded(text[marker..limit], NumberMarkers.Psb);
        if (!isPsb && !NumberFinder.StartsWithFolded(text[marker..limit], NumberMarkers.Icp) && !NumberFinder.StartsWithFolded(text[marker..limit], NumberMarkers.License))
        {
            return NumberFinder.Outcome.None;
        }

        int windowEnd = marker;
        while (windowEnd < limit && NumberFinder.IsNumberCharacter(text[windowEnd]))
        {
            windowEnd++;
        }

        int longest = LongestNumber(text, marker, windowEnd, isPsb, out number);
        if (longest > 0)
        {
            if (!NumberFinder.RunsOn(text, longest, limit))
            {
                end = longest;
                return NumberFinder.Outcome.Number;
            }

            number = null;
        }

        return NumberFinder.NearMiss(text, marker, limit, isPsb, out end, out error);
    }

    /// <summary>The longest candidate end, tried one by one from the window's end down to the marker.</summary>
    internal static int LongestNumber(ReadOnlySpan<char> text, int marker, int windowEnd, bool isPsb, out FilingNumber? number)
    {
        for (int candidate = windowEnd; candidate > marker; candidate--)
        {
            char last = TextCursor.Fold(text[candidate - 1]);
            if (!(char.IsAsciiDigit(last) || last == '号' || last is 'A' or 'X' or 'K'))
            {
                continue;
            }

            char following = candidate < text.Length ? TextCursor.Fold(text[candidate]) : '\0';
            if (char.IsAsciiDigit(following) || (char.IsAsciiLetter(last) && char.IsAsciiLetter(following)))
            {
                continue;
            }

            if (isPsb)
            {
                if (PsbFilingNumber.TryParse(text[..candidate], ParseMode.Lenient, out PsbFilingNumber psb))
                {
                    number = psb;
                    return candidate;
                }
            }
            else if (FilingNumber.TryParse(text[..candidate], ParseMode.Lenient, out number))
            {
                return candidate;
            }
        }

        number = null;
        return 0;
    }
}
