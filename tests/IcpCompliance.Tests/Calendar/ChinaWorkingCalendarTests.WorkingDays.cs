using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Calendar;
using IcpCompliance.Tests.TestSupport;
using NodaTime;

namespace IcpCompliance.Tests.Calendar;

public sealed partial class ChinaWorkingCalendarTests
{
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

    [Fact]
    public void A_calendar_built_from_every_built_in_year_follows_the_definition_on_every_day_of_its_span()
    {
        ChinaWorkingCalendar built = ChinaWorkingCalendar.Create(ChinaWorkingCalendar.Default.Years);
        int working = 0;
        for (LocalDate day = D(2018, 12, 1); day < D(2027, 2, 1); day = day.PlusDays(1))
        {
            bool expected = ReferenceIsWorking(built, day);
            Assert.True(expected == built.IsWorkingDay(day), day.ToString());
            working += expected ? 1 : 0;
        }

        Assert.Equal(working, built.WorkingDaysBetween(D(2018, 11, 30), D(2027, 1, 31)));

        // Backwards the count takes the earlier end and leaves out the later one: [2018-11-30, 2027-01-31).
        int backwards = working + (ReferenceIsWorking(built, D(2018, 11, 30)) ? 1 : 0) - (ReferenceIsWorking(built, D(2027, 1, 31)) ? 1 : 0);
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

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property Any_date_in_the_iso_range_is_a_working_day_exactly_as_the_definition_says()
        => Prop.ForAll(AnyIsoDate, date => ChinaWorkingCalendar.Default.IsWorkingDay(date) == ReferenceIsWorking(ChinaWorkingCalendar.Default, date));

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
            Assert.True(ReferenceIsWorking(calendar, d) == calendar.IsWorkingDay(d), d.ToString());
            expected += d > lastOfFebruary.PlusDays(-7) && ReferenceIsWorking(calendar, d) ? 1 : 0;
        }

        Assert.Equal(expected, calendar.WorkingDaysBetween(lastOfFebruary.PlusDays(-7), lastOfFebruary.PlusDays(7)));
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
}
