using System.Collections.Immutable;
using IcpCompliance.Internal;

namespace IcpCompliance.Tests.Internal;

/// <summary>The structural equality the model's records use for their arrays: a default array equals an empty one
/// and nothing else, order matters, and the hash follows the items.</summary>
public sealed class SequencesTests
{
    private static readonly ImmutableArray<int> Empty = ImmutableArray<int>.Empty;
    private static readonly ImmutableArray<int> OneTwo = [1, 2];

    [Fact]
    public void A_default_or_empty_array_equals_only_another_default_or_empty_array()
    {
        Assert.True(Sequences.Equal(default, Empty));
        Assert.True(Sequences.Equal(Empty, default(ImmutableArray<int>)));
        Assert.True(Sequences.Equal(default(ImmutableArray<int>), default));
        Assert.False(Sequences.Equal(Empty, OneTwo));
        Assert.False(Sequences.Equal(OneTwo, Empty));
        Assert.False(Sequences.Equal(default, OneTwo));
        Assert.False(Sequences.Equal(OneTwo, default));
    }

    [Fact]
    public void Arrays_are_equal_item_by_item_in_order()
    {
        Assert.True(Sequences.Equal(OneTwo, [1, 2]));
        Assert.False(Sequences.Equal(OneTwo, [2, 1]));
        Assert.False(Sequences.Equal(OneTwo, [1, 2, 3]));
    }

    [Fact]
    public void The_hash_follows_the_items_and_a_default_array_hashes_as_an_empty_one()
    {
        Assert.Equal(Sequences.Hash(Empty), Sequences.Hash(default(ImmutableArray<int>)));
        Assert.Equal(Sequences.Hash(OneTwo), Sequences.Hash<int>([1, 2]));
        Assert.NotEqual(Sequences.Hash(OneTwo), Sequences.Hash<int>([2, 1]));
        Assert.NotEqual(Sequences.Hash(OneTwo), Sequences.Hash(Empty));
    }

    [Fact]
    public void Or_empty_replaces_only_a_default_array()
    {
        Assert.False(Sequences.OrEmpty(default(ImmutableArray<int>)).IsDefault);
        Assert.Empty(Sequences.OrEmpty(default(ImmutableArray<int>)));
        Assert.Equal(OneTwo, Sequences.OrEmpty(OneTwo));
    }
}
