using System;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Calendar;
using NodaTime;

namespace IcpCompliance.Benchmarks.Calendar;

/// <summary><see cref="ChinaWorkingCalendar.WorkingDaysBetween"/> over a year (2025-09-26 to 2026-09-26) against the
/// day-by-day loop.</summary>
[MemoryDiagnoser]
public class WorkingDaysBetweenBenchmarks
{
    private static readonly LocalDate Start = new(2025, 9, 26);
    private static readonly LocalDate YearLater = new(2026, 9, 26);
    private ChinaWorkingCalendar _calendar = null!;
    private DayByDayCalendar _loop = null!;

    [GlobalSetup]
    public void Load()
    {
        _calendar = ChinaWorkingCalendar.Default;
        _loop = new DayByDayCalendar(_calendar);
        if (DayByDay() != Library())
        {
            throw new InvalidOperationException("The baseline and the library disagree.");
        }
    }

    [Benchmark(Baseline = true, Description = "WorkingDaysBetween over a year: day by day")]
    public int DayByDay() => _loop.WorkingDaysBetween(Start, YearLater);

    [Benchmark(Description = "WorkingDaysBetween over a year: ChinaWorkingCalendar")]
    public int Library() => _calendar.WorkingDaysBetween(Start, YearLater);
}
