using System;
using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Calendar;
using NodaTime;

namespace IcpCompliance.Benchmarks.Calendar;

/// <summary>
/// Working-day arithmetic against the day-by-day loop a developer writes with a set of holiday dates and a set of
/// make-up working days (the same data).
/// </summary>
[MemoryDiagnoser]
public class CalendarBenchmarks
{
    private static readonly LocalDate Start = new(2025, 9, 26);
    private static readonly LocalDate YearLater = new(2026, 9, 26);
    private ChinaWorkingCalendar _calendar = null!;
    private HashSet<LocalDate> _off = null!;
    private HashSet<LocalDate> _work = null!;

    [GlobalSetup]
    public void Load()
    {
        _calendar = ChinaWorkingCalendar.Default;
        IEnumerable<HolidayDay> days = _calendar.Years.SelectMany(y => y.Days);
        _off = [.. days.Where(d => d.Kind == HolidayDayKind.DayOff).Select(d => d.Date)];
        _work = [.. days.Where(d => d.Kind == HolidayDayKind.MakeUpWorkday).Select(d => d.Date)];
        if (DayByDayAdd(Start, 20) != _calendar.AddWorkingDays(Start, 20) || DayByDayBetween(Start, YearLater) != _calendar.WorkingDaysBetween(Start, YearLater))
        {
            throw new InvalidOperationException("The baseline and the library disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "AddWorkingDays(d, 20): day by day")]
    public LocalDate DayByDayAdd20() => DayByDayAdd(Start, 20);

    [Benchmark(Description = "AddWorkingDays(d, 20): ChinaWorkingCalendar")]
    public LocalDate LibraryAdd20() => _calendar.AddWorkingDays(Start, 20);

    [Benchmark(Description = "WorkingDaysBetween over a year: day by day")]
    public int DayByDayYear() => DayByDayBetween(Start, YearLater);

    [Benchmark(Description = "WorkingDaysBetween over a year: ChinaWorkingCalendar")]
    public int LibraryYear() => _calendar.WorkingDaysBetween(Start, YearLater);

    private bool IsWorking(LocalDate d) => _work.Contains(d) || (!_off.Contains(d) && d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday));

    private LocalDate DayByDayAdd(LocalDate d, int n)
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

    private int DayByDayBetween(LocalDate s, LocalDate e)
    {
        int count = 0;
        for (LocalDate d = s.PlusDays(1); d <= e; d = d.PlusDays(1))
        {
            count += IsWorking(d) ? 1 : 0;
        }

        return count;
    }
}
