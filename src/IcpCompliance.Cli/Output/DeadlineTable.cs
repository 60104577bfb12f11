using System.Collections.Immutable;
using System.IO;
using IcpCompliance.Deadlines;
using NodaTime;
using NodaTime.Text;

namespace IcpCompliance.Cli.Output;

/// <summary>Writes a case's deadlines, each with its due time in Asia/Shanghai and whether it has passed.</summary>
internal static class DeadlineTable
{
    /// <summary>The zone of record, for every date the tool prints or derives.</summary>
    internal static readonly DateTimeZone Shanghai = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];
    private static readonly LocalDateTimePattern Minutes = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd HH':'mm");

    /// <returns>Whether any deadline has passed at <paramref name="now"/>.</returns>
    internal static bool Write(ImmutableArray<Deadline> deadlines, Instant now, TextWriter output)
    {
        output.WriteLine("Deadlines at " + Minutes.Format(now.InZone(Shanghai).LocalDateTime) + " (Asia/Shanghai):");
        if (deadlines.IsEmpty)
        {
            output.WriteLine("  none open in this state");
            return false;
        }

        bool estimates = false;
        bool overdue = false;
        foreach (var deadline in deadlines)
        {
            string due = deadline.DueAt is { } at
                ? Minutes.Format(at.InZone(Shanghai).LocalDateTime)
                : LocalDatePattern.Iso.Format(deadline.DueOn!.Value) + " end of day";
            string expected = deadline.ExpectedOn is { } on ? ", usually by " + LocalDatePattern.Iso.Format(on) : string.Empty;
            string status = deadline.IsOverdueAt(now) ? "OVERDUE" : "open";
            estimates |= deadline.IsEstimate;
            overdue |= deadline.IsOverdueAt(now);
            output.WriteLine(DisplayWidth.Invariant(
                $"  {status,-7}  {due,-21}  {deadline.By.ToString().ToLowerInvariant(),-9}  {TerminalText.Message(deadline.What)} / {TerminalText.Message(deadline.WhatChinese)} ({deadline.Rule.Id}: {deadline.Rule.Latest}{expected}){(deadline.IsEstimate ? " *" : string.Empty)}"));
        }

        if (estimates)
        {
            output.WriteLine("  * estimate: the figure is not confirmed by a primary source, or the working days fall outside the calendar's data.");
        }

        return overdue;
    }
}
