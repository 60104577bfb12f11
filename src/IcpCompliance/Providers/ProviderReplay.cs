using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>
/// A provider's polled statuses applied to a case: the case as they leave it, what each observation did, where the
/// sequence stopped being a legal path, the deadlines open on the case and the platform's latest reasons.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Two replays are equal when their members and lists are equal.</remarks>
public sealed record ProviderReplay
{
    internal ProviderReplay(FilingCase filingCase, ImmutableArray<ProviderStep> steps, ProviderRefusal? refusal, ImmutableArray<Deadline> openDeadlines)
    {
        Case = filingCase;
        Steps = steps;
        Refusal = refusal;
        OpenDeadlines = openDeadlines;
    }

    /// <summary>The case after the last observation applied (before the refusal, when there is one).</summary>
    public FilingCase Case { get; }

    /// <summary>Where the case stands.</summary>
    public FilingState State => Case.State;

    /// <summary>What each observation did, in order, up to the refusal.</summary>
    public ImmutableArray<ProviderStep> Steps { get; }

    /// <summary>Where the sequence stopped being a legal path, or null when every observation followed.</summary>
    public ProviderRefusal? Refusal { get; }

    /// <summary>Whether every observation followed the workflow.</summary>
    public bool IsLegalPath => Refusal is null;

    /// <summary>The observations whose code the provider's table does not know (reported, the case unchanged).</summary>
    public ImmutableArray<ProviderObservation> UnknownCodes => [.. Steps.Where(s => s.IsUnknownCode).Select(s => s.Observation)];

    /// <summary>The reasons of the latest observation that gave any (WeChat's <c>audit_data</c>).</summary>
    public ImmutableArray<AuditReason> AuditReasons
        => Steps.Select(s => s.Observation.AuditReasons).LastOrDefault(r => !r.IsEmpty, ImmutableArray<AuditReason>.Empty);

    /// <summary>The deadlines open on <see cref="Case"/>.</summary>
    public ImmutableArray<Deadline> OpenDeadlines { get; }

    /// <inheritdoc />
    public bool Equals(ProviderReplay? other)
        => other is not null && Case == other.Case && Sequences.Equal(Steps, other.Steps) && Refusal == other.Refusal && Sequences.Equal(OpenDeadlines, other.OpenDeadlines);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Case, Sequences.Hash(Steps), Refusal, Sequences.Hash(OpenDeadlines));
}
