using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>How a case reaches a provider's status from one state of the workflow: the events, in order, that the
/// status means happened since the case stood there.</summary>
/// <param name="From">The state the case stands in.</param>
/// <param name="Events">The kinds of event, oldest first; the last one enters the status's state.</param>
/// <remarks>Immutable; safe to use from any thread. Two routes are equal when their members and lists are equal.</remarks>
public sealed record ProviderRoute(FilingState From, ImmutableArray<FilingEventKind> Events)
{
    /// <summary>The kinds of event, oldest first; never default.</summary>
    public ImmutableArray<FilingEventKind> Events { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Events);

    /// <inheritdoc />
    public bool Equals(ProviderRoute? other) => other is not null && From == other.From && Sequences.Equal(Events, other.Events);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(From, Sequences.Hash(Events));
}
