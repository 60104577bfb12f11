using System;
using Xunit;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>Checks every equality member of a value type at once: the operators (passed in, since the types do not
/// implement <c>IEqualityOperators</c>), both <c>Equals</c> and the hash code.</summary>
internal static class EqualityAssert
{
    /// <summary><paramref name="a"/> equals <paramref name="same"/> (built another way) and differs from
    /// <paramref name="other"/> and from <paramref name="foreign"/>, an object of another type, and from null.</summary>
    public static void Members<T>(T a, T same, T other, object foreign, Func<T, T, bool> equal, Func<T, T, bool> notEqual)
        where T : IEquatable<T>
    {
        Assert.True(equal(a, same));
        Assert.False(notEqual(a, same));
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(equal(a, other));
        Assert.True(notEqual(a, other));
        Assert.False(a.Equals(other));
        Assert.False(a.Equals((object)other));
        Assert.False(a.Equals(null));
        Assert.False(a.Equals(foreign));
    }

    /// <summary>Each change of <paramref name="value"/> (one member at a time) makes it unequal, both ways round, and
    /// the value is unequal to null: every member takes part in the equality.</summary>
    public static void EachChangeMatters<T>(T value, params Func<T, T>[] changes)
        where T : class, IEquatable<T>
    {
        Assert.False(value.Equals(null));
        foreach (Func<T, T> change in changes)
        {
            T changed = change(value);
            Assert.False(value.Equals(changed), "a change left " + typeof(T).Name + " equal: " + changed);
            Assert.False(changed.Equals(value), "a change left " + typeof(T).Name + " equal: " + changed);
        }
    }
}
