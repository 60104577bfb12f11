using System.Linq;
using IcpCompliance.Calendar;
using NodaTime;

namespace IcpCompliance.Tests.Calendar;

/// <summary>Reading the built-in holiday table again gives the calendar every other test uses. <c>Default</c> is read once per
/// process, so a mutation tool that reuses its test host never sees a mutant of the reader through it (a mutant that
/// swaps make-up workdays and days off fails 18 calendar tests by hand, yet Stryker reported it alive); reading
/// afresh in the test puts the reader back under test.</summary>
public sealed class BuiltInCalendarLoadTests
{
    [Fact]
    public void A_fresh_load_of_the_holiday_table_equals_the_default_calendar()
    {
        ChinaWorkingCalendar fresh = ChinaWorkingCalendar.LoadBuiltIn();
        ChinaWorkingCalendar loaded = ChinaWorkingCalendar.Default;
        Assert.Equal(loaded.Years.Select(y => y.Year), fresh.Years.Select(y => y.Year));
        Assert.All(loaded.Years.Zip(fresh.Years), pair =>
        {
            Assert.Equal(pair.First.Notices.ToArray(), pair.Second.Notices.ToArray());
            Assert.Equal(pair.First.Days.ToArray(), pair.Second.Days.ToArray());
        });
        Assert.Equal(loaded.Mode, fresh.Mode);
        for (LocalDate day = new(2018, 12, 1); day < new LocalDate(2027, 1, 1); day = day.PlusDays(1))
        {
            Assert.True(loaded.IsWorkingDay(day) == fresh.IsWorkingDay(day), day.ToString());
        }

        Assert.Equal(loaded.AddWorkingDays(new LocalDate(2026, 9, 28), 5), fresh.AddWorkingDays(new LocalDate(2026, 9, 28), 5));
    }
}
