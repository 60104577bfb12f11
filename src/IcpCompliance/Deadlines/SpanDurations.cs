using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>A policy span as an exact duration, for the limits counted from an instant (the SMS step's 24 hours).</summary>
internal static class SpanDurations
{
    /// <summary>Hours exactly; a day as 24 hours. A provider that states an SMS limit in working days gets calendar
    /// days here: the workflow has no calendar, and the shorter reading never accepts a late code.</summary>
    internal static Duration Of(DeadlineSpan span) => span.Unit == DeadlineUnit.Hours
        ? Duration.FromHours(span.Amount)
        : Duration.FromDays(span.Amount);
}
