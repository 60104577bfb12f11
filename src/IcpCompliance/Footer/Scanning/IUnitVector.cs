using System.Numerics;

namespace IcpCompliance.Footer;

/// <summary>
/// The compares <see cref="BlockBits{TUnit}"/> makes on a vector of code units, each giving a bit per unit, so that
/// its one body runs on the widest vectors the hardware has (<see cref="Units512{TUnit}"/> with AVX-512, else
/// <see cref="Units256{TUnit}"/>); the body combines the bits as integers, which on AVX-512 stay in mask registers
/// up to one move each. The JIT compiles the body once per width with these calls inlined.
/// </summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal interface IUnitVector<TUnit>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <summary>The units in a vector.</summary>
    static abstract int Count { get; }

    /// <summary>Bit k: the unit at <paramref name="at"/> + k, or-ed with <paramref name="fold"/>, is
    /// <paramref name="value"/> (<paramref name="fold"/> 0x20 matches an ASCII letter in either case). Unchecked.</summary>
    static abstract ulong Equal(ref TUnit start, nuint at, TUnit value, TUnit fold);

    /// <summary>Bit k: the unit at <paramref name="at"/> + k, or-ed with <paramref name="fold"/>, lies in
    /// [<paramref name="low"/>, <paramref name="low"/> + <paramref name="width"/>]. Unchecked.</summary>
    static abstract ulong InRange(ref TUnit start, nuint at, TUnit low, TUnit width, TUnit fold);
}
