using System.IO;
using IcpCompliance.Cli.Output;

namespace IcpCompliance.Cli.Check;

/// <summary>Prints a check as readable sections: the rule report, the case's deadlines, the footer.</summary>
internal static class CheckText
{
    internal static void Write(CheckResult result, TextWriter output)
    {
        var printer = new RuleReportPrinter(output);
        CheckVerdict verdict = CheckVerdict.For(result.Case, result.Report);
        printer.Print(result.Application, result.Date, result.Report, verdict.English, verdict.Chinese);

        output.WriteLine();
        if (result.Case is { } filingCase)
        {
            output.WriteLine("Case");
            CaseSummary.Write(filingCase, output);
            output.WriteLine();
            DeadlineTable.Write(result.Deadlines, result.At, output);
        }
        else
        {
            output.WriteLine("Deadlines: none yet; they start with the case (submit the application, then track it with the workflow).");
        }

        output.WriteLine();
        output.WriteLine("Footer: " + TerminalText.Message(result.Footer.Message) + " / " + TerminalText.Message(result.Footer.MessageChinese));
        if (result.Footer.Html is { } html)
        {
            output.WriteLine(html);
        }

        output.WriteLine();
        output.WriteLine(result.IsReady
            ? "Result: ready (no errors, nothing overdue)."
            : "Result: something needs attention (an error-level finding, an overdue deadline or a refused footer).");
    }
}
