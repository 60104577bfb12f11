using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>What one observation did to the case: the status row it matched, the events applied, and a note when
/// the observation was not used as given (an unknown code, an SMS code outside the bureau's review).</summary>
/// <param name="Observation">The observation.</param>
/// <param name="Status">The row of the provider's table it matched, or null for an unknown code.</param>
/// <param name="Events">The events applied for it, oldest first (none when the status was already the case's, or
/// has no state in the workflow).</param>
/// <param name="Note">What was not used, in English, or null.</param>
/// <param name="NoteChinese">The same in Chinese, or null.</param>
/// <remarks>Immutable; safe to use from any thread. Two steps are equal when their members and lists are equal.</remarks>
public sealed record ProviderStep(ProviderObservation Observation, ProviderStatus? Status, ImmutableArray<FilingEvent> Events, string? Note, string? NoteChinese)
{
    /// <summary>The events applied; never default.</summary>
    public ImmutableArray<FilingEvent> Events { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Events);

    /// <summary>Whether the code is not in the provider's table (reported, never guessed).</summary>
    public bool IsUnknownCode => Status is null;

    /// <inheritdoc />
    public bool Equals(ProviderStep? other)
        => other is not null && Observation == other.Observation && Status == other.Status && Sequences.Equal(Events, other.Events)
            && string.Equals(Note, other.Note, StringComparison.Ordinal) && string.Equals(NoteChinese, other.NoteChinese, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Observation, Status, Sequences.Hash(Events), Note);
}
