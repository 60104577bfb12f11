using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace IcpCompliance.Footer;

/// <summary>The compares of <see cref="BlockBits{TUnit}"/> on a <see cref="Vector256{T}"/> of code units.</summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal readonly struct Units256<TUnit> : IUnitVector<TUnit>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <inheritdoc/>
    public static int Count => Vector256<TUnit>.Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Equal(ref TUnit start, nuint at, TUnit value, TUnit fold)
        => Vector256.Equals(Vector256.LoadUnsafe(ref start, at) | Vector256.Create(fold), Vector256.Create(value)).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong InRange(ref TUnit start, nuint at, TUnit low, TUnit width, TUnit fold)
        => Vector256.LessThanOrEqual((Vector256.LoadUnsafe(ref start, at) | Vector256.Create(fold)) - Vector256.Create(low), Vector256.Create(width)).ExtractMostSignificantBits();
}
