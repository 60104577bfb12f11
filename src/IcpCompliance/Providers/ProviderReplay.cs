using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>
/// What a provider reported, applied to a case through the workflow: the case as the inputs leave it, what each
/// input did, the cases they opened, where the sequence stopped being a legal path, and the deadlines open on the case.
/// One shape for every kind of input: polled statuses (<see cref="ProviderStatusTranslator"/>:
/// <see cref="ProviderObservation"/>s matched to <see cref="ProviderStatus"/> rows) and recorded actions
/// (<see cref="ProviderActionTranslator"/>: <see cref="ProviderActionRecord"/>s matched to
/// <see cref="ProviderAction"/>s).
/// </summary>
/// <typeparam name="TInput">What the provider reported: <see cref="ProviderObservation"/> or
/// <see cref="ProviderActionRecord"/>.</typeparam>
/// <typeparam name="TEntry">The entry of the provider's list an input matches: <see cref="ProviderStatus"/> or
/// <see cref="ProviderAction"/>.</typeparam>
/// <remarks>Immutable; safe to use from any thread. Two replays are equal when their members and lists are equal.
/// The platform's reasons of polled statuses are <see cref="ProviderReplayExtensions.AuditReasons"/>.</remarks>
public sealed record ProviderReplay<TInput, TEntry>
    where TInput : class
    where TEntry : class
{
    internal ProviderReplay(FilingCase filingCase, ImmutableArray<ProviderStep<TInput, TEntry>> steps, ProviderRefusal<TInput, TEntry>? refusal, ImmutableArray<Deadline> openDeadlines)
    {
        Case = filingCase;
        Steps = steps;
        Refusal = refusal;
        OpenDeadlines = openDeadlines;
    }

    /// <summary>The case after the last input applied (before the refusal, when there is one).</summary>
    public FilingCase Case { get; }

    /// <summary>Where the case stands.</summary>
    public FilingState State => Case.State;

    /// <summary>What each input did, in order, up to the refusal.</summary>
    public ImmutableArray<ProviderStep<TInput, TEntry>> Steps { get; }

    /// <summary>Where the sequence stopped being a legal path, or null when every input followed.</summary>
    public ProviderRefusal<TInput, TEntry>? Refusal { get; }

    /// <summary>Whether every input followed the workflow.</summary>
    public bool IsLegalPath => Refusal is null;

    /// <summary>The inputs the provider's list does not know (a status code not in the table, an action name not in
    /// the list): reported, never guessed, the case unchanged.</summary>
    public ImmutableArray<TInput> UnknownInputs => [.. Steps.Where(s => s.IsUnknown).Select(s => s.Input)];

    /// <summary>The cases the inputs opened (a cancellation order is a case of its own), in order; polled statuses
    /// open none.</summary>
    public ImmutableArray<FilingCase> StartedCases => [.. Steps.Where(s => s.StartedCase is not null).Select(s => s.StartedCase!)];

    /// <summary>The deadlines open on <see cref="Case"/>.</summary>
    public ImmutableArray<Deadline> OpenDeadlines { get; }

    /// <inheritdoc />
    public bool Equals(ProviderReplay<TInput, TEntry>? other)
        => other is not null && Case == other.Case && Sequences.Equal(Steps, other.Steps) && Refusal == other.Refusal && Sequences.Equal(OpenDeadlines, other.OpenDeadlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Case, Sequences.Hash(Steps), Refusal, Sequences.Hash(OpenDeadlines));
}
