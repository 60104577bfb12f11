namespace IcpCompliance.Deadlines;

/// <summary>The unit a time limit is stated in, which decides how it is counted.</summary>
public enum DeadlineUnit
{
    /// <summary>Hours from an instant (the SMS code's 24 hours).</summary>
    Hours = 1,

    /// <summary>Calendar days (自然日) in Asia/Shanghai (30 days after going live).</summary>
    CalendarDays = 2,

    /// <summary>Working days (工作日) on the working-day calendar (20 working days of bureau review).</summary>
    WorkingDays = 3,
}
