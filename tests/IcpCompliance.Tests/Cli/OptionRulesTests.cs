using System;
using System.CommandLine;
using System.Linq;
using IcpCompliance.Cli;
using IcpCompliance.Cli.Output;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Cli;

/// <summary>An option that would be ignored, or that contradicts another, is a usage error saying why in one line,
/// and every such dependency is stated in the help of the option it constrains.</summary>
public sealed class OptionRulesTests
{
    private static string Golden(string name) => RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", name);

    public static TheoryData<string[], string, string, string> Refused() => new()
    {
        {
            ["deadlines", Golden("company-website-live.case.json"), "--launch", "2026-10-08"],
            "error: FILE and --launch do not go together: --launch plans from a date and would ignore the case",
            "  <file>  ",
            "Not with --launch."
        },
        {
            ["deadlines", "--launch", "2026-10-08", "--at", "2026-10-01T00:00:00Z"],
            "error: --at and --launch do not go together: --at judges a case's deadlines, and a plan has none to judge",
            "  --at <at>  ",
            "Not with --launch."
        },
        {
            ["deadlines", "--kind", "app"],
            "error: --kind needs --launch: it says what the plan is for, and without --launch there is no plan",
            "  --kind <kind>  ",
            "Only with --launch. [default: website]"
        },
        {
            ["deadlines", Golden("company-website-live.case.json"), "--commercial"],
            "error: --commercial needs --launch: it adds the license to the plan, and without --launch there is no plan",
            "  --commercial  ",
            "Only with --launch."
        },
        {
            ["inspect", "page.html", "--psb", "京公网安备11010802012345号"],
            "error: --psb needs --icp: the page is checked against the numbers as filed, starting with the ICP number",
            "  --psb <psb>  ",
            "Only with --icp."
        },
        {
            ["inspect", "page.html", "--license", "京ICP证030173号"],
            "error: --license needs --icp: the page is checked against the numbers as filed, starting with the ICP number",
            "  --license <license>  ",
            "Only with --icp."
        },
        {
            ["check", "app.json", "--example"],
            "error: FILE and --example do not go together: --example checks the built-in example and would ignore the file",
            "  --example  ",
            "Not with FILE."
        },
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void A_contradictory_or_ineffective_option_is_a_usage_error_saying_why_and_the_help_says_so(string[] args, string expected, string helpRow, string helpSays)
    {
        (int exit, string output, string error) = CliRunner.Run(args);

        Assert.Equal((ExitCodes.BadInput, string.Empty), (exit, output));
        Assert.Equal([expected, "Run 'icp " + args[0] + " --help' for usage."], error.TrimEnd('\n').Split('\n'));

        (int helpExit, string help, _) = CliRunner.Run(args[0], "--help");
        Assert.Equal(ExitCodes.Ok, helpExit);
        Assert.EndsWith(" " + helpSays, help.Split('\n').Single(line => line.StartsWith(helpRow, StringComparison.Ordinal)), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("deadlines", "--launch", "2026-12-01", "--kind", "app", "--commercial")]
    [InlineData("inspect", "-", "--icp", "京ICP备12345678号-1", "--psb", "京公网安备11010802012345号", "--license", "京ICP证030173号")]
    public void Options_given_with_what_they_need_are_accepted(params string[] args)
    {
        (int exit, _, string error) = CliRunner.Run(args);

        Assert.DoesNotContain("needs", error, StringComparison.Ordinal);
        Assert.NotEqual(ExitCodes.BadInput, exit);
    }

    [Fact]
    public void The_top_level_help_shows_optional_arguments_as_optional()
    {
        (int exit, string help, string error) = CliRunner.Run("--help");

        Assert.Equal((ExitCodes.Ok, string.Empty), (exit, error));
        Assert.Contains("\n  deadlines [<file>]   Show the deadlines open on a case", help, StringComparison.Ordinal);
        Assert.Contains("\n  check [<file>]       Check an application or a case", help, StringComparison.Ordinal);
        Assert.Contains("\n  parse <text>         Recognize", help, StringComparison.Ordinal);
        Assert.Contains("\n  -?, -h, --help  Show help and usage information\n", help, StringComparison.Ordinal);
        Assert.StartsWith("Description:\n  icp: China ICP filing compliance as code", help, StringComparison.Ordinal);
    }

    [Fact]
    public void The_top_level_help_lists_every_command_with_its_arguments()
    {
        RootCommand root = IcpCommand.Create();
        (_, string help, _) = CliRunner.Run("--help");

        foreach (Command command in root.Subcommands)
        {
            string label = RootHelpAction.Label(command);
            Assert.Contains("\n  " + label + " ", help, StringComparison.Ordinal);
            foreach (Argument argument in command.Arguments)
            {
                string name = "<" + argument.Name + ">" + (argument.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
                Assert.Contains(argument.Arity.MinimumNumberOfValues == 0 ? "[" + name + "]" : name, label, StringComparison.Ordinal);
            }

            // The same as the command's own usage line.
            (_, string own, _) = CliRunner.Run(command.Name, "--help");
            Assert.Contains(" " + label + " [options]\n", own, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void A_command_keeps_its_own_help()
    {
        (int exit, string help, _) = CliRunner.Run("deadlines", "--help");

        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains(" deadlines [<file>] [options]\n\nArguments:\n  <file>  ", help, StringComparison.Ordinal);
    }
}
