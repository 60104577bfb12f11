using System;
using System.Linq;
using FsCheck.Fluent;
using IcpCompliance.Calendar;

namespace IcpCompliance.Tests.Calendar;

public sealed partial class ChinaWorkingCalendarTests
{
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
