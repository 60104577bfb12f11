using System;
using System.Linq;
using IcpCompliance.Calendar;

namespace IcpCompliance.Tests.Calendar;

public sealed partial class ChinaWorkingCalendarTests
{
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
    public void Strict_mode_refuses_an_uncovered_year_on_every_entry_point_and_says_what_to_do()
    {
        ChinaWorkingCalendar strict = ChinaWorkingCalendar.Default.WithMode(CoverageMode.Strict);
        ArgumentOutOfRangeException zero = Assert.Throws<ArgumentOutOfRangeException>(() => strict.AddWorkingDays(D(2027, 3, 1), 0));
        Assert.StartsWith(
            "The calendar covers 2019–2026; 2027-03-01 to 2027-03-01 is outside it (strict mode). Add the year's notice with WithYear, or use CoverageMode.Estimate.",
            zero.Message);
        Assert.Equal(D(2026, 3, 2), strict.AddWorkingDays(D(2026, 3, 2), 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => strict.WorkingDaysBetween(D(2026, 12, 1), D(2027, 1, 5)));
        Assert.Throws<ArgumentOutOfRangeException>(() => strict.WorkingDaysBetween(D(2027, 1, 5), D(2026, 12, 1)));
        Assert.Equal(ChinaWorkingCalendar.Default.WorkingDaysBetween(D(2026, 12, 1), D(2026, 12, 31)), strict.WorkingDaysBetween(D(2026, 12, 1), D(2026, 12, 31)));
    }

    [Fact]
    public void Strict_mode_refuses_a_gap_between_covered_years_even_inside_the_precomputed_span()
    {
        ChinaWorkingCalendar gap = ChinaWorkingCalendar.Create(
            [HolidayYear.Create(2024, [Notice], [Off(D(2024, 10, 1))]), HolidayYear.Create(2026, [Notice], [Off(D(2026, 10, 1))])],
            CoverageMode.Strict);
        ArgumentOutOfRangeException e = Assert.Throws<ArgumentOutOfRangeException>(() => gap.AddWorkingDays(D(2024, 12, 31), 1));
        Assert.StartsWith("The calendar covers 2024–2026; 2024-12-31 to 2025-01-01 is outside it (strict mode).", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => gap.AddWorkingDays(D(2026, 1, 1), -1));
        Assert.Throws<ArgumentOutOfRangeException>(() => gap.IsWorkingDay(D(2025, 6, 2)));
        Assert.Equal(D(2024, 12, 31), gap.AddWorkingDays(D(2024, 12, 30), 1));
        Assert.Equal(D(2026, 1, 2), gap.AddWorkingDays(D(2026, 1, 1), 1));
    }

    [Fact]
    public void An_empty_calendar_covers_nothing_and_counts_weekdays()
    {
        ChinaWorkingCalendar empty = ChinaWorkingCalendar.Create([]);
        Assert.Empty(empty.Coverage.Years);
        Assert.Null(empty.Coverage.FirstYear);
        Assert.Null(empty.Coverage.LastYear);
        Assert.False(empty.Coverage.Covers(D(2025, 1, 1), D(2025, 1, 1)));
        Assert.True(empty.IsWorkingDay(D(2025, 10, 1)));
        Assert.Equal(D(2025, 10, 6), empty.AddWorkingDays(D(2025, 10, 3), 1));
        Assert.Equal(5, empty.WorkingDaysBetween(D(2025, 9, 28), D(2025, 10, 5)));
        Assert.Equal(2019, ChinaWorkingCalendar.Default.Coverage.FirstYear);
        Assert.Equal(2026, ChinaWorkingCalendar.Default.Coverage.LastYear);
    }

    [Theory]
    [InlineData("2018-06-01", "2026-06-01", false)]  // the earlier year is not covered
    [InlineData("2026-06-01", "2018-06-01", false)]  // ... in either order
    [InlineData("2027-06-01", "2020-01-01", false)]  // the later year is not covered
    [InlineData("2020-01-01", "2027-06-01", false)]
    [InlineData("2026-06-01", "2019-01-01", true)]
    [InlineData("2019-01-01", "2026-06-01", true)]
    [InlineData("2024-06-01", "2024-01-01", true)]
    public void Coverage_of_a_span_checks_every_year_between_its_ends_in_either_order(string first, string second, bool covered)
    {
        Assert.Equal(covered, ChinaWorkingCalendar.Default.Coverage.Covers(D(first), D(second)));
    }
}
