using System.CommandLine;
using System.IO;
using IcpCompliance.Cli.Output;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using NodaTime;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp check --example</c>: runs the rule checks on the built-in example application and prints the
/// report.</summary>
internal static class CheckCommand
{
    // The example is checked on a fixed day, so its output never depends on when the command runs.
    internal static readonly LocalDate ExampleDate = new(2026, 11, 23);

    internal static Command Create()
    {
        var example = new Option<bool>("--example") { Description = "Check the built-in example application (SampleFilings.CompanyWebsite)." };
        var command = new Command("check", "Check a filing application against the rules: exit 0 when ready to submit, 1 when an error-level finding, 2 when the input cannot be read.") { example };
        command.SetAction(result => Run(result.GetValue(example), result.InvocationConfiguration.Output, result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(bool example, TextWriter output, TextWriter error)
    {
        if (!example)
        {
            error.WriteLine("error: give --example to check the built-in example application (reading an application from a file comes later)");
            return ExitCodes.BadInput;
        }

        FilingApplication application = SampleFilings.CompanyWebsite;
        RuleReport report = RuleSet.Default.Evaluate(application, ExampleDate);
        new RuleReportPrinter(output).Print(application, ExampleDate, report);
        return report.IsReadyToSubmit ? ExitCodes.Ok : ExitCodes.ProblemFound;
    }
}
