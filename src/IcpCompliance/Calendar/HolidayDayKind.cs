namespace IcpCompliance.Calendar;

/// <summary>What a holiday notice says about a date.</summary>
public enum HolidayDayKind
{
    /// <summary>A day off (放假): a statutory holiday, or a weekday or weekend inside a holiday period.</summary>
    DayOff = 1,

    /// <summary>A make-up working day (调休上班): a Saturday or Sunday made a working day.</summary>
    MakeUpWorkday = 2,
}
