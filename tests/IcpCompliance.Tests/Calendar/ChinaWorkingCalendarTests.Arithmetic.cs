using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Calendar;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Calendar;

public sealed partial class ChinaWorkingCalendarTests
{
    [Theory]
    [InlineData("2024-09-27", 1, "2024-09-29")]   // Friday + 1 is the make-up Sunday
    [InlineData("2024-09-30", 1, "2024-10-08")]   // across the National Day week
    [InlineData("2024-09-30", 5, "2024-10-12")]   // ... landing on the make-up Saturday
    [InlineData("2024-02-08", 1, "2024-02-09")]
    [InlineData("2024-02-09", 1, "2024-02-18")]   // from 除夕 to the make-up Sunday
    [InlineData("2024-10-08", -1, "2024-09-30")]
    [InlineData("2025-09-30", 20, "2025-11-04")]  // 20 working days across National Day 2025 (with the make-up Saturday 10-11)
    [InlineData("2024-10-01", 0, "2024-10-01")]
    public void Adds_working_days_across_holidays(string from, int days, string expected)
        => Assert.Equal(D(expected), Cal.AddWorkingDays(D(from), days));

    [Fact]
    public void Counts_working_days_of_a_year()
    {
        // 2024: 262 weekdays, less 19 weekdays off, plus 8 make-up weekend days (2024 notice) = 251.
        Assert.Equal(ReferenceBetween(D("2023-12-31"), D("2024-12-31")), Cal.WorkingDaysBetween(D("2023-12-31"), D("2024-12-31")));
        Assert.Equal(251, Cal.WorkingDaysBetween(D("2023-12-31"), D("2024-12-31")));
    }

    [Property(MaxTest = 3_000 / Cases.Divisor)]
    public Property The_fast_path_equals_the_day_by_day_definition()
        => Prop.ForAll(Dates, Counts, (d, n) =>
            Cal.AddWorkingDays(d, n) == ReferenceAdd(d, n)
            && Cal.IsWorkingDay(d) == ReferenceIsWorking(d));

    [Property(MaxTest = 1_000 / Cases.Divisor)]
    public Property Working_days_between_agrees_with_the_day_by_day_count()
        => Prop.ForAll(Dates, Dates, (a, b) => Cal.WorkingDaysBetween(a, b) == ReferenceBetween(a, b));

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property Adding_then_subtracting_returns_to_the_nearest_working_day_at_or_before()
        => Prop.ForAll(Dates, Gen.Choose(1, 400).ToArbitrary(), (d, n) =>
        {
            LocalDate back = Cal.AddWorkingDays(Cal.AddWorkingDays(d, n), -n);
            LocalDate expected = Cal.IsWorkingDay(d) ? d : Cal.AddWorkingDays(d, -1);
            return back == expected;
        });

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property Between_inverts_add()
        => Prop.ForAll(Dates, Counts, (d, n) => Cal.WorkingDaysBetween(d, Cal.AddWorkingDays(d, n)) == n);

    [Fact]
    public void Arithmetic_allocates_nothing()
    {
        LocalDate d = new(2025, 9, 30);
        Cal.AddWorkingDays(d, 20);
        long before = GC.GetAllocatedBytesForCurrentThread();
        int sum = 0;
        for (int i = 0; i < 1000; i++)
        {
            sum += Cal.AddWorkingDays(d, 20).Day + Cal.WorkingDaysBetween(d, d.PlusDays(i)) + (Cal.IsWorkingDay(d.PlusDays(i)) ? 1 : 0);
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);
        Assert.NotEqual(0, sum);
    }

    [Fact]
    public void The_ends_of_the_iso_calendar_are_reachable_extreme_counts_are_refused_and_the_words_say_where_it_ends()
    {
        ChinaWorkingCalendar calendar = ChinaWorkingCalendar.Default;
        Assert.Equal(D(9999, 12, 31), calendar.AddWorkingDays(D(9999, 12, 30), 1));
        Assert.Equal(D(1, 1, 1), calendar.AddWorkingDays(D(1, 1, 2), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D(9999, 12, 1), 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D(1, 1, 10), -100));
        ArgumentOutOfRangeException end = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D(9999, 12, 31), 1));
        Assert.StartsWith("The result lies beyond the end of the ISO calendar.", end.Message);
        Assert.Equal("days", end.ParamName);
        ArgumentOutOfRangeException start = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D(1, 1, 1), -1));
        Assert.StartsWith("The result lies before the start of the ISO calendar.", start.Message);
        Assert.Equal("days", start.ParamName);
    }

    [Fact]
    public void Regression_counts_near_int_max_value_do_not_wrap_to_the_next_day()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(new LocalDate(2025, 1, 1), int.MaxValue));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(new LocalDate(2025, 1, 1), int.MaxValue - 10));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(new LocalDate(2025, 1, 1), int.MinValue));
    }

    [Fact]
    public void Regression_a_user_year_with_two_months_off_still_finds_the_next_working_day()
    {
        var days = Enumerable.Range(0, 61).Select(i => new HolidayDay(new LocalDate(2030, 11, 1).PlusDays(i), HolidayDayKind.DayOff, "测试", "Test"));
        ChinaWorkingCalendar cal = ChinaWorkingCalendar.Create([HolidayYear.Create(2030, [new Uri("https://example.org/n")], days)]);
        Assert.Equal(new LocalDate(2031, 1, 1), cal.AddWorkingDays(new LocalDate(2030, 10, 31), 1));
        Assert.Equal(new LocalDate(2030, 10, 31), cal.AddWorkingDays(new LocalDate(2031, 1, 1), -1));
    }
}
