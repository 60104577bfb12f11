using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IcpCompliance.Calendar;
using NodaTime;

namespace IcpCompliance.Tests.Calendar;

/// <summary>Tests of <see cref="ChinaWorkingCalendar"/> by concern: <c>.WorkingDays</c> (the notices' days and the
/// definition on every day), <c>.Arithmetic</c> (adding and counting working days, the ISO range's ends),
/// <c>.Coverage</c> (covered years, estimate and strict modes) and <c>.Construction</c> (<c>Create</c>, <c>WithYear</c>).
/// The definition itself (domain facts §10) is written out here, day by day, as the reference the fast paths must equal.</summary>
public sealed partial class ChinaWorkingCalendarTests
{
    private static readonly ChinaWorkingCalendar Cal = ChinaWorkingCalendar.Default;

    private static LocalDate D(string iso) => LocalDate.FromDateOnly(DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture));

    private static LocalDate D(int year, int month, int day) => new(year, month, day);

    private static readonly Uri Notice = new("https://example.org/notice");

    private static HolidayDay Off(LocalDate date) => new(date, HolidayDayKind.DayOff, "测试", "Test");

    private static HolidayDay Work(LocalDate date) => new(date, HolidayDayKind.MakeUpWorkday, "测试", "Test");

    // The definition in the domain facts (§10), day by day: what the fast path must equal.
    private static bool ReferenceIsWorking(LocalDate d) => ReferenceIsWorking(Cal, d);

    /// <summary>The definition, read from a calendar's own arrangements: a make-up working day works, a day off does
    /// not, and any other day works from Monday to Friday.</summary>
    private static bool ReferenceIsWorking(ChinaWorkingCalendar calendar, LocalDate d)
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

    private static readonly Arbitrary<LocalDate> AnyIsoDate =
        Gen.Choose(0, DateOnly.MaxValue.DayNumber).Select(n => LocalDate.FromDateOnly(DateOnly.FromDayNumber(n))).ToArbitrary();
}
