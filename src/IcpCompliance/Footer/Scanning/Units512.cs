using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>The work of <see cref="BlockBits{TUnit}"/> on <see cref="Vector512{T}"/>s of code units.</summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal readonly struct Units512<TUnit> : IUnitVector<TUnit, Vector512<byte>>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <inheritdoc/>
    public static int Count => Vector512<byte>.Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Load(ref TUnit start, nuint at, out ulong ideographs, out ulong gong)
    {
        if (PageUnits.IsUtf8<TUnit>())
        {
            Vector512<byte> bytes = Vector512.LoadUnsafe(ref Unsafe.As<TUnit, byte>(ref start), at);
            ideographs = InRange(bytes, 0xE4, 0xE9 - 0xE4);
            gong = Equal(bytes, 0xE5);
            return bytes;
        }

        // Two vectors of UTF-16 units narrowed to one of bytes; a unit above 0xFF saturates to 0xFF first, so that
        // no ideograph's low byte is read as ASCII ('<' is the low byte of U+4E3C).
        ref ushort units = ref Unsafe.As<TUnit, ushort>(ref start);
        Vector512<ushort> lower = Vector512.LoadUnsafe(ref units, at);
        Vector512<ushort> upper = Vector512.LoadUnsafe(ref units, at + (nuint)Vector512<ushort>.Count);
        Vector512<ushort> low = Vector512.Create((ushort)NumberMarkers.MinProvince);
        Vector512<ushort> width = Vector512.Create((ushort)(NumberMarkers.MaxProvince - NumberMarkers.MinProvince));
        ideographs = Vector512.LessThanOrEqual(lower - low, width).ExtractMostSignificantBits()
            | (Vector512.LessThanOrEqual(upper - low, width).ExtractMostSignificantBits() << Vector512<ushort>.Count);
        Vector512<ushort> gongUnit = Vector512.Create((ushort)'公');
        gong = Vector512.Equals(lower, gongUnit).ExtractMostSignificantBits()
            | (Vector512.Equals(upper, gongUnit).ExtractMostSignificantBits() << Vector512<ushort>.Count);
        Vector512<ushort> ff = Vector512.Create((ushort)0xFF);
        return Vector512.Narrow(Vector512.Min(lower, ff), Vector512.Min(upper, ff));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Equal(Vector512<byte> bytes, byte value)
        => Vector512.Equals(bytes, Vector512.Create(value)).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong InRange(Vector512<byte> bytes, byte low, byte width)
        => Vector512.LessThanOrEqual(bytes - Vector512.Create(low), Vector512.Create(width)).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong EqualAny(Vector512<byte> bytes, byte a, byte b, byte c)
        => (Vector512.Equals(bytes, Vector512.Create(a)) | Vector512.Equals(bytes, Vector512.Create(b)) | Vector512.Equals(bytes, Vector512.Create(c))).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NameCharacters(Vector512<byte> bytes, Vector512<byte> folded)
    {
        // ':' follows '9', so the digits and ':' are one range.
        Vector512<byte> letters = Vector512.LessThanOrEqual(folded - Vector512.Create((byte)'a'), Vector512.Create((byte)('z' - 'a')));
        Vector512<byte> digitsOrColon = Vector512.LessThanOrEqual(bytes - Vector512.Create((byte)'0'), Vector512.Create((byte)(':' - '0')));
        return (letters | digitsOrColon | Vector512.Equals(bytes, Vector512.Create((byte)'-')) | Vector512.Equals(bytes, Vector512.Create((byte)'_'))).ExtractMostSignificantBits();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector512<byte> Fold(Vector512<byte> bytes) => bytes | Vector512.Create((byte)0x20);
}
