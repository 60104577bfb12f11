using System;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using IcpCompliance.Cli;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Cli;

/// <summary>The exit-code contract of docs/cli.md, row by row, for every command.</summary>
public sealed class ExitCodeContractTests
{
    private const string BadFooterPage = "<p>\n<a href=\"http://www.miitbeian.gov.cn/\">京ICP备12345678号-1</a>";

    private static string Golden(string name) => RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", name);

    public static TheoryData<string, string[], int> Examples() => new()
    {
        // 0: done, nothing wrong.
        { "parse a valid number", ["parse", "京ICP备12345678号-1"], ExitCodes.Ok },
        { "footer written", ["footer", "京ICP备12345678号-1"], ExitCodes.Ok },
        { "inspect a compliant page", ["inspect", "-"], ExitCodes.Ok },
        { "deadlines: nothing overdue", ["deadlines", Golden("company-website-live.case.json"), "--at", "2026-04-01T00:00:00Z"], ExitCodes.Ok },
        { "deadlines: a plan", ["deadlines", "--launch", "2026-12-01"], ExitCodes.Ok },
        { "workflow", ["workflow"], ExitCodes.Ok },
        { "check: ready", ["check", "--example"], ExitCodes.Ok },
        { "help", ["check", "--help"], ExitCodes.Ok },

        // 1: done, the verdict is negative.
        { "parse text that is no number", ["parse", "garbage"], ExitCodes.ProblemFound },
        { "footer refused", ["footer", "京ICP备12345678号"], ExitCodes.ProblemFound },
        { "footer shown elsewhere", ["footer", "陕ICP备2024026116号-1A"], ExitCodes.ProblemFound },
        { "inspect a non-compliant page", ["inspect", "-", "--bad-page"], ExitCodes.ProblemFound },
        { "deadlines: one has passed", ["deadlines", Golden("company-website-live.case.json"), "--at", "2026-05-01T00:00:00Z"], ExitCodes.ProblemFound },
        { "check: overdue", ["check", Golden("company-website-live.case.json"), "--at", "2026-05-01T00:00:00Z"], ExitCodes.ProblemFound },

        // 2: unusable input or usage.
        { "no command", [], ExitCodes.BadInput },
        { "unknown command", ["pasre", "x"], ExitCodes.BadInput },
        { "parse without its text", ["parse"], ExitCodes.BadInput },
        { "an argument over the limit", ["parse", new string('1', IcpCommand.MaxArgument + 1)], ExitCodes.BadInput },
        { "footer: a number that does not parse", ["footer", "garbage"], ExitCodes.BadInput },
        { "footer: an unknown format", ["footer", "京ICP备12345678号-1", "--format", "pdf"], ExitCodes.BadInput },
        { "inspect: an expected number that does not parse", ["inspect", "-", "--icp", "garbage"], ExitCodes.BadInput },
        { "inspect: a file that cannot be read", ["inspect", "/nonexistent/page.html"], ExitCodes.BadInput },
        { "deadlines: a date out of range", ["deadlines", "--launch", "0001-01-05"], ExitCodes.BadInput },
        { "deadlines: an application, not a case", ["deadlines", Golden("company-website.application.json")], ExitCodes.BadInput },
        { "workflow: an unknown option", ["workflow", "--png"], ExitCodes.BadInput },
        { "check: an instant out of range", ["check", "--example", "--at", "9999-12-31T23:59:59Z"], ExitCodes.BadInput },
        { "check: JSON that is not an application", ["check", "-", "--not-json"], ExitCodes.BadInput },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_command_exits_as_the_contract_says(string situation, string[] args, int expected)
    {
        // Two markers stand for standard input: a page with an error, and text that is not JSON.
        string input = args.Contains("--bad-page") ? BadFooterPage
            : args.Contains("--not-json") ? "not json"
            : "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>";
        string[] real = args.Where(a => a is not "--bad-page" and not "--not-json").ToArray();

        (int exit, string output, string error) = CliRunner.RunWithInput(input, real);

        Assert.True(expected == exit, $"{situation}: exit {exit}, expected {expected}.\n{output}\n{error}");
        if (expected == ExitCodes.BadInput)
        {
            Assert.StartsWith("error: ", error, StringComparison.Ordinal);
            Assert.Equal(string.Empty, output);
        }

        Assert.DoesNotContain("   at ", output + error, StringComparison.Ordinal);
    }

    [Fact]
    public void An_exception_is_an_internal_error_on_one_line_without_a_stack_trace()
    {
        using var error = new StringWriter();
        int exit = IcpCommand.Run(["workflow"], new InvocationConfiguration { Output = new FailingWriter(), Error = error });

        Assert.Equal(ExitCodes.InternalError, exit);
        string[] lines = error.ToString().ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal("internal error: InvalidOperationException: the terminal went away", lines[0]);
        Assert.Contains("defect in icp", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void The_docs_table_lists_every_exit_code_and_no_other()
    {
        string docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "cli.md")).ReplaceLineEndings("\n");
        int[] documented = Regex.Matches(docs, @"^\| (\d+) \|", RegexOptions.Multiline, TimeSpan.FromSeconds(1))
            .Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))
            .ToArray();
        int[] codes = typeof(ExitCodes).GetFields(BindingFlags.Static | BindingFlags.NonPublic)
            .Select(f => (int)f.GetValue(null)!)
            .ToArray();

        Assert.Equal(codes.Order(), documented.Order());
        Assert.Equal(codes.Order(), Examples().Select(row => (int)row[2]).Append(ExitCodes.InternalError).Distinct().Order());
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the terminal went away");
    }
}
