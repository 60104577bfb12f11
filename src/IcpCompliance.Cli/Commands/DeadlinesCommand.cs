using System;
using System.CommandLine;
using System.IO;
using IcpCompliance.Cli.Input;
using IcpCompliance.Cli.Output;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;
using NodaTime.Text;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp deadlines [FILE]</c>: the deadlines open on a case (exit 1 when one has passed), or (with
/// <c>--launch</c>) the plan that works back from a launch date.</summary>
internal static class DeadlinesCommand
{
    internal static Command Create(Func<Stream> standardInput)
    {
        var file = new Argument<string?>("file") { Description = "A stored case (JSON, see docs/json.md), or - for standard input. Without it, the built-in example case.", Arity = ArgumentArity.ZeroOrOne };
        var at = new Option<string?>("--at") { Description = "Judge overdue at this instant (ISO, such as 2026-03-05T10:00:00+08:00 or 2026-03-05T02:00:00Z); default now (for the built-in example, an hour after its SMS was sent)." };
        var launch = new Option<string?>("--launch") { Description = "Plan backwards from this launch date (yyyy-MM-dd, Asia/Shanghai): the latest day to start each step." };
        var kind = new Option<string>("--kind") { Description = "What goes live: website, app, mini-program or quick-app.", DefaultValueFactory = _ => "website" };
        var commercial = new Option<bool>("--commercial") { Description = "The service needs an ICP Commercial License (applied for after the filing)." };
        var command = new Command("deadlines", "Show the deadlines open on a case, or plan backwards from a launch date.") { file, at, launch, kind, commercial };
        OptionRules.Excludes(command, file, launch, "--launch plans from a date and would ignore the case");
        OptionRules.Excludes(command, at, launch, "--at judges a case's deadlines, and a plan has none to judge");
        OptionRules.Requires(command, kind, launch, "it says what the plan is for, and without --launch there is no plan");
        OptionRules.Requires(command, commercial, launch, "it adds the license to the plan, and without --launch there is no plan");
        command.SetAction(result => Run(
            result.GetValue(file),
            result.GetValue(at),
            result.GetValue(launch),
            result.GetValue(kind) ?? "website",
            result.GetValue(commercial),
            standardInput,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string? path, string? atText, string? launchText, string kindText, bool commercial, Func<Stream> standardInput, TextWriter output, TextWriter error)
    {
        if (launchText is null)
        {
            return RunCase(path, atText, standardInput, output, error);
        }

        if (!TimeOptions.TryParseDate(launchText, "--launch", error, out LocalDate launch))
        {
            return ExitCodes.BadInput;
        }

        ServiceKind? kind = kindText.ToUpperInvariant() switch
        {
            "WEBSITE" => ServiceKind.Website,
            "APP" => ServiceKind.App,
            "MINI-PROGRAM" or "MINIPROGRAM" => ServiceKind.MiniProgram,
            "QUICK-APP" or "QUICKAPP" => ServiceKind.QuickApp,
            _ => null,
        };
        if (kind is null)
        {
            error.WriteLine("error: --kind must be website, app, mini-program or quick-app, not '" + TerminalText.Quote(kindText) + "'");
            return ExitCodes.BadInput;
        }

        WritePlan(DeadlineCalculator.Default.PlanBackwards(launch, kind.Value, commercial), DeadlineCalculator.Default.Policy, kind.Value, commercial, output);
        return ExitCodes.Ok;
    }

    private static int RunCase(string? path, string? atText, Func<Stream> standardInput, TextWriter output, TextWriter error)
    {
        // The built-in example is fixed in March 2026; judged at the clock it would always be overdue, so without
        // --at it is judged an hour after its SMS went out.
        Instant now = SampleCases.CompanyWebsiteSmsSentAt + Duration.FromHours(1);
        if ((path is not null || atText is not null) && !TimeOptions.TryParseInstant(atText, "--at", error, out now))
        {
            return ExitCodes.BadInput;
        }

        FilingCase filingCase = SampleCases.CompanyWebsiteAwaitingSms;
        if (path is not null)
        {
            if (!FilingFile.TryRead(path, standardInput, error, out var document))
            {
                return ExitCodes.BadInput;
            }

            if (!document.TryPickT1(out filingCase, out _))
            {
                error.WriteLine("error: " + TerminalText.Quote(path) + " is an application, not a stored case: deadlines run on a case (with schemaVersion and history); try icp check");
                return ExitCodes.BadInput;
            }
        }

        output.WriteLine(path is null ? "Built-in example case (SampleCases.CompanyWebsiteAwaitingSms)" : "Case " + TerminalText.Quote(path));
        CaseSummary.Write(filingCase, output);
        output.WriteLine();
        return DeadlineTable.Write(DeadlineCalculator.Default.For(filingCase), now, output) ? ExitCodes.ProblemFound : ExitCodes.Ok;
    }

    internal static void WritePlan(LaunchPlan plan, DeadlinePolicy policy, ServiceKind kind, bool commercial, TextWriter output)
    {
        output.WriteLine(DisplayWidth.Invariant($"Launch plan: a {(commercial ? "commercial " : string.Empty)}{Describe(kind)} going live on {Iso(plan.Launch)} (Asia/Shanghai)"));
        output.WriteLine(DisplayWidth.Invariant($"Start by {Iso(plan.StartBy)}. Each step with the latest day it may start, taking its longest duration:"));
        output.WriteLine();
        output.WriteLine("  start by    finish by   who        step");
        foreach (var step in plan.Steps)
        {
            output.WriteLine(DisplayWidth.Invariant(
                $"  {Iso(step.LatestStart)}  {Iso(step.FinishBy)}  {step.By.ToString().ToLowerInvariant(),-9}  {step.Action} / {step.ActionChinese} ({step.Rule.Latest}){(step.IsEstimate ? " *" : string.Empty)}"));
        }

        output.WriteLine(DisplayWidth.Invariant($"  {Iso(plan.Launch)}              applicant  go live / 上线"));
        output.WriteLine(DisplayWidth.Invariant($"  {Iso(plan.PsbFilingDue)}  due         applicant  PSB filing / 公安联网备案 (within {policy.PsbFiling.Latest} of going live)"));
        if (plan.IsEstimate)
        {
            output.WriteLine();
            output.WriteLine("* estimate: the figure is not confirmed by a primary source, or the working days fall outside the calendar's data.");
        }
    }

    private static string Describe(ServiceKind kind) => kind switch
    {
        ServiceKind.App => "App",
        ServiceKind.MiniProgram => "Mini Program",
        ServiceKind.QuickApp => "quick app",
        _ => "website",
    };

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
