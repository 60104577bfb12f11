using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Threading;
using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Calendar;

/// <summary>
/// Mainland China's working days: Monday to Friday, except the statutory holidays, plus the weekend days made
/// working days (调休), as the State Council's yearly notices set them.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the notices for 2019 to 2026 (each year's notice addresses are in
/// <see cref="HolidayYear.Notices"/>). Next year's notice comes out each November: add it with
/// <see cref="WithYear"/> without waiting for a release.</para>
/// <para>Arithmetic does not walk day by day: a cumulative count of working days is precomputed over the covered
/// years, and outside them the weekday count has a closed form, so <see cref="IsWorkingDay"/> and
/// <see cref="WorkingDaysBetween"/> are O(1) and <see cref="AddWorkingDays"/> is O(log n), all without
/// allocating.</para>
/// <para>Outside the covered years the calendar estimates (no holidays) or, in <see cref="CoverageMode.Strict"/>,
/// refuses. A notice can also move the last days of the December before its year; until next year's notice is
/// added, late-December answers in the last covered year may change.</para>
/// <para>Immutable; safe to use from any thread.</para>
/// </remarks>
public sealed class ChinaWorkingCalendar : IWorkingCalendar
{
    private const string ResourceName = "IcpCompliance.Calendar.Holidays.tsv";

    private static readonly Lazy<ChinaWorkingCalendar> BuiltIn = new(LoadBuiltIn, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly ImmutableArray<HolidayYear> _years;
    private readonly Dictionary<LocalDate, HolidayDay> _byDate;

    // Day numbers (DateOnly.DayNumber: 0 is Monday 0001-01-01) of the precomputed span [_rangeStart, _rangeEnd),
    // and _cumulative[i] = working days in [_rangeStart, _rangeStart + i).
    private readonly int _rangeStart;
    private readonly int _rangeEnd;
    private readonly int[] _cumulative;

    // The day numbers of the working days in the span, in order, and the weekday count before the span: the
    // j-th working day of the span is the one whose cumulative count G(day + 1) is _weekdaysBefore + j + 1.
    private readonly int[] _workingDays;
    private readonly int _weekdaysBefore;

    // The same working days as dates, so an answer inside the span is read, not converted back from a day number.
    private readonly LocalDate[] _workingDates;

    // Days off in the span widen the binary search's window: without them a user's year with a run of days off
    // longer than the slack would put the answer outside the window.
    private readonly int _daysOff;

    private ChinaWorkingCalendar(ImmutableArray<HolidayYear> years, CoverageMode mode)
    {
        _years = years;
        Mode = mode;
        Coverage = new CalendarCoverage([.. years.Select(y => y.Year)]);
        _byDate = years.SelectMany(y => y.Days).ToDictionary(d => d.Date);
        if (_byDate.Count == 0)
        {
            _cumulative = [0];
            _workingDays = [];
            _workingDates = [];
            return;
        }

        _rangeStart = DayNumber(new LocalDate(_byDate.Keys.Min().Year, 1, 1));
        _rangeEnd = DayNumber(new LocalDate(_byDate.Keys.Max().Year + 1, 1, 1));
        _cumulative = new int[_rangeEnd - _rangeStart + 1];
        var workingDays = new List<int>();
        for (int n = _rangeStart; n < _rangeEnd; n++)
        {
            bool working = IsWorkingByRules(n);
            _cumulative[n - _rangeStart + 1] = _cumulative[n - _rangeStart] + (working ? 1 : 0);
            if (working)
            {
                workingDays.Add(n);
            }
        }

        _workingDays = [.. workingDays];
        _workingDates = [.. workingDays.Select(FromDayNumber)];
        _daysOff = _byDate.Values.Count(d => d.Kind == HolidayDayKind.DayOff);
        _weekdaysBefore = (int)Weekdays(_rangeStart);
    }

    /// <summary>The built-in calendar: the notices for 2019 to 2026, estimating outside them.</summary>
    public static ChinaWorkingCalendar Default => BuiltIn.Value;

    /// <summary>What the calendar does outside its covered years.</summary>
    public CoverageMode Mode { get; }

    /// <inheritdoc />
    public CalendarCoverage Coverage { get; }

    /// <summary>The holiday arrangements the calendar holds, by year.</summary>
    public ImmutableArray<HolidayYear> Years => _years;

    /// <summary>Creates a calendar from holiday years.</summary>
    /// <param name="years">The years; each year at most once.</param>
    /// <param name="mode">What to do outside the covered years.</param>
    /// <returns>The calendar.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="years"/> is null or holds null.</exception>
    /// <exception cref="ArgumentException">A year appears twice, or two years set the same date.</exception>
    public static ChinaWorkingCalendar Create(IEnumerable<HolidayYear> years, CoverageMode mode = CoverageMode.Estimate)
    {
        Preconditions.CheckEnumDefined(mode);
        ImmutableArray<HolidayYear> list = [.. Preconditions.CheckNotNull(years).Select(y => Preconditions.CheckNotNull(y, nameof(years))).OrderBy(y => y.Year)];
        for (int i = 1; i < list.Length; i++)
        {
            Preconditions.CheckArgument(list[i].Year != list[i - 1].Year, "Each year may appear once.", nameof(years));
        }

        Preconditions.CheckArgument(
            list.SelectMany(y => y.Days).Select(d => d.Date).Distinct().Count() == list.Sum(y => y.Days.Length),
            "Two years set the same date.",
            nameof(years));
        return new ChinaWorkingCalendar(list, mode);
    }

    /// <summary>This calendar with a year added, or replaced when it is already there.</summary>
    /// <param name="year">The year's arrangements.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="year"/> is null.</exception>
    public ChinaWorkingCalendar WithYear(HolidayYear year)
    {
        Preconditions.CheckNotNull(year);
        return Create([.. _years.Where(y => y.Year != year.Year), year], Mode);
    }

    /// <summary>This calendar with another coverage mode.</summary>
    /// <param name="mode">The mode.</param>
    /// <returns>A new calendar; this one is unchanged.</returns>
    public ChinaWorkingCalendar WithMode(CoverageMode mode)
    {
        Preconditions.CheckEnumDefined(mode);
        return new ChinaWorkingCalendar(_years, mode);
    }

    /// <summary>What the notices say about a date, if anything.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The day off or make-up working day, or null for an ordinary day.</returns>
    public HolidayDay? Arrangement(LocalDate date) => _byDate.TryGetValue(date, out HolidayDay day) ? day : null;

    /// <inheritdoc />
    public bool IsWorkingDay(LocalDate date)
    {
        CheckCovered(date, date);
        int n = DayNumber(date);
        return Cumulative(n + 1) - Cumulative(n) == 1;
    }

    /// <inheritdoc />
    /// <exception cref="ArgumentOutOfRangeException">The result would lie outside the ISO calendar's range, or, in
    /// strict mode, the calculation touches an uncovered year.</exception>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        if (days == 0)
        {
            CheckCovered(date, date);
            return date;
        }

        int d = DayNumber(date);

        // Inside the covered span the answer is the j-th working day of the span, read from an array; only the
        // coverage check (strict mode) remains.
        int offset = d - _rangeStart;
        if (offset >= 0 && offset < _cumulative.Length - 1)
        {
            long jj = days > 0 ? (long)_cumulative[offset + 1] + days - 1 : (long)_cumulative[offset] + days;
            if (jj >= 0 && jj < _workingDates.Length)
            {
                LocalDate reached = _workingDates[jj];
                CheckCovered(date, reached);
                return reached;
            }
        }

        long span = (2L * Math.Abs((long)days)) + 40 + _daysOff;
        int result;
        if (days > 0)
        {
            // The smallest k with G(k) >= G(d + 1) + days; day k - 1 is then the days-th working day after d.
            // Inside the covered span it is read from the list of working days.
            // In long arithmetic: days near int.MaxValue would otherwise wrap the target below the start.
            long target = (long)Cumulative(d + 1) + days;
            long j = target - 1 - _weekdaysBefore;
            if (j >= 0 && j < _workingDays.Length)
            {
                return Reached(date, _workingDays[j]);
            }

            int lo = d + 2;
            int hi = (int)Math.Min(d + 1 + span, DateOnly.MaxValue.DayNumber + 1L);
            if (Cumulative(hi) < target)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "The result lies beyond the end of the ISO calendar.");
            }
            while (lo < hi)
            {
                int mid = lo + ((hi - lo) / 2);
                if (Cumulative(mid) >= target)
                {
                    hi = mid;
                }
                else
                {
                    lo = mid + 1;
                }
            }

