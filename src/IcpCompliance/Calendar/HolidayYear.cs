using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;

namespace IcpCompliance.Calendar;

/// <summary>
/// One year's holiday arrangements as the State Council General Office's notice gives them: the days off and the
/// make-up working days. The notice for a year comes out around November of the year before, so users add a year
/// as soon as it is published (<see cref="ChinaWorkingCalendar.WithYear"/>).
/// </summary>
/// <remarks>A notice may touch the last days of the previous December (the 2019 notice moved 2018-12-29 to 31);
/// such dates belong to the notice's year here. Immutable; safe to use from any thread.</remarks>
public sealed class HolidayYear
{
    private HolidayYear(int year, ImmutableArray<Uri> notices, ImmutableArray<HolidayDay> days)
    {
        Year = year;
        Notices = notices;
        Days = days;
    }

    /// <summary>The year the notice is for.</summary>
    public int Year { get; }

    /// <summary>The notice (and any later amending notice, as in 2020) the dates come from.</summary>
    public ImmutableArray<Uri> Notices { get; }

    /// <summary>The dates the notice sets, in date order.</summary>
    public ImmutableArray<HolidayDay> Days { get; }

    /// <summary>Creates a year's arrangements.</summary>
    /// <param name="year">The year of the notice (1900 to 9998).</param>
    /// <param name="notices">The notice or notices the dates come from; at least one.</param>
    /// <param name="days">The dates; each at most once, within the year or the December before it.</param>
    /// <returns>The year's arrangements.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">No notice is given, a date repeats, or a date lies outside the year and
    /// the December before it.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is out of range.</exception>
    public static HolidayYear Create(int year, IEnumerable<Uri> notices, IEnumerable<HolidayDay> days)
    {
        Preconditions.CheckArgumentRange(year, 1900, 9998);
        ImmutableArray<Uri> noticeList = [.. Preconditions.CheckNotNull(notices)];
        Preconditions.CheckArgument(noticeList.Length > 0 && noticeList.All(n => n is not null), "A holiday year needs the notice it comes from.", nameof(notices));
        ImmutableArray<HolidayDay> sorted = [.. Preconditions.CheckNotNull(days).OrderBy(d => d.Date)];
        for (int i = 0; i < sorted.Length; i++)
        {
            HolidayDay day = sorted[i];
            bool inYear = day.Date.Year == year || (day.Date.Year == year - 1 && day.Date.Month == 12);
            Preconditions.CheckArgument(inYear, "A notice's dates lie in its year or the December before it: " + day.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), nameof(days));
            Preconditions.CheckArgument(i == 0 || sorted[i - 1].Date != day.Date, "A date appears twice: " + day.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture), nameof(days));
            Preconditions.CheckArgument(day.HolidayChinese is not null && day.HolidayEnglish is not null, "A holiday day needs its holiday's names.", nameof(days));
        }

        return new HolidayYear(year, noticeList, sorted);
    }
}
