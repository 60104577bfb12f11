using System;
using System.Collections.Generic;
using System.Collections.Immutable;

namespace IcpCompliance.Internal;

/// <summary>
/// Structural equality for the immutable arrays inside the model's records. A record compares an
/// <see cref="ImmutableArray{T}"/> member by reference, which would make two equal applications unequal after a
/// JSON round trip; the records use these helpers instead.
/// </summary>
internal static class Sequences
{
    internal static bool Equal<T>(ImmutableArray<T> left, ImmutableArray<T> right)
    {
        if (left.IsDefaultOrEmpty || right.IsDefaultOrEmpty)
        {
            return left.IsDefaultOrEmpty && right.IsDefaultOrEmpty;
        }

        return left.AsSpan().SequenceEqual(right.AsSpan(), EqualityComparer<T>.Default);
    }

    internal static int Hash<T>(ImmutableArray<T> items)
    {
        var hash = default(HashCode);
        if (!items.IsDefault)
        {
            foreach (var item in items)
            {
                hash.Add(item);
            }
        }

        return hash.ToHashCode();
    }

    /// <summary>The array, or an empty one in place of <c>default</c>, so members never expose a default array.</summary>
    internal static ImmutableArray<T> OrEmpty<T>(ImmutableArray<T> items) => items.IsDefault ? ImmutableArray<T>.Empty : items;
}
