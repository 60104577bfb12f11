using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Text;

namespace IcpCompliance.Footer;

/// <summary>
/// What the scanner needs of a page's code units, UTF-16 (<see cref="ushort"/>) and UTF-8 (<see cref="byte"/>)
/// alike. Markup, character references and the markers' ASCII letters are ASCII in both encodings, so they are read
/// unit by unit; text is decoded to UTF-16 characters only where a number may be. Each method is compiled once per
/// unit type, and the checks of the unit type fold away.
/// </summary>
internal static class PageUnits
{
    /// <summary>Whether the units are UTF-8 bytes (else UTF-16 code units).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static bool IsUtf8<TUnit>() => typeof(TUnit) == typeof(byte);

    /// <summary>A string's UTF-16 code units, as the scanner reads them.</summary>
    internal static ReadOnlySpan<ushort> Of(string text) => MemoryMarshal.Cast<char, ushort>(text.AsSpan());

    /// <summary>The units read as characters: the character itself in UTF-16; in UTF-8 an ASCII byte is its
    /// character and any other byte a character from U+0080 to U+00FF, which no markup, reference or marker letter
    /// equals.</summary>
    internal readonly ref struct Chars<TUnit>(ReadOnlySpan<TUnit> units)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        private readonly ReadOnlySpan<TUnit> _units = units;

        /// <summary>The number of units.</summary>
        internal int Length => _units.Length;

        /// <summary>The unit at <paramref name="index"/> as a character.</summary>
        internal char this[int index]
        {
            [MethodImpl(MethodImplOptions.AggressiveInlining)]
            get => (char)Value(_units[index]);
        }
    }

    /// <summary>The unit of an ASCII character.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TUnit Ascii<TUnit>(char c)
        where TUnit : unmanaged, IBinaryInteger<TUnit> => Unit<TUnit>(c);

    /// <summary>A unit's value. A bit cast, not <c>CreateTruncating</c>: in the scanner's large methods the JIT ran out
    /// of inlining budget and left generic-math conversions as calls (perf showed them in the UTF-8 scan).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int Value<TUnit>(TUnit unit)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        => IsUtf8<TUnit>() ? Unsafe.BitCast<TUnit, byte>(unit) : Unsafe.BitCast<TUnit, ushort>(unit);

    /// <summary>The unit whose value is <paramref name="value"/>'s low 8 (UTF-8) or 16 (UTF-16) bits, as a bit cast.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static TUnit Unit<TUnit>(int value)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        => IsUtf8<TUnit>() ? Unsafe.BitCast<byte, TUnit>((byte)value) : Unsafe.BitCast<ushort, TUnit>((ushort)value);

    /// <summary>The code point that starts at <paramref name="at"/> and how many units it takes: a UTF-16 unit is
    /// returned as it is (a surrogate too, as a string holds it); a UTF-8 sequence is decoded, an invalid one to
    /// U+FFFD over the units <see cref="Encoding.UTF8"/> replaces, so both read the same text.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static int CodePointAt<TUnit>(ReadOnlySpan<TUnit> units, int at, out int length)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        int unit = Value(units[at]);
        if (!IsUtf8<TUnit>() || unit < 0x80)
        {
            length = 1;
            return unit;
        }

        Rune.DecodeFromUtf8(MemoryMarshal.Cast<TUnit, byte>(units[at..]), out Rune rune, out length);
        return rune.Value;
    }

    /// <summary>Whether <paramref name="units"/> start with the ASCII <paramref name="literal"/>, exactly.</summary>
    internal static bool StartsWithAscii<TUnit>(ReadOnlySpan<TUnit> units, string literal)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        if (units.Length < literal.Length)
        {
            return false;
        }

        for (int k = 0; k < literal.Length; k++)
        {
            if (Value(units[k]) != literal[k])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether <paramref name="units"/> start with the ASCII <paramref name="literal"/>, ASCII letters in
    /// any case.</summary>
    internal static bool StartsWithIgnoreCase<TUnit>(ReadOnlySpan<TUnit> units, ReadOnlySpan<char> literal)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        if (units.Length < literal.Length)
        {
            return false;
        }

        for (int k = 0; k < literal.Length; k++)
        {
            int c = Value(units[k]);
            char l = literal[k];
            if (char.IsAsciiLetter(l) ? (c | 0x20) != (l | 0x20) : c != l)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Whether the units are the ASCII <paramref name="literal"/>, ASCII letters in any case.</summary>
    internal static bool EqualsIgnoreCase<TUnit>(ReadOnlySpan<TUnit> units, ReadOnlySpan<char> literal)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        => units.Length == literal.Length && StartsWithIgnoreCase(units, literal);

    /// <summary>The first place the ASCII <paramref name="lowerLiteral"/>, whose first character is no letter, starts
    /// (letters in any case when <paramref name="ignoreCase"/>), −1 when there is none: a vectorised search for the
    /// first character, then a comparison.</summary>
    internal static int IndexOf<TUnit>(ReadOnlySpan<TUnit> units, string lowerLiteral, bool ignoreCase)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        TUnit first = Ascii<TUnit>(lowerLiteral[0]);
        int from = 0;
        while (true)
        {
            int next = units[from..].IndexOf(first);
            if (next < 0)
            {
                return -1;
            }

            int at = from + next;
            ReadOnlySpan<TUnit> rest = units[at..];
            if (ignoreCase ? StartsWithIgnoreCase(rest, lowerLiteral) : StartsWithAscii(rest, lowerLiteral))
            {
                return at;
            }

            from = at + 1;
        }
    }

    /// <summary>A tag's name (ASCII name characters) as characters, for the lists of names and for finding the
    /// element's end tag: the units themselves in UTF-16; in UTF-8 widened into <paramref name="buffer"/>, or into a
    /// new string when it is longer (a custom element's name, <c>&lt;cookie-consent-banner hidden&gt;</c>, whose end
    /// tag must be found as from UTF-16).</summary>
    internal static ReadOnlySpan<char> Name<TUnit>(ReadOnlySpan<TUnit> units, Span<char> buffer)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        if (!IsUtf8<TUnit>())
        {
            return MemoryMarshal.Cast<TUnit, char>(units);
        }

        if (units.Length > buffer.Length)
        {
            return Decode(units);
        }

        for (int k = 0; k < units.Length; k++)
        {
            buffer[k] = (char)Value(units[k]);
        }

        return buffer[..units.Length];
    }

    /// <summary>Units decoded to a string (an attribute's value).</summary>
    internal static string Decode<TUnit>(ReadOnlySpan<TUnit> units)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
        => IsUtf8<TUnit>() ? Encoding.UTF8.GetString(MemoryMarshal.Cast<TUnit, byte>(units)) : new string(MemoryMarshal.Cast<TUnit, char>(units));
}
