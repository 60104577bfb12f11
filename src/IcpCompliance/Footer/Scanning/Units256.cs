using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>The work of <see cref="BlockBits{TUnit}"/> on <see cref="Vector256{T}"/>s of code units.</summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal readonly struct Units256<TUnit> : IUnitVector<TUnit, Vector256<byte>>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <inheritdoc/>
    public static int Count => Vector256<byte>.Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Load(ref TUnit start, nuint at, out ulong ideographs, out ulong gong)
    {
        if (PageUnits.IsUtf8<TUnit>())
        {
            Vector256<byte> bytes = Vector256.LoadUnsafe(ref Unsafe.As<TUnit, byte>(ref start), at);
            ideographs = InRange(bytes, 0xE4, 0xE9 - 0xE4);
            gong = Equal(bytes, 0xE5);
            return bytes;
        }

        // Two vectors of UTF-16 units narrowed to one of bytes; a unit above 0xFF saturates to 0xFF first, so that
        // no ideograph's low byte is read as ASCII ('<' is the low byte of U+4E3C).
        ref ushort units = ref Unsafe.As<TUnit, ushort>(ref start);
        Vector256<ushort> lower = Vector256.LoadUnsafe(ref units, at);
        Vector256<ushort> upper = Vector256.LoadUnsafe(ref units, at + (nuint)Vector256<ushort>.Count);
        Vector256<ushort> low = Vector256.Create((ushort)NumberMarkers.MinProvince);
        Vector256<ushort> width = Vector256.Create((ushort)(NumberMarkers.MaxProvince - NumberMarkers.MinProvince));
        ideographs = Vector256.LessThanOrEqual(lower - low, width).ExtractMostSignificantBits()
            | (Vector256.LessThanOrEqual(upper - low, width).ExtractMostSignificantBits() << Vector256<ushort>.Count);
        Vector256<ushort> gongUnit = Vector256.Create((ushort)'公');
        gong = Vector256.Equals(lower, gongUnit).ExtractMostSignificantBits()
            | (Vector256.Equals(upper, gongUnit).ExtractMostSignificantBits() << Vector256<ushort>.Count);
        Vector256<ushort> ff = Vector256.Create((ushort)0xFF);
        return Vector256.Narrow(Vector256.Min(lower, ff), Vector256.Min(upper, ff));
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Equal(Vector256<byte> bytes, byte value)
        => Vector256.Equals(bytes, Vector256.Create(value)).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong InRange(Vector256<byte> bytes, byte low, byte width)
        => Vector256.LessThanOrEqual(bytes - Vector256.Create(low), Vector256.Create(width)).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong EqualAny(Vector256<byte> bytes, byte a, byte b, byte c)
        => (Vector256.Equals(bytes, Vector256.Create(a)) | Vector256.Equals(bytes, Vector256.Create(b)) | Vector256.Equals(bytes, Vector256.Create(c))).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong NameCharacters(Vector256<byte> bytes, Vector256<byte> folded)
    {
        // ':' follows '9', so the digits and ':' are one range.
        Vector256<byte> letters = Vector256.LessThanOrEqual(folded - Vector256.Create((byte)'a'), Vector256.Create((byte)('z' - 'a')));
        Vector256<byte> digitsOrColon = Vector256.LessThanOrEqual(bytes - Vector256.Create((byte)'0'), Vector256.Create((byte)(':' - '0')));
        return (letters | digitsOrColon | Vector256.Equals(bytes, Vector256.Create((byte)'-')) | Vector256.Equals(bytes, Vector256.Create((byte)'_'))).ExtractMostSignificantBits();
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<byte> Fold(Vector256<byte> bytes) => bytes | Vector256.Create((byte)0x20);
}
