using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>One step of a <see cref="LaunchPlan"/>: the latest day it may start and the day it must be finished by
/// for the launch to hold, taking the step's longest duration from the policy.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record PlannedStep
{
    /// <summary>The policy entry whose duration the step takes.</summary>
    public required DeadlineRule Rule { get; init; }

    /// <summary>What to do, in English.</summary>
    public required string Action { get; init; }

    /// <summary>What to do, in Simplified Chinese.</summary>
    public required string ActionChinese { get; init; }

    /// <summary>Who acts.</summary>
    public required ResponsibleParty By { get; init; }

    /// <summary>The latest day (Asia/Shanghai) the step may start.</summary>
    public required LocalDate LatestStart { get; init; }

    /// <summary>The day the step must be finished by, taking its longest duration.</summary>
    public required LocalDate FinishBy { get; init; }

    /// <summary>Whether the step's figure is unconfirmed or its working days fall outside the calendar's data, so
    /// the dates are estimates.</summary>
    public required bool IsEstimate { get; init; }
}
