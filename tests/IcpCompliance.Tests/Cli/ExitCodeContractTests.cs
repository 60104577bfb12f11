using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using IcpCompliance.Cli;
using IcpCompliance.Cli.Check;
using IcpCompliance.Cli.Commands;
using IcpCompliance.Cli.Input;
using IcpCompliance.Rules;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Cli;

/// <summary>The exit-code contract of docs/cli.md, row by row, for every command.</summary>
public sealed class ExitCodeContractTests
{
    private const string GoodFooterPage = "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>";

    private const string BadFooterPage = "<p>\n<a href=\"http://www.miitbeian.gov.cn/\">京ICP备12345678号-1</a>";

    private static string Golden(string name) => RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", name);

    // Markers in an example's arguments that stand for what standard input holds (the page above by default).
    private static readonly Dictionary<string, Func<byte[]>> StandardInputs = new()
    {
        ["--bad-page"] = () => Encoding.UTF8.GetBytes(BadFooterPage),
        ["--not-json"] = () => Encoding.UTF8.GetBytes("not json"),
        ["--app-with-error"] = () => Encoding.UTF8.GetBytes(File.ReadAllText(Golden("company-website.application.json")).Replace("\"FaceVerification\",", string.Empty, StringComparison.Ordinal)),
        ["--json-too-large"] = () => Padded("{}", InputText.MaxJsonBytes + 1),
        ["--page-too-large"] = () => Padded(GoodFooterPage, InputText.MaxPageBytes + 1),
        ["--not-utf8"] = () => [.. Encoding.UTF8.GetBytes("{\"operation\": \""), 0xB1, 0xB8, 0xB0, 0xB8, .. Encoding.UTF8.GetBytes("\"}")],
    };

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
        { "top-level help", ["--help"], ExitCodes.Ok },
        { "version", ["--version"], ExitCodes.Ok },
        { "group the numbers of a page", ["group", "-"], ExitCodes.Ok },

        // 1: done, the verdict is negative.
        { "parse text that is no number", ["parse", "garbage"], ExitCodes.ProblemFound },
        { "footer refused", ["footer", "京ICP备12345678号"], ExitCodes.ProblemFound },
        { "footer shown elsewhere", ["footer", "陕ICP备2024026116号-1A"], ExitCodes.ProblemFound },
        { "inspect a non-compliant page", ["inspect", "-", "--bad-page"], ExitCodes.ProblemFound },
        { "deadlines: one has passed", ["deadlines", Golden("company-website-live.case.json"), "--at", "2026-05-01T00:00:00Z"], ExitCodes.ProblemFound },
        { "group: no number in the input", ["group", "-", "--not-json"], ExitCodes.ProblemFound },
        { "check: overdue", ["check", Golden("company-website-live.case.json"), "--at", "2026-05-01T00:00:00Z"], ExitCodes.ProblemFound },
        { "check: an error-level finding", ["check", "-", "--app-with-error", "--date", "2026-11-23", "--at", "2026-11-23T00:00:00Z"], ExitCodes.ProblemFound },

        // 2: unusable input or usage.
        { "no command", [], ExitCodes.BadInput },
        { "unknown command", ["pasre", "x"], ExitCodes.BadInput },
        { "parse without its text", ["parse"], ExitCodes.BadInput },
        { "an argument over the limit", ["parse", new string('1', IcpCommand.MaxArgument + 1)], ExitCodes.BadInput },
        { "a contradictory option", ["deadlines", Golden("company-website-live.case.json"), "--launch", "2026-12-01"], ExitCodes.BadInput },
        { "an ineffective option", ["deadlines", "--kind", "app"], ExitCodes.BadInput },
        { "footer: a number that does not parse", ["footer", "garbage"], ExitCodes.BadInput },
        { "footer: a --psb that does not parse", ["footer", "京ICP备12345678号-1", "--psb", "garbage"], ExitCodes.BadInput },
        { "footer: a --license that does not parse", ["footer", "京ICP备12345678号-1", "--license", "garbage"], ExitCodes.BadInput },
        { "footer: an unknown format", ["footer", "京ICP备12345678号-1", "--format", "pdf"], ExitCodes.BadInput },
        { "inspect: an expected number that does not parse", ["inspect", "-", "--icp", "garbage"], ExitCodes.BadInput },
        { "inspect: a --psb that does not parse", ["inspect", "-", "--icp", "京ICP备12345678号-1", "--psb", "garbage"], ExitCodes.BadInput },
        { "inspect: a --license that does not parse", ["inspect", "-", "--icp", "京ICP备12345678号-1", "--license", "garbage"], ExitCodes.BadInput },
        { "inspect: a page over its size limit", ["inspect", "-", "--page-too-large"], ExitCodes.BadInput },
        { "inspect: a file that cannot be read", ["inspect", "/nonexistent/page.html"], ExitCodes.BadInput },
        { "deadlines: a date out of range", ["deadlines", "--launch", "0001-01-05"], ExitCodes.BadInput },
        { "deadlines: an application, not a case", ["deadlines", Golden("company-website.application.json")], ExitCodes.BadInput },
        { "workflow: an unknown option", ["workflow", "--png"], ExitCodes.BadInput },
        { "check: an instant out of range", ["check", "--example", "--at", "9999-12-31T23:59:59Z"], ExitCodes.BadInput },
        { "group: a file that cannot be read", ["group", "/nonexistent/sites.csv"], ExitCodes.BadInput },
        { "group: an unknown format", ["group", "-", "--format", "xml"], ExitCodes.BadInput },
        { "check: JSON that is not an application", ["check", "-", "--not-json"], ExitCodes.BadInput },
        { "check: a file over its size limit", ["check", "-", "--json-too-large"], ExitCodes.BadInput },
        { "check: a file that is not UTF-8", ["check", "-", "--not-utf8"], ExitCodes.BadInput },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Every_command_exits_as_the_contract_says(string situation, string[] args, int expected)
    {
        string[] real = args.Where(a => !StandardInputs.ContainsKey(a)).ToArray();
        byte[] input = args.Where(StandardInputs.ContainsKey).Select(a => StandardInputs[a]()).DefaultIfEmpty(Encoding.UTF8.GetBytes(GoodFooterPage)).Single();

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
    public void A_refused_footer_is_a_negative_verdict()
    {
        // No valid case reaches a refused footer through the command line (the workflow only approves numbers with a
        // service suffix), so the row is checked on the verdict itself.
        FilingCase live = SampleCases.CompanyWebsiteLive;
        RuleReport report = RuleSet.Default.Evaluate(new RuleContext(live.Application, CheckCommand.ExampleDate));
        var refused = new CheckedFooter(CheckedFooter.Refused, null, "FTR0001", "refused", "拒绝");
        var ready = new CheckResult("example", live, live.Application, CheckCommand.ExampleDate, CheckCommand.ExampleInstant, report, [], CheckedFooter.For(live, live.Application));

        Assert.True(ready.IsReady);
        Assert.False((ready with { Footer = refused }).IsReady);
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

    // Valid text followed by spaces: only the size is wrong.
    private static byte[] Padded(string text, int size)
    {
        byte[] bytes = new byte[size];
        Array.Fill(bytes, (byte)' ');
        Encoding.UTF8.GetBytes(text).CopyTo(bytes, 0);
        return bytes;
    }

    private sealed class FailingWriter : StringWriter
    {
        public override void Write(char value) => throw new InvalidOperationException("the terminal went away");

        public override void Write(char[] buffer, int index, int count) => Write('\0');

        public override void Write(string? value) => Write('\0');

        public override void Write(ReadOnlySpan<char> buffer) => Write('\0');
    }
}
