using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;

namespace IcpCompliance.Workflow;

/// <summary>One row of the transition table: from a state, on an event kind, to a state, when every guard holds.</summary>
/// <param name="From">The state the case must be in.</param>
/// <param name="Event">The kind of event.</param>
/// <param name="To">The state the case moves to.</param>
/// <param name="Guards">The conditions, checked in order; all must hold.</param>
/// <remarks>Immutable; safe to use from any thread. Where several rows share a state and an event kind, the first
/// row whose guards all hold applies. Two rows are equal when their members and guard lists are equal.</remarks>
public sealed record Transition(FilingState From, FilingEventKind Event, FilingState To, ImmutableArray<TransitionGuard> Guards)
{
    /// <summary>The conditions, checked in order; never default.</summary>
    public ImmutableArray<TransitionGuard> Guards { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Guards);

    /// <inheritdoc />
    public bool Equals(Transition? other)
        => other is not null && From == other.From && Event == other.Event && To == other.To && Sequences.Equal(Guards, other.Guards);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, Event, To, Sequences.Hash(Guards));
}
