using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>
/// The plan for a service to go live on a given day: each step of the filing with the latest day it may start,
/// working backwards from the launch, and the PSB filing due after it.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Two plans are equal when their members and steps are.</remarks>
public sealed record LaunchPlan
{
    /// <summary>The day the service is to go live.</summary>
    public required LocalDate Launch { get; init; }

    /// <summary>The steps in the order they happen, the first one first.</summary>
    public required ImmutableArray<PlannedStep> Steps { get; init => field = Sequences.OrEmpty(value); }

    /// <summary>The latest day to start: the first step's latest start.</summary>
    public LocalDate StartBy => Steps.IsEmpty ? Launch : Steps[0].LatestStart;

    /// <summary>The day the PSB filing is due, counted from the launch.</summary>
    public required LocalDate PsbFilingDue { get; init; }

    /// <summary>Whether any date of the plan is an estimate.</summary>
    public bool IsEstimate
    {
        get
        {
            foreach (var step in Steps)
            {
                if (step.IsEstimate)
                {
                    return true;
                }
            }

            return false;
        }
    }

    /// <inheritdoc />
    public bool Equals(LaunchPlan? other)
        => other is not null && Launch == other.Launch && PsbFilingDue == other.PsbFilingDue && Sequences.Equal(Steps, other.Steps);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Launch, PsbFilingDue, Sequences.Hash(Steps));
}
