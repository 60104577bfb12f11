using System;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Calendar;
using NodaTime;

namespace IcpCompliance.Benchmarks.Calendar;

/// <summary><see cref="ChinaWorkingCalendar.AddWorkingDays"/> of 20 working days from 2025-09-26 (across the
/// National Day holiday and its make-up Saturdays) against the day-by-day loop.</summary>
[MemoryDiagnoser]
public class AddWorkingDaysBenchmarks
{
    private static readonly LocalDate Start = new(2025, 9, 26);
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

    [Benchmark(Baseline = true, Description = "AddWorkingDays(d, 20): day by day")]
    public LocalDate DayByDay() => _loop.AddWorkingDays(Start, 20);

    [Benchmark(Description = "AddWorkingDays(d, 20): ChinaWorkingCalendar")]
    public LocalDate Library() => _calendar.AddWorkingDays(Start, 20);
}
