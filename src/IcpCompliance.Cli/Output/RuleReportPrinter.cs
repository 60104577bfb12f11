using System.Globalization;
using System.IO;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using NodaTime;

namespace IcpCompliance.Cli.Output;

/// <summary>
/// Prints a rule report as a table: one row per finding with its id, severity and path, then the message and the fix
/// hint in English and Chinese beneath. Its own class, so the check command can add further sections (deadlines, the
/// footer) around it.
/// </summary>
internal sealed class RuleReportPrinter(TextWriter output)
{
    private const int IdWidth = 8;
    private const int SeverityWidth = 8;

    internal void Print(FilingApplication application, LocalDate date, RuleReport report, string? verdict = null, string? verdictChinese = null)
    {
        Header(application, date);
        Findings(report);
        Summary(report, verdict, verdictChinese);
    }

    internal void Header(FilingApplication application, LocalDate date)
    {
        output.WriteLine(DisplayWidth.Invariant($"Application: {TerminalText.Quote(application.Subject.Name)}, {application.Operation.Name} ({application.Operation.ChineseName}), {application.Province.EnglishName} ({application.Province.ShortChineseName})"));
        output.WriteLine("Checked on:  " + date.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        output.WriteLine();
    }

    internal void Findings(RuleReport report)
    {
        if (report.Findings.IsEmpty)
        {
            output.WriteLine("No findings.");
            return;
        }

        output.WriteLine(Row("id", "severity", "path"));
        output.WriteLine(Row(new string('-', IdWidth), new string('-', SeverityWidth), new string('-', 30)));
        var findings = report.Findings;
        for (int i = 0; i < findings.Length;)
        {
            // The same message at several places (a domain or a person listed many times) is printed once, with the
            // count and the last place: the output grows with the distinct problems, not with the input (issue #26).
            Finding finding = findings[i];
            int end = i + 1;
            long occurrences = finding.Occurrences;
            while (end < findings.Length && SameProblem(finding, findings[end]))
            {
                occurrences += findings[end].Occurrences;
                end++;
            }

            string places = end - i > 1 ? DisplayWidth.Invariant($" … {TerminalText.Quote(findings[end - 1].Path)} ({end - i:N0} places)") : string.Empty;
            string repeated = occurrences > 1 ? DisplayWidth.Invariant($" (×{occurrences:N0})") : string.Empty;
            output.WriteLine(Row(finding.RuleId, finding.Severity.ToString().ToLowerInvariant(), TerminalText.Quote(finding.Path) + places + repeated));
            Indented(TerminalText.Message(finding.Message));
            Indented(TerminalText.Message(finding.MessageChinese));
            Indented("fix: " + TerminalText.Message(finding.FixHint));
            Indented("修改建议：" + TerminalText.Message(finding.FixHintChinese));
            i = end;
        }
    }

    private static bool SameProblem(Finding a, Finding b)
        => a.RuleId == b.RuleId && a.Severity == b.Severity && a.Message == b.Message && a.MessageChinese == b.MessageChinese
            && a.FixHint == b.FixHint && a.FixHintChinese == b.FixHintChinese;

    /// <summary>The counts and what they mean: "ready to submit" or not, unless the caller words it for where a case
    /// stands (the check command: a live case is not "ready to submit").</summary>
    internal void Summary(RuleReport report, string? verdict = null, string? verdictChinese = null)
    {
        output.WriteLine();
        output.WriteLine(DisplayWidth.Invariant($"{report.ErrorCount} error(s), {report.WarningCount} warning(s), {report.InfoCount} info: {verdict ?? (report.IsReadyToSubmit ? "ready to submit" : "not ready to submit")}"));
        output.WriteLine(verdictChinese ?? (report.IsReadyToSubmit ? "可以提交。" : "暂不能提交。"));
    }

    private void Indented(string text) => output.WriteLine(new string(' ', IdWidth + SeverityWidth + 2) + text);

    private static string Row(string id, string severity, string path) => id.PadRight(IdWidth) + " " + severity.PadRight(SeverityWidth) + " " + path;
}
