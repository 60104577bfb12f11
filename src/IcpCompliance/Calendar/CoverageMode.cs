namespace IcpCompliance.Calendar;

/// <summary>What a calendar does with a date in a year its data does not cover.</summary>
public enum CoverageMode
{
    /// <summary>Treat the year as having no holidays (Monday to Friday working); results involving it are estimates,
    /// which <see cref="CalendarCoverage.Covers(NodaTime.LocalDate, NodaTime.LocalDate)"/> tells apart.</summary>
    Estimate = 0,

    /// <summary>Refuse: throw <see cref="System.ArgumentOutOfRangeException"/> for any calculation that touches an
    /// uncovered year.</summary>
    Strict = 1,
}
