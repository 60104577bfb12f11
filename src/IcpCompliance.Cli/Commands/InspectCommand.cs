using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Text;
using IcpCompliance.Cli.Input;
using IcpCompliance.Cli.Output;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp inspect FILE|-</c>: finds the filing numbers in a page and reports what is wrong with its footer.</summary>
internal static class InspectCommand
{
    internal static Command Create(Func<Stream> standardInput)
    {
        var file = new Argument<string>("file") { Description = "The page's HTML or Markdown file, - to read the standard input, a directory (every .html, .htm, .md and .markdown file in it), or @ and a file that lists pages one a line." };
        var icp = new Option<string?>("--icp") { Description = "The site's ICP filing number as filed, to check the page shows it as its province requires." };
        var psb = new Option<string?>("--psb") { Description = "The site's PSB filing number, to check the page shows it." };
        var license = new Option<string?>("--license") { Description = "The subject's ICP Commercial License, to check the page shows it." };
        var failOn = new Option<string>("--fail-on") { Description = "The least severity that fails the check (exit 1): error (default) or warning.", DefaultValueFactory = _ => "error" };
        failOn.AcceptOnlyFromAmong("error", "warning");
        var failOnRule = new Option<string[]>("--fail-on-rule") { Description = "A finding id (FTR0305) whose findings fail the check whatever their severity, to raise one warning without raising them all; repeat it for more.", AllowMultipleArgumentsPerToken = false };
        failOnRule.AcceptOnlyFromAmong([.. FooterRules.All.Select(r => r.Id)]);
        var inner = new Option<bool>("--inner") { Description = "The pages are not the site's home page: a page that shows no ICP number is a warning (FTR0311), not an error (FTR0308, FTR0301); the display rule names the home page only." };
        var read = new Option<string>("--read") { Description = "How pages are written: auto (default: Markdown for a .md or .markdown file, HTML otherwise), html or markdown.", DefaultValueFactory = _ => "auto" };
        read.AcceptOnlyFromAmong("auto", "html", "markdown");
        var format = new Option<string>("--format") { Description = "Output for many pages: text (default) or jsonl (one JSON line per page, the summary on the standard error).", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "jsonl");
        var command = new Command("inspect", "Inspect a page's footer: exit 0 when compliant, 1 when a finding at --fail-on severity or above (or of a --fail-on-rule rule), 2 when the input cannot be read.") { file, icp, psb, license, failOn, failOnRule, inner, read, format };
        OptionRules.Requires(command, psb, icp, "the page is checked against the numbers as filed, starting with the ICP number");
        OptionRules.Requires(command, license, icp, "the page is checked against the numbers as filed, starting with the ICP number");
        command.SetAction(result => Run(
            result.GetRequiredValue(file),
            result.GetValue(icp),
            result.GetValue(psb),
            result.GetValue(license),
            new FailurePolicy(result.GetValue(failOn) == "warning" ? FooterSeverity.Warning : FooterSeverity.Error, (result.GetValue(failOnRule) ?? []).ToHashSet(StringComparer.Ordinal)),
            result.GetValue(inner) ? PageKind.InnerPage : PageKind.HomePage,
            result.GetValue(read) ?? "auto",
            result.GetValue(format) == "jsonl",
            standardInput,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string path, string? icpText, string? psbText, string? licenseText, FailurePolicy failOn, PageKind pageKind, string read, bool jsonLines, Func<Stream> standardInput, TextWriter output, TextWriter error)
    {
        ExpectedFooterNumbers? expected = null;
        if (icpText is not null)
        {
            if (!IcpFilingNumber.Parse(icpText, ParseMode.Lenient).TryGetValue(out IcpFilingNumber number, out ParseError? failure))
            {
                return BadNumber("--icp", icpText, failure, error);
            }

            expected = new ExpectedFooterNumbers(number);
        }

        if (expected is not null && psbText is not null)
        {
            if (!PsbFilingNumber.Parse(psbText, ParseMode.Lenient).TryGetValue(out PsbFilingNumber number, out ParseError? failure))
            {
                return BadNumber("--psb", psbText, failure, error);
            }

            expected = expected with { PsbNumber = number };
        }

        if (expected is not null && licenseText is not null)
        {
            if (!IcpLicenseNumber.Parse(licenseText, ParseMode.Lenient).TryGetValue(out IcpLicenseNumber number, out ParseError? failure))
            {
                return BadNumber("--license", licenseText, failure, error);
            }

            expected = expected with { LicenseNumber = number };
        }

        if (path != "-" && InspectMany.NamesManyPages(path))
        {
            var options = new FooterInspectionOptions { Page = pageKind, Expected = expected };
            return InspectMany.Run(path, options, failOn, read, jsonLines, output, error);
        }

        if (!InputText.TryReadBytes(path, standardInput, InputText.MaxPageBytes, error, out byte[] page))
        {
            return ExitCodes.BadInput;
        }

        FooterInspection inspection = InspectMany.Inspect(path, page, new FooterInspectionOptions { Page = pageKind, Expected = expected }, read);
        if (jsonLines)
        {
            output.WriteLine(InspectMany.JsonLine(path == "-" ? "-" : path, inspection));
            return failOn.Fails(inspection) ? ExitCodes.ProblemFound : ExitCodes.Ok;
        }

        string name = path == "-" ? "<stdin>" : TerminalText.Quote(path);
        foreach (FoundNumber found in inspection.Numbers)
        {
            string where = found.Context switch
            {
                FoundNumberContext.Comment => " (in a comment)",
                FoundNumberContext.Script => " (in a script)",
                _ => found.Href is null ? " (not linked)" : " → " + TerminalText.Quote(found.Href),
            };
            output.WriteLine(DisplayWidth.Invariant($"{name}:{found.Line}: found {found.Number}{where}"));
        }

        foreach (FooterFinding finding in inspection.Findings)
        {
            string line = finding.Line is int l ? DisplayWidth.Invariant($"{l}") : "-";
            string severity = finding.Severity.ToString().ToLowerInvariant();
            string repeated = finding.Occurrences > 1 ? DisplayWidth.Invariant($" (×{finding.Occurrences})") : string.Empty;
            output.WriteLine(DisplayWidth.Invariant($"{name}:{line}: {severity} {finding.RuleId}: {TerminalText.Message(finding.Message)}{repeated}"));
            output.WriteLine("  " + TerminalText.Message(finding.MessageChinese));
        }

        if (inspection.IsCut)
        {
            output.WriteLine(DisplayWidth.Invariant($"{name}: {inspection.NumbersNotKept} more number(s) not kept (at most {FooterInspector.MaxKeptNumbers} per page)"));
        }

        bool fails = failOn.Fails(inspection);
        string taken = inspection.Page == PageKind.InnerPage ? " (as an inner page)" : string.Empty;
        output.WriteLine(DisplayWidth.Invariant($"{inspection.Numbers.Length} number(s), {inspection.Findings.Length} finding(s): {(inspection.IsCompliant ? "compliant" : "not compliant")}{taken}"));
        return fails ? ExitCodes.ProblemFound : ExitCodes.Ok;
    }

    internal static bool IsMarkdown(string format, string path)
        => format == "markdown" || (format == "auto" && (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".markdown", StringComparison.OrdinalIgnoreCase)));

    private static int BadNumber(string what, string text, ParseError failure, TextWriter error)
    {
        error.WriteLine(DisplayWidth.Invariant($"error: {what} '{TerminalText.Quote(text)}': {failure.Code} at position {failure.Position}: {TerminalText.Message(failure.Message)}"));
        return ExitCodes.BadInput;
    }
}
