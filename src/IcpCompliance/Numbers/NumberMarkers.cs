using System;
using System.Buffers;
using System.Linq;
using IcpCompliance.Regions;

namespace IcpCompliance.Numbers;

/// <summary>
/// What a filing number starts and ends with, in one place for the number readers (<see cref="IcpNumberReader"/>,
/// <see cref="PsbFilingNumber"/>, <see cref="ServiceSuffixExtensions"/>), the page scanner, its number finder and
/// the scanner's test oracle: the province characters, the markers after them (<see cref="Icp"/>,
/// <see cref="License"/>, <see cref="Psb"/>) and the index's suffix letters.
/// </summary>
internal static class NumberMarkers
{
    /// <summary>The marker of an ICP filing or license number after the province character.</summary>
    internal const string Icp = "ICP";

    /// <summary>The marker of a value-added telecom license (<c>粤B2-20090059</c>) after the province character.</summary>
    internal const string License = "B2";

    /// <summary>The marker of a PSB filing number after the province character.</summary>
    internal const string Psb = "公网安备";

    /// <summary>The letters an index may end with (<c>号-1A</c>), as the parsers read them after folding: the
    /// letters of <see cref="ServiceSuffix.App"/>, <see cref="ServiceSuffix.MiniProgram"/> and
    /// <see cref="ServiceSuffix.QuickApp"/>, in the order of their values (1, 2, 3).</summary>
    internal const string SuffixLetters = "AXK";

    /// <summary>Every province character, in every spelling the parsers accept.</summary>
    internal static readonly SearchValues<char> ProvinceCharacters =
        SearchValues.Create(Province.All.SelectMany(p => p.Characters).Distinct().ToArray());

    /// <summary>The lowest province character; every one lies in [<see cref="MinProvince"/>, <see cref="MaxProvince"/>]
    /// (a UTF-8 sequence starting with a byte from 0xE4 to 0xE9).</summary>
    internal const char MinProvince = '\u4E91';

    /// <summary>The highest province character.</summary>
    internal const char MaxProvince = '\u9ED4';

    /// <summary>What can follow a province character (before decoding, folding and skipping whitespace) when a number
    /// starts there: the first character of a marker in any lenient spelling (I, B, 公 in either width and case),
    /// whitespace, or markup or a reference that may decode to one of them.</summary>
    internal static readonly SearchValues<char> MarkerStarts = SearchValues.Create(
        "IiＩｉBbＢｂ公<& \t\r\n\u00A0\u3000\u2002\u2003\u2009\u200B\uFEFF");

    private static readonly ulong[] ProvinceBits = BuildProvinceBits();

    /// <summary>Whether <paramref name="c"/> is a province character (a bit test, no search).</summary>
    internal static bool IsProvince(int c)
    {
        if (c is < MinProvince or > MaxProvince)
        {
            return false;
        }

        int bit = c - MinProvince;
        return (ProvinceBits[bit >> 6] & (1UL << bit)) != 0;
    }

    private static ulong[] BuildProvinceBits()
    {
        var bits = new ulong[((MaxProvince - MinProvince) >> 6) + 1];
        foreach (char c in Province.All.SelectMany(p => p.Characters))
        {
            if (c is < MinProvince or > MaxProvince)
            {
                throw new InvalidOperationException("A province character lies outside the scanner's range.");
            }

            bits[(c - MinProvince) >> 6] |= 1UL << (c - MinProvince);
        }

        return bits;
    }
}
