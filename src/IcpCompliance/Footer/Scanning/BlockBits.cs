using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>
/// The bits of one block of <see cref="Size"/> code units, computed once with vector compares and kept, so the many
/// short stretches of text between tags in one block (a tag every ~25 characters on a typical page) cost a mask and
/// a bit scan each, not a fresh vector pass. Bit k of each mask is about the unit at <see cref="At"/> + k.
/// </summary>
/// <remarks>One body for UTF-16 and UTF-8 and for every vector width (<see cref="IUnitVector{TUnit, TBytes}"/>:
/// <see cref="Vector512{T}"/> where the hardware has it, else <see cref="Vector256{T}"/>): only the province
/// characters' test differs between the unit types, and only in its constants. A UTF-16 province character is one
/// unit in [<see cref="NumberMarkers.MinProvince"/>, <see cref="NumberMarkers.MaxProvince"/>]; in UTF-8 it is three bytes
/// whose first is 0xE4–0xE9, and the bit marks that first byte. Either way a stop is only a maybe: the scanner
/// confirms each with <see cref="NumberMarkers"/>.</remarks>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal struct BlockBits<TUnit>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <summary>The units in a block.</summary>
    internal const int Size = 64;

    /// <summary>How many units past its end a block reads: the start of the character after a province character
    /// (one UTF-16 unit; three UTF-8 bytes).</summary>
    internal static int Lookahead => PageUnits.IsUtf8<TUnit>() ? 3 : 1;

    /// <summary>The block's first offset (far before the page while there is none).</summary>
    internal int At;

    /// <summary>'&lt;', <c>&amp;#</c>, or what may start a province character not followed by another ideograph
    /// (北京市, 新闻: a province character followed by an ideograph cannot start a number unless it is 公).</summary>
    internal ulong Stops;

    /// <summary>'&lt;'.</summary>
    internal ulong Less;

    /// <summary>'&gt;'.</summary>
    internal ulong Closes;

    /// <summary>'/'.</summary>
    internal ulong Slashes;

    /// <summary>ASCII letters.</summary>
    internal ulong Letters;

    /// <summary>'a' in either case: with '&lt;' or "&lt;/" before it and no name character after it, a link's tag.</summary>
    internal ulong LinkLetters;

    /// <summary>'s', 't' and 'n' in either case: the first letters of <c>script</c>, <c>style</c>, <c>title</c>,
    /// <c>textarea</c>, <c>template</c> and <c>noscript</c>, whose content is not text to read.</summary>
    internal ulong TextNameStarts;

    /// <summary>'"'.</summary>
    internal ulong DoubleQuotes;

    /// <summary>'\''.</summary>
    internal ulong SingleQuotes;

    /// <summary>'='.</summary>
    internal ulong EqualsSigns;

    /// <summary>ASCII letters and digits, '-', ':' and '_': the characters of a tag's name.</summary>
    internal ulong Names;

    /// <summary>The first unit of "yl" or "dd" (letters in any case): the middle of <c>style</c> and <c>hidden</c>, the
    /// attributes that may hide an element. A tag with no such bit holds neither, and its attributes need no
    /// search (<see cref="HiddenContent.MayHide{TUnit}"/>); <c>ı</c> and <c>ſ</c>, which match <c>i</c> and
    /// <c>s</c> ignoring case, are not in these pairs.</summary>
    internal ulong HidingPairs;

    // 公 in UTF-8.
    private static ReadOnlySpan<byte> GongUtf8 => "公"u8;

    /// <summary>No block yet.</summary>
    internal static BlockBits<TUnit> None => new() { At = int.MinValue / 2 };

    /// <summary>Whether a block can start at <paramref name="at"/>: it and its lookahead lie inside the page.</summary>
    internal static bool Fits(int length, int at) => at >= 0 && at <= length - Size - Lookahead;

    /// <summary>Computes the bits of the <see cref="Size"/> units from <paramref name="at"/> on.</summary>
    /// <exception cref="ArgumentException">The block and its lookahead do not lie inside the page.</exception>
    /// <remarks>Not inlined: the body is inlined here instead, and its compares with it (inlined into the scanner's
    /// large methods, the JIT ran out of inlining budget and left compares as calls).</remarks>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal void Set(ReadOnlySpan<TUnit> page, int at)
    {
        // The loads below are unchecked; this one compare per block keeps them inside the page.
        Preconditions.CheckArgument(Fits(page.Length, at), "The page must hold a whole block and its lookahead from the block's start.", nameof(at));
        ref TUnit start = ref MemoryMarshal.GetReference(page);
        if (Vector512.IsHardwareAccelerated)
        {
            Set<Units512<TUnit>, Vector512<byte>>(ref start, at);
        }
        else
        {
            Set<Units256<TUnit>, Vector256<byte>>(ref start, at);
        }
    }

    /// <summary><see cref="Set(ReadOnlySpan{TUnit}, int)"/> with the vectors of <typeparamref name="TVector"/>: the
    /// one body, compiled once per vector width. Each unit is compared once, as a byte; what a mask needs of the unit
    /// after it (<c>&amp;#</c>, "yl", "dd", the character after a province character) is the mask of that unit shifted
    /// by one (three UTF-8 bytes for a character), with the lookahead's units read one by one.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Set<TVector, TBytes>(ref TUnit start, int at)
        where TVector : struct, IUnitVector<TUnit, TBytes>
        where TBytes : struct
    {
        ulong less = 0, closes = 0, doubleQuotes = 0, singleQuotes = 0, equalsSigns = 0, names = 0, slashes = 0, letterBits = 0;
        ulong linkLetters = 0, textNameStarts = 0;
        ulong ampersands = 0, hashes = 0, ys = 0, ls = 0, ds = 0, ideographs = 0, gongs = 0, gongSeconds = 0, gongThirds = 0;
        for (int k = 0; k < Size; k += TVector.Count)
        {
            TBytes bytes = TVector.Load(ref start, (nuint)(at + k), out ulong ideograph, out ulong gong);
            ideographs |= ideograph << k;
            gongs |= gong << k;
            if (PageUnits.IsUtf8<TUnit>())
            {
                gongSeconds |= TVector.Equal(bytes, GongUtf8[1]) << k;
                gongThirds |= TVector.Equal(bytes, GongUtf8[2]) << k;
            }

            less |= TVector.Equal(bytes, (byte)'<') << k;
            closes |= TVector.Equal(bytes, (byte)'>') << k;
            doubleQuotes |= TVector.Equal(bytes, (byte)'"') << k;
            singleQuotes |= TVector.Equal(bytes, (byte)'\'') << k;
            equalsSigns |= TVector.Equal(bytes, (byte)'=') << k;
            slashes |= TVector.Equal(bytes, (byte)'/') << k;
            ampersands |= TVector.Equal(bytes, (byte)'&') << k;
            hashes |= TVector.Equal(bytes, (byte)'#') << k;
            TBytes folded = TVector.Fold(bytes);
            names |= TVector.NameCharacters(bytes, folded) << k;
            letterBits |= TVector.InRange(folded, (byte)'a', 25) << k;
            linkLetters |= TVector.Equal(folded, (byte)'a') << k;
            textNameStarts |= TVector.EqualAny(folded, (byte)'s', (byte)'t', (byte)'n') << k;
            ys |= TVector.Equal(folded, (byte)'y') << k;
            ls |= TVector.Equal(folded, (byte)'l') << k;
            ds |= TVector.Equal(folded, (byte)'d') << k;
        }

        // The units after the block: bit 63 of "the next unit is" (bits 61-63 for the character after a province
        // character in UTF-8) comes from them, without a branch.
        int step = Lookahead;
        ref TUnit after = ref Unsafe.Add(ref start, at + Size);
        int next = PageUnits.Value(after);
        ulong nextHash = Bit(next == '#', 63);
        ulong nextL = Bit((next | 0x20) == 'l', 63);
        ulong nextD = Bit((next | 0x20) == 'd', 63);
        ulong nextIdeographs;
        if (PageUnits.IsUtf8<TUnit>())
        {
            nextIdeographs = Bit(IsIdeographLead(next), 61)
                | Bit(IsIdeographLead(PageUnits.Value(Unsafe.Add(ref after, 1))), 62)
                | Bit(IsIdeographLead(PageUnits.Value(Unsafe.Add(ref after, 2))), 63);
        }
        else
        {
            nextIdeographs = Bit((uint)(next - NumberMarkers.MinProvince) <= NumberMarkers.MaxProvince - NumberMarkers.MinProvince && next != '公', 63);
        }

        // A province character followed by an ideograph cannot start a number, unless the ideograph is 公 (公网安备).
        // In UTF-8 公 is its three bytes where the block holds them; a character that starts in the block's last two
        // bytes or after it is let through whenever its lead byte is 公's. (Every character from U+5000 to U+5FFF
        // shares that lead byte: 司 in 公司, 市 in 北京市, 多 in 更多 made the character before them a stop.)
        if (PageUnits.IsUtf8<TUnit>())
        {
            gongs &= ((gongSeconds >> 1) & (gongThirds >> 2)) | (0b11UL << 62);
        }

        ulong ideographFollows = ((ideographs & ~gongs) >> step) | nextIdeographs;
        ulong province = ideographs & ~ideographFollows;
        ulong reference = ampersands & ((hashes >> 1) | nextHash);
        At = at;
        Stops = province | reference | less;
        Less = less;
        Closes = closes;
        Slashes = slashes;
        Letters = letterBits;
        LinkLetters = linkLetters;
        TextNameStarts = textNameStarts;
        DoubleQuotes = doubleQuotes;
        SingleQuotes = singleQuotes;
        EqualsSigns = equalsSigns;
        Names = names;
        HidingPairs = (ys & ((ls >> 1) | nextL)) | (ds & ((ds >> 1) | nextD));
    }

    // A UTF-8 lead byte of a character in the province characters' range other than 公's.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsIdeographLead(int unit) => (uint)(unit - 0xE4) <= 0xE9 - 0xE4 && unit != 0xE5;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Bit(bool value, int position) => (ulong)Unsafe.BitCast<bool, byte>(value) << position;

    /// <summary>Whether <paramref name="at"/> lies in the block.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly bool Holds(int at) => (uint)(at - At) < Size;

    /// <summary>The first offset from <paramref name="from"/> on, inside the block, whose bit is set in
    /// <paramref name="bits"/>; −1 when there is none before the block's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly int Next(ulong bits, int from)
    {
        int k = from - At;
        if ((uint)k >= Size)
        {
            return -1;
        }

        ulong later = bits & (ulong.MaxValue << k);
        return later == 0 ? -1 : At + BitOperations.TrailingZeroCount(later);
    }

    /// <summary>The bits of the units from <paramref name="from"/> up to <paramref name="to"/>, both inside the block
    /// (<paramref name="to"/> at most its end).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal readonly ulong Range(int from, int to) => (ulong.MaxValue << (from - At)) & (ulong.MaxValue >> (Size - (to - At)));

}
