using System;
using System.Collections.Immutable;
using System.CommandLine;
using System.IO;
using IcpCompliance.Cli.Check;
using IcpCompliance.Cli.Input;
using IcpCompliance.Cli.Output;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Cli.Commands;

/// <summary>
/// <c>icp check FILE|--example</c>: the rule report, the open deadlines and the footer of an application or a stored
/// case, as a table or as JSON. Exit 0 when ready (no error-level finding, nothing overdue, a footer that can be
/// shown), 1 when something is found, 2 when the input cannot be read.
/// </summary>
internal static class CheckCommand
{
    /// <summary>The example is the company website live since 23 March 2026, checked the next day, so its output
    /// never depends on when the command runs.</summary>
    internal static readonly Instant ExampleInstant = SampleCases.CompanyWebsiteLiveAt + Duration.FromDays(1);

    internal static readonly LocalDate ExampleDate = ExampleInstant.InZone(DeadlineTable.Shanghai).Date;

    internal static Command Create(Func<Stream> standardInput)
    {
        var file = new Argument<string?>("file") { Description = "An application or a stored case (JSON, see docs/json.md), or - for standard input.", Arity = ArgumentArity.ZeroOrOne };
        var example = new Option<bool>("--example") { Description = "Check the built-in example: IcpCompliance.Testing's SampleCases.CompanyWebsiteLive (a Beijing company website, live, PSB filing due)." };
        var date = new Option<string?>("--date") { Description = "Evaluate the rules as of this day (yyyy-MM-dd); default today in Asia/Shanghai." };
        var at = new Option<string?>("--at") { Description = "Judge deadlines at this instant (ISO, with Z or an offset); default now." };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("check", "Check an application or a case: rule findings, open deadlines and the footer. Exit 0 when ready, 1 when something is found, 2 when the input cannot be read.") { file, example, date, at, format };
        OptionRules.Excludes(command, file, example, "--example checks the built-in example and would ignore the file");
        command.SetAction(result => Run(
            result.GetValue(file),
            result.GetValue(example),
            result.GetValue(date),
            result.GetValue(at),
            result.GetValue(format) ?? "text",
            standardInput,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string? path, bool example, string? dateText, string? atText, string formatText, Func<Stream> standardInput, TextWriter output, TextWriter error)
    {
        bool? json = formatText.ToUpperInvariant() switch
        {
            "TEXT" => false,
            "JSON" => true,
            _ => null,
        };
        if (json is null)
        {
            Fail(error, "--format must be text or json, not '" + TerminalText.Quote(formatText) + "'");
            return ExitCodes.BadInput;
        }

        // A file with --example is refused when the command line is parsed (OptionRules); here only neither is left.
        if (!example && path is null)
        {
            Fail(error, "give an application or case file, or --example for the built-in example");
            return ExitCodes.BadInput;
        }

        // The example is judged at its own fixed instant (and so on its day) unless --at says otherwise.
        Instant now = ExampleInstant;
        if ((!example || atText is not null) && !TimeOptions.TryParseInstant(atText, "--at", error, out now))
        {
            return ExitCodes.BadInput;
        }

        LocalDate date = now.InZone(DeadlineTable.Shanghai).Date;
        if (dateText is not null && !TimeOptions.TryParseDate(dateText, "--date", error, out date))
        {
            return ExitCodes.BadInput;
        }

        FilingCase? filingCase = SampleCases.CompanyWebsiteLive;
        FilingApplication application = filingCase.Application;
        if (path is not null)
        {
            if (!FilingFile.TryRead(path, standardInput, error, out var document))
            {
                return ExitCodes.BadInput;
            }

            filingCase = document.Match(_ => (FilingCase?)null, c => c);
            application = document.Match(a => a, c => c.PendingChange ?? c.Application);
        }

        // A change in progress is checked against the filing it changes.
        FilingApplication? approved = filingCase?.PendingChange is not null ? filingCase.Application : null;
        RuleReport report = RuleSet.Default.Evaluate(new RuleContext(application, date) { PreviouslyApproved = approved });
        ImmutableArray<Deadline> deadlines = filingCase is null ? [] : DeadlineCalculator.Default.For(filingCase);
        CheckedFooter footer = CheckedFooter.For(filingCase, application);
        var result = new CheckResult(path ?? "example", filingCase, application, date, now, report, deadlines, footer);

        if (json.Value)
        {
            CheckJson.Write(result, output);
        }
        else
        {
            CheckText.Write(result, output);
        }

        return result.IsReady ? ExitCodes.Ok : ExitCodes.ProblemFound;
    }

    private static void Fail(TextWriter error, string message) => error.WriteLine("error: " + message);
}
