using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>What one input did to the case: the entry of the provider's list it matched, the events applied, the
/// case it opened, and a note when it was not used as given (an unknown code or action, an SMS code outside the
/// bureau's review, a failed call, a step of the provider's own that moves nothing).</summary>
/// <typeparam name="TInput">What the provider reported: <see cref="ProviderObservation"/> or
/// <see cref="ProviderActionRecord"/>.</typeparam>
/// <typeparam name="TEntry">The entry it matches: <see cref="ProviderStatus"/> or <see cref="ProviderAction"/>.</typeparam>
/// <param name="Input">The input.</param>
/// <param name="Entry">The entry of the provider's list it matched, or null when the list does not know it.</param>
/// <param name="Events">The events applied to the case, oldest first (none when the status was already the case's
/// or has no state in the workflow, for an action inside the provider's own preparation of an order, a failed call,
/// an unknown input, or an input that opened another case).</param>
/// <param name="StartedCase">The case the input opened (<c>CreateCancelIcpOrder</c>), or null.</param>
/// <param name="Note">What was not used or why nothing moved, in English, or null.</param>
/// <param name="NoteChinese">The same in Chinese, or null.</param>
/// <remarks>Immutable; safe to use from any thread. Two steps are equal when their members and lists are equal.</remarks>
public sealed record ProviderStep<TInput, TEntry>(TInput Input, TEntry? Entry, ImmutableArray<FilingEvent> Events, FilingCase? StartedCase, string? Note, string? NoteChinese)
    where TInput : class
    where TEntry : class
{
    /// <summary>The events applied; never default.</summary>
    public ImmutableArray<FilingEvent> Events { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Events);

    /// <summary>Whether the input is not in the provider's list (reported, never guessed).</summary>
    public bool IsUnknown => Entry is null;

    /// <inheritdoc />
    public bool Equals(ProviderStep<TInput, TEntry>? other)
        => other is not null && EqualityComparer<TInput>.Default.Equals(Input, other.Input) && EqualityComparer<TEntry?>.Default.Equals(Entry, other.Entry)
            && Sequences.Equal(Events, other.Events) && StartedCase == other.StartedCase
            && string.Equals(Note, other.Note, StringComparison.Ordinal) && string.Equals(NoteChinese, other.NoteChinese, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Input, Entry, Sequences.Hash(Events), StartedCase, Note);
}
