using System;
using System.Linq;
using IcpCompliance.Calendar;

namespace IcpCompliance.Tests.Calendar;

public sealed partial class ChinaWorkingCalendarTests
{
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
}
