using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Calendar;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Calendar;

/// <summary>The calendar's edges, each found by a mutation Stryker left alive: a calendar built in the test (the
/// shared <c>Default</c> is built once per process, so mutants of its construction never showed), strict mode on
/// every entry point and across a gap between years, the ends of the ISO range, leap years outside the covered span,
/// coverage in either order, and the argument checks of <see cref="ChinaWorkingCalendar.Create"/> and
/// <see cref="HolidayYear.Create"/> with their words.</summary>
public sealed class CalendarMutationTests
{
    private static readonly Uri Notice = new("https://example.org/notice");

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static HolidayDay Off(LocalDate date) => new(date, HolidayDayKind.DayOff, "测试", "Test");

    private static HolidayDay Work(LocalDate date) => new(date, HolidayDayKind.MakeUpWorkday, "测试", "Test");

    private static bool ByDefinition(ChinaWorkingCalendar calendar, LocalDate date) => ChinaWorkingCalendarTests.ReferenceIsWorking(calendar, date);

    [Fact]
    public void A_calendar_built_from_every_built_in_year_follows_the_definition_on_every_day_of_its_span()
    {
        ChinaWorkingCalendar built = ChinaWorkingCalendar.Create(ChinaWorkingCalendar.Default.Years);
        int working = 0;
        for (LocalDate day = D(2018, 12, 1); day < D(2027, 2, 1); day = day.PlusDays(1))
        {
            bool expected = ByDefinition(built, day);
            Assert.True(expected == built.IsWorkingDay(day), day.ToString());
            working += expected ? 1 : 0;
        }

        Assert.Equal(working, built.WorkingDaysBetween(D(2018, 11, 30), D(2027, 1, 31)));

        // Backwards the count takes the earlier end and leaves out the later one: [2018-11-30, 2027-01-31).
        int backwards = working + (ByDefinition(built, D(2018, 11, 30)) ? 1 : 0) - (ByDefinition(built, D(2027, 1, 31)) ? 1 : 0);
        Assert.Equal(-backwards, built.WorkingDaysBetween(D(2027, 1, 31), D(2018, 11, 30)));
    }

    [Fact]
    public void A_calendar_of_two_years_knows_the_earlier_years_days()
    {
        // Without the earlier year's own table, its make-up Sunday would count as a day off and its holiday as work.
        ChinaWorkingCalendar two = ChinaWorkingCalendar.Create(
        [
            HolidayYear.Create(2031, [Notice], [Work(D(2031, 3, 2)), Off(D(2031, 3, 3))]),
            HolidayYear.Create(2033, [Notice], [Off(D(2033, 3, 1))]),
        ]);
        Assert.True(two.IsWorkingDay(D(2031, 3, 2)));
        Assert.False(two.IsWorkingDay(D(2031, 3, 3)));
        Assert.False(two.IsWorkingDay(D(2031, 3, 1)));
        Assert.True(two.IsWorkingDay(D(2032, 3, 1)));
        Assert.False(two.IsWorkingDay(D(2033, 3, 1)));
        Assert.Equal(D(2031, 3, 2), two.AddWorkingDays(D(2031, 2, 28), 1));
        Assert.Equal(D(2031, 3, 4), two.AddWorkingDays(D(2031, 3, 2), 1));
        Assert.Equal(D(2031, 3, 2), two.AddWorkingDays(D(2031, 3, 4), -1));
        Assert.Equal(2, two.WorkingDaysBetween(D(2031, 2, 28), D(2031, 3, 4)));
    }

    private static readonly Arbitrary<LocalDate> AnyIsoDate =
        Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(n => LocalDate.FromDateOnly(DateOnly.FromDayNumber(n))).ToArbitrary();

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property Any_date_in_the_iso_range_is_a_working_day_exactly_as_the_definition_says()
        => Prop.ForAll(AnyIsoDate, date => ChinaWorkingCalendar.Default.IsWorkingDay(date) == ByDefinition(ChinaWorkingCalendar.Default, date));

