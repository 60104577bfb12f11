using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

namespace IcpCompliance.Footer;

/// <summary>The compares of <see cref="BlockBits{TUnit}"/> on a <see cref="Vector512{T}"/> of code units.</summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal readonly struct Units512<TUnit> : IUnitVector<TUnit>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <inheritdoc/>
    public static int Count => Vector512<TUnit>.Count;

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Equal(ref TUnit start, nuint at, TUnit value, TUnit fold)
        => Vector512.Equals(Vector512.LoadUnsafe(ref start, at) | Vector512.Create(fold), Vector512.Create(value)).ExtractMostSignificantBits();

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong InRange(ref TUnit start, nuint at, TUnit low, TUnit width, TUnit fold)
        => Vector512.LessThanOrEqual((Vector512.LoadUnsafe(ref start, at) | Vector512.Create(fold)) - Vector512.Create(low), Vector512.Create(width)).ExtractMostSignificantBits();
}
