using IcpCompliance.Calendar;
using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>
/// The arithmetic every deadline shares: an hour-based limit runs from an instant, a day-based one from the date of
/// that instant in Asia/Shanghai (the zone of record), in calendar or working days.
/// </summary>
internal static class DeadlineClock
{
    internal static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    internal static LocalDate DateOf(Instant instant) => instant.InZone(Shanghai).Date;

    internal static LocalDate After(LocalDate start, DeadlineSpan span, IWorkingCalendar calendar)
        => span.Unit == DeadlineUnit.WorkingDays ? calendar.AddWorkingDays(start, span.Amount) : start.PlusDays(span.Amount);

    /// <summary>The latest day a step of <paramref name="span"/> may start and still end on or before
    /// <paramref name="end"/>. For working days that is the last calendar day before the working day that would be
    /// one too late: starting on a Saturday counts from Monday, as starting on Friday evening would.</summary>
    internal static LocalDate LatestStart(LocalDate end, DeadlineSpan span, IWorkingCalendar calendar)
    {
        if (span.Unit != DeadlineUnit.WorkingDays || span.Amount == 0)
        {
            return end.PlusDays(-span.Amount);
        }

        // Count back from the last working day on or before the end: n working days after that start is exactly it.
        var lastWorkingDay = calendar.IsWorkingDay(end) ? end : calendar.AddWorkingDays(end, -1);
        var start = calendar.AddWorkingDays(lastWorkingDay, -span.Amount);
        return calendar.NextWorkingDay(start).PlusDays(-1);
    }

    internal static bool IsEstimated(DeadlineRule rule, IWorkingCalendar calendar, LocalDate first, LocalDate last)
        => !rule.Confirmed
            || (rule.Latest.Unit == DeadlineUnit.WorkingDays && calendar is ChinaWorkingCalendar china && !china.Coverage.Covers(first, last));
}
