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
/// <remarks>One body for UTF-16 and UTF-8 and for every vector width (<see cref="IUnitVector{TUnit}"/>:
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

    /// <summary>'&gt;'.</summary>
    internal ulong Closes;

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
            Set<Units512<TUnit>>(ref start, at);
        }
        else
        {
            Set<Units256<TUnit>>(ref start, at);
        }
    }

    /// <summary><see cref="Set(ReadOnlySpan{TUnit}, int)"/> with the compares of <typeparamref name="TVector"/>: the
    /// one body, compiled once per vector width.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Set<TVector>(ref TUnit start, int at)
        where TVector : struct, IUnitVector<TUnit>
    {
        int step = Lookahead;
        TUnit low = PageUnits.Unit<TUnit>(PageUnits.IsUtf8<TUnit>() ? 0xE4 : NumberMarkers.MinProvince);
        TUnit width = PageUnits.Unit<TUnit>(PageUnits.IsUtf8<TUnit>() ? 0xE9 - 0xE4 : NumberMarkers.MaxProvince - NumberMarkers.MinProvince);

        // 公 may follow (公网安备); in UTF-8 every character whose first byte is 公's (0xE5) is let through.
        TUnit gong = PageUnits.Unit<TUnit>(PageUnits.IsUtf8<TUnit>() ? 0xE5 : '公');
        TUnit exact = TUnit.Zero;
        TUnit anyCase = PageUnits.Unit<TUnit>(0x20);
        ulong stops = 0, closes = 0, doubleQuotes = 0, singleQuotes = 0, equalsSigns = 0, names = 0, hidingPairs = 0;
        for (int k = 0; k < Size; k += TVector.Count)
        {
            nuint i = (nuint)(at + k);
            nuint next = i + (nuint)step;
            ulong ideographFollows = TVector.InRange(ref start, next, low, width, exact)
                & ~TVector.Equal(ref start, next, gong, exact);
            ulong province = TVector.InRange(ref start, i, low, width, exact) & ~ideographFollows;
            ulong reference = TVector.Equal(ref start, i, Unit('&'), exact)
                & TVector.Equal(ref start, i + 1, Unit('#'), exact);
            stops |= (province | reference | TVector.Equal(ref start, i, Unit('<'), exact)) << k;
            closes |= TVector.Equal(ref start, i, Unit('>'), exact) << k;
            doubleQuotes |= TVector.Equal(ref start, i, Unit('"'), exact) << k;
            singleQuotes |= TVector.Equal(ref start, i, Unit('\''), exact) << k;
            equalsSigns |= TVector.Equal(ref start, i, Unit('='), exact) << k;
            ulong letters = TVector.InRange(ref start, i, Unit('a'), Unit((char)25), anyCase);
            ulong digits = TVector.InRange(ref start, i, Unit('0'), Unit((char)9), exact);
            ulong punctuation = TVector.Equal(ref start, i, Unit('-'), exact) | TVector.Equal(ref start, i, Unit(':'), exact)
                | TVector.Equal(ref start, i, Unit('_'), exact);
            names |= (letters | digits | punctuation) << k;
            ulong yl = TVector.Equal(ref start, i, Unit('y'), anyCase) & TVector.Equal(ref start, i + 1, Unit('l'), anyCase);
            ulong dd = TVector.Equal(ref start, i, Unit('d'), anyCase) & TVector.Equal(ref start, i + 1, Unit('d'), anyCase);
            hidingPairs |= (yl | dd) << k;
        }

        At = at;
        Stops = stops;
        Closes = closes;
        DoubleQuotes = doubleQuotes;
        SingleQuotes = singleQuotes;
        EqualsSigns = equalsSigns;
        Names = names;
        HidingPairs = hidingPairs;
    }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static TUnit Unit(char c) => PageUnits.Unit<TUnit>(c);
}
