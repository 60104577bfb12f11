using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>What one recorded action did: the row of the provider's action list it matched, the events applied to
/// the case, the case it opened (a cancellation order is a case of its own), and a note when it moved nothing.</summary>
/// <param name="Record">The recorded action.</param>
/// <param name="Action">Its row in the provider's action list, or null for a name not in the list.</param>
/// <param name="Events">The events applied to the case, oldest first (none for an action inside the provider's own
/// preparation of an order, a failed call, an unknown name, or an action that opened another case).</param>
/// <param name="StartedCase">The case the action opened (<c>CreateCancelIcpOrder</c>), or null.</param>
/// <param name="Note">Why nothing moved, in English, or null.</param>
/// <param name="NoteChinese">The same in Chinese, or null.</param>
/// <remarks>Immutable; safe to use from any thread. Two steps are equal when their members and lists are equal.</remarks>
public sealed record ProviderActionStep(ProviderActionRecord Record, ProviderAction? Action, ImmutableArray<FilingEvent> Events, FilingCase? StartedCase, string? Note, string? NoteChinese)
{
    /// <summary>The events applied; never default.</summary>
    public ImmutableArray<FilingEvent> Events { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Events);

    /// <summary>Whether the name is not in the provider's action list (reported, never guessed).</summary>
    public bool IsUnknownAction => Action is null;

    /// <inheritdoc />
    public bool Equals(ProviderActionStep? other)
        => other is not null && Record == other.Record && Action == other.Action && Sequences.Equal(Events, other.Events) && StartedCase == other.StartedCase
            && string.Equals(Note, other.Note, StringComparison.Ordinal) && string.Equals(NoteChinese, other.NoteChinese, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Record, Action, Sequences.Hash(Events), StartedCase, Note);
}
