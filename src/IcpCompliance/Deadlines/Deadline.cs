using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>
/// A time limit open on a case: what is due, by whom, and when. An hour-based limit (the SMS code) is due at an
/// <see cref="DueAt">instant</see>; a day-based one on a <see cref="DueOn">date</see> in Asia/Shanghai, with the
/// <see cref="EarliestOn">earliest</see> and <see cref="ExpectedOn">usual</see> dates where the source gives them.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record Deadline
{
    /// <summary>The policy entry the limit comes from (its id, figures and source).</summary>
    public required DeadlineRule Rule { get; init; }

    /// <summary>What is due, in English.</summary>
    public required string What { get; init; }

    /// <summary>What is due, in Simplified Chinese.</summary>
    public required string WhatChinese { get; init; }

    /// <summary>Who must act.</summary>
    public required ResponsibleParty By { get; init; }

    /// <summary>The instant the limit runs from (the event it follows).</summary>
    public required Instant From { get; init; }

    /// <summary>For an hour-based limit, the instant it ends; otherwise null.</summary>
    public Instant? DueAt { get; init; }

    /// <summary>For a day-based limit, the last day (Asia/Shanghai) it is met on; otherwise null.</summary>
    public LocalDate? DueOn { get; init; }

    /// <summary>For a day-based limit with a usual duration, the day it usually ends; otherwise null.</summary>
    public LocalDate? ExpectedOn { get; init; }

    /// <summary>For a day-based limit with a shortest duration (a range such as 1 to 20 working days), the earliest
    /// day it may end; otherwise null.</summary>
    public LocalDate? EarliestOn { get; init; }

    /// <summary>Whether the figure is unconfirmed or the working days fall outside the calendar's data, so the date
    /// is an estimate.</summary>
    public bool IsEstimate { get; init; }

    /// <summary>Whether the limit has passed at an instant: at or after <see cref="DueAt"/> (the workflow refuses a
    /// code entered at that instant), or on a day after <see cref="DueOn"/> in Asia/Shanghai.</summary>
    /// <param name="now">The instant to judge at (never the clock: pass it in).</param>
    /// <returns>True when overdue.</returns>
    public bool IsOverdueAt(Instant now)
        => DueAt is { } at ? now >= at : DueOn is { } on && DeadlineClock.DateOf(now) > on;
}