    [Theory]
    [InlineData(1900, 2, 28)]   // 1900 is not a leap year: 1 March follows 28 February
    [InlineData(2000, 2, 29)]   // 2000 is one
    [InlineData(2100, 2, 28)]
    [InlineData(2400, 2, 29)]
    public void Century_leap_years_outside_the_notices_keep_the_weekdays_right(int year, int month, int day)
    {
        ChinaWorkingCalendar calendar = ChinaWorkingCalendar.Default;
        LocalDate lastOfFebruary = D(year, month, day);
        Assert.Equal(3, lastOfFebruary.PlusDays(1).Month);
        int expected = 0;
        for (LocalDate d = lastOfFebruary.PlusDays(-7); d <= lastOfFebruary.PlusDays(7); d = d.PlusDays(1))
        {
            Assert.True(ByDefinition(calendar, d) == calendar.IsWorkingDay(d), d.ToString());
            expected += d > lastOfFebruary.PlusDays(-7) && ByDefinition(calendar, d) ? 1 : 0;
        }

        Assert.Equal(expected, calendar.WorkingDaysBetween(lastOfFebruary.PlusDays(-7), lastOfFebruary.PlusDays(7)));
    }

    [Fact]
    public void The_last_days_of_the_iso_calendar_are_reachable_and_the_words_say_where_it_ends()
    {
        ChinaWorkingCalendar calendar = ChinaWorkingCalendar.Default;
        Assert.Equal(D(9999, 12, 31), calendar.AddWorkingDays(D(9999, 12, 30), 1));
        Assert.Equal(D(1, 1, 1), calendar.AddWorkingDays(D(1, 1, 2), -1));
        ArgumentOutOfRangeException end = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D(9999, 12, 31), 1));
        Assert.StartsWith("The result lies beyond the end of the ISO calendar.", end.Message);
        Assert.Equal("days", end.ParamName);
        ArgumentOutOfRangeException start = Assert.Throws<ArgumentOutOfRangeException>(() => calendar.AddWorkingDays(D(1, 1, 1), -1));
        Assert.StartsWith("The result lies before the start of the ISO calendar.", start.Message);
        Assert.Equal("days", start.ParamName);
    }

    [Fact]
    public void Dates_outside_the_iso_calendar_or_before_year_one_are_refused_with_their_reason()
    {
        ChinaWorkingCalendar calendar = ChinaWorkingCalendar.Default;
        ArgumentException julian = Assert.Throws<ArgumentException>(() => calendar.IsWorkingDay(new LocalDate(2025, 3, 3, CalendarSystem.Julian)));
        Assert.StartsWith("Dates must be in the ISO calendar.", julian.Message);
        Assert.Equal("date", julian.ParamName);
        ArgumentException yearZero = Assert.Throws<ArgumentException>(() => calendar.IsWorkingDay(D(0, 6, 1)));
        Assert.StartsWith("Dates must be in years 1 to 9999.", yearZero.Message);
        Assert.Equal("date", yearZero.ParamName);
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
        static LocalDate P(string iso) => LocalDate.FromDateOnly(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(covered, ChinaWorkingCalendar.Default.Coverage.Covers(P(first), P(second)));
    }

    [Fact]
    public void With_year_replaces_that_year_and_keeps_every_other()
    {
        ChinaWorkingCalendar calendar = ChinaWorkingCalendar.Default;
        HolidayYear replacement = HolidayYear.Create(2025, [Notice], [Off(D(2025, 6, 3))]);
        ChinaWorkingCalendar replaced = calendar.WithYear(replacement);
        Assert.Equal(calendar.Coverage.Years.ToArray(), replaced.Coverage.Years.ToArray());
        Assert.Same(replacement, replaced.Years.Single(y => y.Year == 2025));
        Assert.False(replaced.IsWorkingDay(D(2025, 6, 3)));
        Assert.True(replaced.IsWorkingDay(D(2025, 10, 1)));
        Assert.False(replaced.IsWorkingDay(D(2024, 10, 1)));
        Assert.Equal(calendar.Mode, replaced.Mode);
        Assert.Equal(CoverageMode.Strict, calendar.WithMode(CoverageMode.Strict).WithYear(replacement).Mode);
        Assert.Throws<ArgumentNullException>(() => calendar.WithYear(null!));
    }

    [Fact]
    public void Create_refuses_a_repeated_year_a_date_set_twice_a_null_year_and_an_undefined_mode()
    {
        HolidayYear y2030 = HolidayYear.Create(2030, [Notice], [Off(D(2029, 12, 31))]);
        HolidayYear y2029 = HolidayYear.Create(2029, [Notice], [Off(D(2029, 12, 31))]);
        ArgumentException twice = Assert.Throws<ArgumentException>(() => ChinaWorkingCalendar.Create([y2030, HolidayYear.Create(2030, [Notice], [])]));
        Assert.StartsWith("Each year may appear once.", twice.Message);
        Assert.Equal("years", twice.ParamName);
        ArgumentException sameDate = Assert.Throws<ArgumentException>(() => ChinaWorkingCalendar.Create([y2030, y2029]));
        Assert.StartsWith("Two years set the same date.", sameDate.Message);
        Assert.Equal("years", sameDate.ParamName);
        Assert.Equal("years", Assert.Throws<ArgumentNullException>(() => ChinaWorkingCalendar.Create([y2030, null!])).ParamName);
        Assert.Equal("years", Assert.Throws<ArgumentNullException>(() => ChinaWorkingCalendar.Create(null!)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => ChinaWorkingCalendar.Create([y2030], (CoverageMode)7)).ParamName);
        Assert.Equal("mode", Assert.Throws<ArgumentOutOfRangeException>(() => ChinaWorkingCalendar.Default.WithMode((CoverageMode)7)).ParamName);
        Assert.Equal(2, ChinaWorkingCalendar.Create([y2030, HolidayYear.Create(2031, [Notice], [])]).Coverage.Years.Length);
    }

    [Theory]
    [InlineData(1899)]
    [InlineData(9999)]
    public void A_holiday_year_lies_between_1900_and_9998(int year)
        => Assert.Equal("year", Assert.Throws<ArgumentOutOfRangeException>(() => HolidayYear.Create(year, [Notice], [])).ParamName);

    [Fact]
    public void A_holiday_year_at_either_end_of_its_range_is_accepted()
    {
        Assert.Equal(1900, HolidayYear.Create(1900, [Notice], []).Year);
        Assert.Equal(9998, HolidayYear.Create(9998, [Notice], [Off(D(9998, 1, 1))]).Year);
    }

    [Fact]
    public void A_holiday_year_keeps_its_days_in_date_order_and_takes_the_december_before_it()
    {
        HolidayYear year = HolidayYear.Create(2030, [Notice], [Off(D(2030, 10, 2)), Work(D(2029, 12, 29)), Off(D(2030, 1, 1))]);
        Assert.Equal([D(2029, 12, 29), D(2030, 1, 1), D(2030, 10, 2)], year.Days.Select(d => d.Date));
        Assert.Equal(new[] { Notice }, year.Notices.ToArray());
    }

    [Theory]
    [InlineData(2029, 11, 30)]  // the year before, but not its December
    [InlineData(2028, 12, 31)]  // a December, but two years before
    [InlineData(2031, 1, 1)]    // the year after
    public void A_holiday_year_refuses_a_date_outside_it_and_names_the_date(int year, int month, int day)
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => HolidayYear.Create(2030, [Notice], [Off(D(year, month, day))]));
        Assert.StartsWith($"A notice's dates lie in its year or the December before it: {year:D4}-{month:D2}-{day:D2}", e.Message);
        Assert.Equal("days", e.ParamName);
    }

    [Fact]
    public void A_holiday_year_refuses_a_repeated_date_a_missing_name_and_a_missing_notice()
    {
        ArgumentException twice = Assert.Throws<ArgumentException>(() => HolidayYear.Create(2030, [Notice], [Off(D(2030, 10, 1)), Work(D(2030, 10, 1))]));
        Assert.StartsWith("A date appears twice: 2030-10-01", twice.Message);
        Assert.Equal("days", twice.ParamName);
        foreach (HolidayDay unnamed in new[]
        {
            new HolidayDay(D(2030, 10, 1), HolidayDayKind.DayOff, null!, "National Day"),
            new HolidayDay(D(2030, 10, 1), HolidayDayKind.DayOff, "国庆节", null!),
        })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => HolidayYear.Create(2030, [Notice], [unnamed]));
            Assert.StartsWith("A holiday day needs its holiday's names.", e.Message);
        }

        foreach (Uri[] notices in new Uri[][] { [], [Notice, null!], [null!, Notice] })
        {
            ArgumentException e = Assert.Throws<ArgumentException>(() => HolidayYear.Create(2030, notices, []));
            Assert.StartsWith("A holiday year needs the notice it comes from.", e.Message);
            Assert.Equal("notices", e.ParamName);
        }
    }
}
