using NodaTime;

namespace IcpCompliance.Calendar;

/// <summary>
/// Which days are working days, and arithmetic in working days. Every time limit stated in working days
/// (工作日) is computed through one of these.
/// </summary>
/// <remarks>Dates are ISO-calendar dates of the zone of record (Asia/Shanghai for China). Implementations must be
/// immutable and safe to use from any thread.</remarks>
public interface IWorkingCalendar
{
    /// <summary>Which years the calendar's data covers; outside them it falls back or refuses.</summary>
    CalendarCoverage Coverage { get; }

    /// <summary>Whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is a working day.</returns>
    bool IsWorkingDay(LocalDate date);

    /// <summary>
    /// For <paramref name="days"/> &gt; 0, the <paramref name="days"/>-th working day strictly after
    /// <paramref name="date"/>; for <paramref name="days"/> &lt; 0, the |<paramref name="days"/>|-th working day
    /// strictly before it; for 0, <paramref name="date"/> itself. The date itself never counts, working day or not.
    /// </summary>
    /// <param name="date">The date to count from.</param>
    /// <param name="days">How many working days to move.</param>
    /// <returns>The working day reached.</returns>
    LocalDate AddWorkingDays(LocalDate date, int days);

    /// <summary>
    /// When <paramref name="end"/> is on or after <paramref name="start"/>, the number of working days in
    /// (<paramref name="start"/>, <paramref name="end"/>]; otherwise minus the number in [<paramref name="end"/>,
    /// <paramref name="start"/>). So <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c> for every n.
    /// </summary>
    /// <param name="start">The first date.</param>
    /// <param name="end">The second date.</param>
    /// <returns>The signed count of working days.</returns>
    int WorkingDaysBetween(LocalDate start, LocalDate end);

    /// <summary>The first working day strictly after <paramref name="date"/>: <c>AddWorkingDays(date, 1)</c>.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The next working day.</returns>
    LocalDate NextWorkingDay(LocalDate date);
}
