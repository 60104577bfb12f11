using System.IO;
using IcpCompliance.Cli.Output;
using NodaTime;
using NodaTime.Text;

namespace IcpCompliance.Cli.Input;

/// <summary>
/// Reads the dates and instants given on the command line (<c>--date</c>, <c>--at</c>, <c>--launch</c>). Days
/// outside <see cref="Earliest"/> to <see cref="Latest"/> (Asia/Shanghai) are refused: nothing is filed before 2000,
/// and deadlines, working days and plans computed from a far year would leave what the calendar and NodaTime can
/// represent. Without an instant, the front end (never the library) reads the clock.
/// </summary>
internal static class TimeOptions
{
    /// <summary>The earliest day an option may name.</summary>
    internal static readonly LocalDate Earliest = new(2000, 1, 1);

    /// <summary>The latest day an option may name.</summary>
    internal static readonly LocalDate Latest = new(2099, 12, 31);

    internal static bool TryParseInstant(string? text, string option, TextWriter error, out Instant instant)
    {
        instant = SystemClock.Instance.GetCurrentInstant();
        if (text is null)
        {
            return true;
        }

        ParseResult<OffsetDateTime> offset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        ParseResult<Instant> utc = InstantPattern.ExtendedIso.Parse(text);
        if (!offset.Success && !utc.Success)
        {
            error.WriteLine("error: " + option + " must be an instant such as 2026-03-05T10:00:00+08:00 or 2026-03-05T02:00:00Z, not '" + TerminalText.Quote(text) + "'");
            return false;
        }

        // Compared as instants: a far one cannot even be shown in Asia/Shanghai (9999-12-31T23:59:59Z is in 10000 there).
        instant = offset.Success ? offset.Value.ToInstant() : utc.Value;
        LocalDate day = instant < Start(Earliest) ? Earliest.PlusDays(-1) : instant >= Start(Latest.PlusDays(1)) ? Latest.PlusDays(1) : instant.InZone(DeadlineTable.Shanghai).Date;
        return InRange(day, option, text, error);
    }

    internal static bool TryParseDate(string text, string option, TextWriter error, out LocalDate date)
    {
        ParseResult<LocalDate> parsed = LocalDatePattern.Iso.Parse(text);
        date = parsed.Success ? parsed.Value : default;
        if (!parsed.Success)
        {
            error.WriteLine("error: " + option + " must be a date such as 2026-11-23, not '" + TerminalText.Quote(text) + "'");
            return false;
        }

        return InRange(date, option, text, error);
    }

    private static Instant Start(LocalDate day) => day.AtStartOfDayInZone(DeadlineTable.Shanghai).ToInstant();

    private static bool InRange(LocalDate day, string option, string text, TextWriter error)
    {
        if (day >= Earliest && day <= Latest)
        {
            return true;
        }

        error.WriteLine(DisplayWidth.Invariant($"error: {option} must fall between {LocalDatePattern.Iso.Format(Earliest)} and {LocalDatePattern.Iso.Format(Latest)} (Asia/Shanghai), not '{TerminalText.Quote(text)}'; 日期须在 2000-01-01 至 2099-12-31 之间"));
        return false;
    }
}
