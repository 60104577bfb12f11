using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>
/// A provider's recorded actions applied to a case: the case as they leave it, what each action did, the cases they
/// opened, where the sequence stopped being a legal path, and the deadlines open on the case.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Two replays are equal when their members and lists are equal.</remarks>
public sealed record ProviderActionReplay
{
    internal ProviderActionReplay(FilingCase filingCase, ImmutableArray<ProviderActionStep> steps, ProviderActionRefusal? refusal, ImmutableArray<Deadline> openDeadlines)
    {
        Case = filingCase;
        Steps = steps;
        Refusal = refusal;
        OpenDeadlines = openDeadlines;
    }

    /// <summary>The case after the last action applied (before the refusal, when there is one).</summary>
    public FilingCase Case { get; }

    /// <summary>Where the case stands.</summary>
    public FilingState State => Case.State;

    /// <summary>What each action did, in order, up to the refusal.</summary>
    public ImmutableArray<ProviderActionStep> Steps { get; }

    /// <summary>Where the sequence stopped being a legal path, or null when every action followed.</summary>
    public ProviderActionRefusal? Refusal { get; }

    /// <summary>Whether every action followed the workflow.</summary>
    public bool IsLegalPath => Refusal is null;

    /// <summary>The actions whose name the provider's list does not know (reported, the case unchanged).</summary>
    public ImmutableArray<ProviderActionRecord> UnknownActions => [.. Steps.Where(s => s.IsUnknownAction).Select(s => s.Record)];

    /// <summary>The cases the actions opened (cancellation orders), in order.</summary>
    public ImmutableArray<FilingCase> StartedCases => [.. Steps.Where(s => s.StartedCase is not null).Select(s => s.StartedCase!)];

    /// <summary>The deadlines open on <see cref="Case"/>.</summary>
    public ImmutableArray<Deadline> OpenDeadlines { get; }

    /// <inheritdoc />
    public bool Equals(ProviderActionReplay? other)
        => other is not null && Case == other.Case && Sequences.Equal(Steps, other.Steps) && Refusal == other.Refusal && Sequences.Equal(OpenDeadlines, other.OpenDeadlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Case, Sequences.Hash(Steps), Refusal, Sequences.Hash(OpenDeadlines));
}