            result = lo - 1;
        }
        else
        {
            // The largest m with G(m) <= G(d) - |days|; day m is then the |days|-th working day before d.
            long target = (long)Cumulative(d) + days;
            long j = target - _weekdaysBefore;
            if (j >= 0 && j < _workingDays.Length)
            {
                return Reached(date, _workingDays[j]);
            }

            int lo = (int)Math.Max(d - span, 0L);
            int hi = d - 1;
            if (Cumulative(lo) > target)
            {
                throw new ArgumentOutOfRangeException(nameof(days), days, "The result lies before the start of the ISO calendar.");
            }
            while (lo < hi)
            {
                int mid = hi - ((hi - lo) / 2);
                if (Cumulative(mid) <= target)
                {
                    lo = mid;
                }
                else
                {
                    hi = mid - 1;
                }
            }

            result = lo;
        }

        return Reached(date, result);
    }

    private LocalDate Reached(LocalDate from, int dayNumber)
    {
        LocalDate reached = FromDayNumber(dayNumber);
        CheckCovered(from, reached);
        return reached;
    }

    /// <inheritdoc />
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        CheckCovered(start, end);
        int s = DayNumber(start);
        int e = DayNumber(end);

        // Both inside the covered span: two reads of the cumulative count.
        int last = _cumulative.Length - 1;
        int so = s - _rangeStart;
        int eo = e - _rangeStart;
        if (so >= 0 && eo >= 0 && so < last && eo < last)
        {
            return eo >= so ? _cumulative[eo + 1] - _cumulative[so + 1] : -(_cumulative[so] - _cumulative[eo]);
        }

        return e >= s ? Cumulative(e + 1) - Cumulative(s + 1) : -(Cumulative(s) - Cumulative(e));
    }

    /// <inheritdoc />
    public LocalDate NextWorkingDay(LocalDate date) => AddWorkingDays(date, 1);

    /// <summary>The working days in [day 0, <paramref name="n"/>): exact inside the precomputed span, Monday to
    /// Friday outside it, continuous across its edges.</summary>
    private long CumulativeLong(long n)
    {
        if (n <= _rangeStart || _rangeEnd == _rangeStart)
        {
            return Weekdays(n);
        }

        if (n >= _rangeEnd)
        {
            return Weekdays(n) - Weekdays(_rangeEnd) + Weekdays(_rangeStart) + _cumulative[^1];
        }

        return Weekdays(_rangeStart) + _cumulative[n - _rangeStart];
    }

    // Differences of G are all the arithmetic needs; G itself stays below 2.7 million over the ISO range.
    private int Cumulative(long n) => (int)CumulativeLong(n);

    // Weekdays in [0, n): day 0 is a Monday.
    private static long Weekdays(long n) => (n / 7 * 5) + Math.Min(n % 7, 5);

    private bool IsWorkingByRules(int dayNumber)
    {
        LocalDate date = FromDayNumber(dayNumber);
        if (_byDate.TryGetValue(date, out HolidayDay day))
        {
            return day.Kind == HolidayDayKind.MakeUpWorkday;
        }

        return dayNumber % 7 < 5;
    }

    private void CheckCovered(LocalDate first, LocalDate second)
    {
        if (Mode == CoverageMode.Strict && !Coverage.Covers(first, second))
        {
            throw new ArgumentOutOfRangeException(
                nameof(first),
                string.Create(CultureInfo.InvariantCulture, $"The calendar covers {Coverage.FirstYear}–{Coverage.LastYear}; {first:uuuu-MM-dd} to {second:uuuu-MM-dd} is outside it (strict mode). Add the year's notice with WithYear, or use CoverageMode.Estimate."));
        }
    }

    // DateOnly.DayNumber from the year, month and day fields (which LocalDate stores packed), in integer arithmetic:
    // converting through DateOnly asks the calendar system for the day of year and costs several times more.
    private static int DayNumber(LocalDate date)
    {
        Preconditions.CheckArgument(date.Calendar == CalendarSystem.Iso, "Dates must be in the ISO calendar.", nameof(date));
        int year = date.Year;
        Preconditions.CheckArgument(year >= 1, "Dates must be in years 1 to 9999.", nameof(date));
        int y = year - 1;
        bool leap = (year % 4 == 0) && (year % 100 != 0 || year % 400 == 0);
        return (y * 365) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[(leap ? 13 : 0) + date.Month] + date.Day - 1;
    }

    // Days before each month (index 1 to 12) in a common year, then (index 14 to 25) in a leap year. A field, not a
    // span property: the property's collection expression allocates on every call in Debug builds.
    private static readonly short[] DaysBeforeMonth =
        [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334, 0, 0, 31, 60, 91, 121, 152, 182, 213, 244, 274, 305, 335];

    private static LocalDate FromDayNumber(int dayNumber) => LocalDate.FromDateOnly(DateOnly.FromDayNumber(dayNumber));

    internal static ChinaWorkingCalendar LoadBuiltIn()
    {
        using StreamReader reader = EmbeddedTable.Open(ResourceName);
        return Create(ReadTsv(reader));
    }

    // The committed data's columns: date, kind (off/work), holiday in Chinese, in English, year of notice; comment
    // lines of the form "#   YYYY: address" name each year's notices.
    internal static IEnumerable<HolidayYear> ReadTsv(TextReader reader)
    {
        var notices = new Dictionary<int, List<Uri>>();
        var days = new Dictionary<int, List<HolidayDay>>();
        void ReadNotice(string comment)
        {
            string body = comment.TrimStart(' ');
            int colon = body.IndexOf(": http", StringComparison.Ordinal);
            if (colon == 4 && int.TryParse(body.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out int noticeYear))
            {
                Add(notices, noticeYear, new Uri(body[(colon + 2)..].Trim()));
            }
        }

        foreach (string[] f in EmbeddedTable.Rows(reader, ReadNotice))
        {
            LocalDate date = LocalDate.FromDateOnly(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture));
            HolidayDayKind kind = f[1] == "work" ? HolidayDayKind.MakeUpWorkday : HolidayDayKind.DayOff;
            Add(days, int.Parse(f[4], NumberStyles.None, CultureInfo.InvariantCulture), new HolidayDay(date, kind, f[2], f[3]));
        }

        return days.Select(kv => HolidayYear.Create(kv.Key, notices.GetValueOrDefault(kv.Key) ?? [], kv.Value)).ToList();
    }

    private static void Add<T>(Dictionary<int, List<T>> map, int key, T value)
    {
        if (!map.TryGetValue(key, out List<T>? list))
        {
            map[key] = list = [];
        }

        list.Add(value);
    }
}
