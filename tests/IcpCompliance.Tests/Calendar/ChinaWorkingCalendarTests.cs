using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Calendar;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Calendar;

public sealed class ChinaWorkingCalendarTests
{
    private static readonly ChinaWorkingCalendar Cal = ChinaWorkingCalendar.Default;

    private static LocalDate D(string iso) => LocalDate.FromDateOnly(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    // From the State Council notices (cn-holidays data; 2024: notice of 2023-10, 2025: notice of 2024-11).
    [Theory]
    [InlineData("2024-02-04", true)]   // Sunday, make-up working day before Spring Festival
    [InlineData("2024-02-09", true)]   // Friday, 除夕 was a working day in 2024
    [InlineData("2024-02-12", false)]  // Monday inside Spring Festival
    [InlineData("2024-02-18", true)]   // Sunday, make-up working day after Spring Festival
    [InlineData("2024-09-29", true)]   // Sunday, make-up working day before National Day
    [InlineData("2024-10-07", false)]  // Monday, last day of National Day
    [InlineData("2024-10-12", true)]   // Saturday, make-up working day after National Day
    [InlineData("2025-10-08", false)]  // Wednesday, National Day and Mid-Autumn combined
    [InlineData("2025-10-11", true)]   // Saturday, make-up working day
    [InlineData("2020-01-31", false)]  // Spring Festival extended by the second notice of 2020-01-27
    [InlineData("2020-02-02", false)]
    [InlineData("2020-02-03", true)]
    [InlineData("2026-11-23", true)]   // an ordinary Monday
    [InlineData("2026-11-22", false)]  // an ordinary Sunday
    public void Knows_the_notices_days(string date, bool working) => Assert.Equal(working, Cal.IsWorkingDay(D(date)));

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

    [Fact]
    public void Every_year_from_2019_to_2026_is_covered_with_its_notice()
    {
        Assert.Equal(Enumerable.Range(2019, 8), Cal.Coverage.Years);
        Assert.All(Cal.Years, y => Assert.NotEmpty(y.Notices));
        Assert.Equal(2, Cal.Years.Single(y => y.Year == 2020).Notices.Length);
        Assert.True(Cal.Coverage.Covers(D("2019-01-01"), D("2026-12-31")));
        Assert.False(Cal.Coverage.Covers(D("2026-12-31"), D("2027-01-04")));
    }

    [Fact]
    public void Outside_coverage_it_estimates_or_refuses()
    {
        // 2027-10-01 is a Friday: the estimate does not know National Day 2027.
        Assert.True(Cal.IsWorkingDay(D("2027-10-01")));
        ChinaWorkingCalendar strict = Cal.WithMode(CoverageMode.Strict);
        Assert.Throws<ArgumentOutOfRangeException>(() => strict.IsWorkingDay(D("2027-10-01")));
        Assert.Throws<ArgumentOutOfRangeException>(() => strict.AddWorkingDays(D("2026-12-30"), 5));
        Assert.Equal(D("2026-12-30").PlusDays(1), strict.AddWorkingDays(D("2026-12-30"), 1));
    }

    [Fact]
    public void A_user_adds_next_years_notice()
    {
        HolidayYear y2027 = HolidayYear.Create(2027, [new Uri("https://example.org/notice-2027")],
            [new HolidayDay(D("2027-10-01"), HolidayDayKind.DayOff, "国庆节", "National Day")]);
        ChinaWorkingCalendar extended = Cal.WithYear(y2027);
        Assert.False(extended.IsWorkingDay(D("2027-10-01")));
        Assert.True(Cal.IsWorkingDay(D("2027-10-01")));
        Assert.True(extended.Coverage.Covers(2027));
        Assert.Equal(HolidayDayKind.DayOff, extended.Arrangement(D("2027-10-01"))!.Value.Kind);
        Assert.Throws<ArgumentException>(() => HolidayYear.Create(2027, [], []));
        Assert.Throws<ArgumentException>(() => HolidayYear.Create(2027, [new Uri("https://example.org/n")], [new HolidayDay(D("2025-10-01"), HolidayDayKind.DayOff, "x", "x")]));
    }

    // The definition in the domain facts (§10), day by day: what the fast path must equal.
    private static bool ReferenceIsWorking(LocalDate d) => ReferenceIsWorking(Cal, d);

    /// <summary>The definition, read from a calendar's own arrangements: a make-up working day works, a day off does
    /// not, and any other day works from Monday to Friday.</summary>
    internal static bool ReferenceIsWorking(ChinaWorkingCalendar calendar, LocalDate d)
        => calendar.Arrangement(d) is HolidayDay h ? h.Kind == HolidayDayKind.MakeUpWorkday : d.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday);

    private static LocalDate ReferenceAdd(LocalDate d, int n)
    {
        int step = Math.Sign(n);
        int left = Math.Abs(n);
        while (left > 0)
        {
            d = d.PlusDays(step);
            if (ReferenceIsWorking(d))
            {
                left--;
            }
        }

        return d;
    }

    private static int ReferenceBetween(LocalDate s, LocalDate e)
    {
        int count = 0;
        if (e >= s)
        {
            for (LocalDate d = s.PlusDays(1); d <= e; d = d.PlusDays(1))
            {
                count += ReferenceIsWorking(d) ? 1 : 0;
            }

            return count;
        }

        for (LocalDate d = e; d < s; d = d.PlusDays(1))
        {
            count += ReferenceIsWorking(d) ? 1 : 0;
        }

        return -count;
    }

    private static readonly Arbitrary<LocalDate> Dates =
        Gen.Choose(0, (13 * 366) - 1).Select(i => new LocalDate(2016, 1, 1).PlusDays(i)).ToArbitrary();

    private static readonly Arbitrary<int> Counts = Gen.Frequency(
        (4, Gen.Choose(-30, 30)),
        (1, Gen.Choose(-400, 400))).ToArbitrary();

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

    [Fact]
    public void Extreme_counts_are_programmer_errors_not_hangs()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(new LocalDate(9999, 12, 1), 100));
        Assert.Throws<ArgumentOutOfRangeException>(() => Cal.AddWorkingDays(new LocalDate(1, 1, 10), -100));
        Assert.Equal(new LocalDate(1, 1, 1), Cal.AddWorkingDays(new LocalDate(1, 1, 2), -1));
    }
}
