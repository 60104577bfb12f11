using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Calendar;
using NodaTime;

namespace IcpCompliance.Benchmarks.Calendar;

/// <summary>The day-by-day loop a developer writes with a set of holiday dates and a set of make-up working days
/// (the same data as the library's calendar): the calendar baselines.</summary>
internal sealed class DayByDayCalendar
{
    private readonly HashSet<LocalDate> _off;
    private readonly HashSet<LocalDate> _work;

    internal DayByDayCalendar(ChinaWorkingCalendar calendar)
    {
        IEnumerable<HolidayDay> days = calendar.Years.SelectMany(y => y.Days);
        _off = [.. days.Where(d => d.Kind == HolidayDayKind.DayOff).Select(d => d.Date)];
        _work = [.. days.Where(d => d.Kind == HolidayDayKind.MakeUpWorkday).Select(d => d.Date)];
    }

    internal LocalDate AddWorkingDays(LocalDate d, int n)
    {
        while (n > 0)
        {
            d = d.PlusDays(1);
            if (IsWorking(d))
            {
                n--;
            }
        }

        return d;
    }

    internal int WorkingDaysBetween(LocalDate s, LocalDate e)
    {
        int count = 0;
        for (LocalDate d = s.PlusDays(1); d <= e; d = d.PlusDays(1))
        {
            count += IsWorking(d) ? 1 : 0;
        }

        return count;
    }

    private bool IsWorking(LocalDate d) => _work.Contains(d) || (!_off.Contains(d) && d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));
}
