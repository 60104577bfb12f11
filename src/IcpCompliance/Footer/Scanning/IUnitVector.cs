using System.Numerics;

namespace IcpCompliance.Footer;

/// <summary>
/// What <see cref="BlockBits{TUnit}"/> does with a vector of code units, so that its one body runs on the widest vectors
/// the hardware has (<see cref="Units512{TUnit}"/> with AVX-512, else <see cref="Units256{TUnit}"/>): the units are
/// loaded as one byte each (<typeparamref name="TBytes"/>), and every ASCII class the scanner needs is one byte compare
/// giving a bit per unit, whatever the unit's width. The body combines the bits as integers, which on AVX-512 stay in
/// mask registers up to one move each. The JIT compiles the body once per width with these calls inlined.
/// </summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
/// <typeparam name="TBytes">The byte vector of the width.</typeparam>
internal interface IUnitVector<TUnit, TBytes>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
    where TBytes : struct
{
    /// <summary>The units loaded at once: as many as <typeparamref name="TBytes"/> has bytes.</summary>
    static abstract int Count { get; }

    /// <summary>The <see cref="Count"/> units from <paramref name="at"/> on, one byte each: an ASCII unit as itself, any
    /// other as a byte from 0x80 up or 0 (a UTF-16 unit above 0xFF saturates), which no ASCII compare matches. Bit k of
    /// <paramref name="ideographs"/>: the unit at <paramref name="at"/> + k starts a character in the province
    /// characters' range (in UTF-8, a lead byte 0xE4–0xE9); of <paramref name="gong"/>: it starts 公 (in UTF-8, any
    /// character whose lead byte is 公's). Unchecked.</summary>
    static abstract TBytes Load(ref TUnit start, nuint at, out ulong ideographs, out ulong gong);

    /// <summary>Bit k: byte k is <paramref name="value"/>.</summary>
    static abstract ulong Equal(TBytes bytes, byte value);

    /// <summary>Bit k: byte k lies in [<paramref name="low"/>, <paramref name="low"/> + <paramref name="width"/>].</summary>
    static abstract ulong InRange(TBytes bytes, byte low, byte width);

    /// <summary>Bit k: byte k is one of <paramref name="a"/>, <paramref name="b"/> and <paramref name="c"/> (the three
    /// compares combined before their bits are taken, which on AVX-512 stays in mask registers).</summary>
    static abstract ulong EqualAny(TBytes bytes, byte a, byte b, byte c);

    /// <summary>Bit k: byte k is a character of a tag's name (an ASCII letter or digit, '-', ':' or '_'), with
    /// <paramref name="folded"/> the bytes <see cref="Fold"/> gave; combined before the bits are taken.</summary>
    static abstract ulong NameCharacters(TBytes bytes, TBytes folded);

    /// <summary>The bytes with 0x20 set: an ASCII letter in lower case, whatever its case.</summary>
    static abstract TBytes Fold(TBytes bytes);
}
