using System.IO;
using IcpCompliance.Cli.Commands;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using IcpCompliance.Testing;

namespace IcpCompliance.Tests.Cli;

/// <summary><c>icp check --example</c>, run in-process.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Example_passes_the_rules_and_prints_its_findings_in_both_languages()
    {
        (int exit, string output, string error) = CliRunner.Run("check", "--example");
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("北京示例科技有限公司", output);
        Assert.Contains("Checked on:  2026-03-24", output);
        Assert.Contains("ICP0102  info     Services[0].HostingRegion", output);
        Assert.Contains("修改建议：", output);
        Assert.Contains("0 error(s), 0 warning(s), 2 info: filed (Live, 已开通): the filed application passes the rules", output);
        Assert.Contains("已备案（已开通）：已备案信息符合规则。", output);
    }

    /// <summary>The example is a live case: it is filed, not "ready to submit"; the wording follows the case's state.</summary>
    [Theory]
    [InlineData("company-website-live.case.json", "filed (Live, 已开通): the filed application passes the rules")]
    [InlineData("company-website-awaiting-sms.case.json", "the application is submitted (AwaitingSmsVerification, 待短信核验) and passes the rules")]
    [InlineData("mini-program-in-verification.case.json", "(VerificationPending, 认证审核中)")]
    [InlineData("company-website.application.json", " info: ready to submit")]
    public void The_verdict_follows_where_the_case_stands(string file, string verdict)
    {
        (_, string output, _) = CliRunner.Run("check", Golden(file), "--date", "2026-03-24", "--at", "2026-03-24T02:00:00Z");
        Assert.Contains(verdict, output);
        if (file.Contains(".case.", System.StringComparison.Ordinal))
        {
            Assert.DoesNotContain(": ready to submit", output);
        }
    }

    [Fact]
    public void Every_finding_of_the_example_is_printed_with_its_path_and_hint()
    {
        RuleReport report = RuleSet.Default.Evaluate(SampleFilings.CompanyWebsite, CheckCommand.ExampleDate);
        (_, string output, _) = CliRunner.Run("check", "--example");
        Assert.All(report.Findings, f =>
        {
            Assert.Contains(f.RuleId, output);
            Assert.Contains(f.Path, output);
            Assert.Contains(f.MessageChinese, output);
            Assert.Contains(f.FixHint, output);
        });
    }

    [Fact]
    public void Check_without_an_application_is_bad_input()
    {
        (int exit, string output, string error) = CliRunner.Run("check");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains("--example", error);
    }

    [Fact]
    public void An_unknown_option_is_bad_input()
        => Assert.Equal(2, CliRunner.Run("check", "--exampel").ExitCode);

    [Fact]
    public void A_report_with_errors_prints_not_ready_and_the_error_rows()
    {
        FilingApplication broken = SampleFilings.CompanyWebsite with { Documents = [] };
        RuleReport report = RuleSet.Default.Evaluate(broken, CheckCommand.ExampleDate);
        using var output = new StringWriter();
        new IcpCompliance.Cli.Output.RuleReportPrinter(output).Print(broken, CheckCommand.ExampleDate, report);
        string text = output.ToString();
        Assert.Contains("ICP0301  error    Documents", text);
        Assert.Contains("not ready to submit", text);
        Assert.Contains("暂不能提交。", text);
    }

    private static string Golden(string name) => IcpCompliance.Tests.TestSupport.RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", name);

    [Fact]
    public void The_example_runs_everything_rules_deadlines_and_footer()
    {
        (int exit, string output, _) = CliRunner.Run("check", "--example");

        Assert.Equal(0, exit);
        Assert.Contains("state:      Live (已开通)", output);
        Assert.Contains("open     2026-04-22 end of day  applicant  PSB filing done", output);
        Assert.Contains(">京ICP备2026012345号-1</a>", output);
        Assert.Contains("Result: ready", output);
    }

    [Fact]
    public void An_application_file_gets_its_report_and_no_deadlines_or_footer_yet()
    {
        (int exit, string output, string error) = CliRunner.Run("check", Golden("company-website.application.json"), "--date", "2026-11-23", "--at", "2026-11-23T00:00:00Z");

        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("Checked on:  2026-11-23", output);
        Assert.Contains("Deadlines: none yet", output);
        Assert.Contains("Footer: No footer yet", output);
    }

    [Fact]
    public void A_case_with_an_overdue_deadline_exits_1()
    {
        (int exit, string output, _) = CliRunner.Run("check", Golden("company-website-live.case.json"), "--at", "2026-05-01T00:00:00Z");

        Assert.Equal(1, exit);
        Assert.Contains("OVERDUE  2026-04-22 end of day", output);
        Assert.Contains("Result: something needs attention", output);
    }

    [Fact]
    public void Json_format_is_one_document_with_the_library_report()
    {
        (int exit, string output, _) = CliRunner.Run("check", "--example", "--format", "json");

        Assert.Equal(0, exit);
        using var document = System.Text.Json.JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal("case", root.GetProperty("kind").GetString());
        Assert.Equal("Live", root.GetProperty("state").GetString());
        Assert.True(root.GetProperty("ready").GetBoolean());
        Assert.Equal("filed (Live, 已开通): the filed application passes the rules", root.GetProperty("verdict").GetString());
        Assert.Equal(2, root.GetProperty("report").GetProperty("infoCount").GetInt32());
        Assert.Equal("psb-filing", root.GetProperty("deadlines")[0].GetProperty("ruleId").GetString());
        Assert.Equal("2026-04-22", root.GetProperty("deadlines")[0].GetProperty("dueOn").GetString());
        Assert.Equal("rendered", root.GetProperty("footer").GetProperty("status").GetString());
        Assert.Contains("示例科技官网", output); // Chinese written as itself, not escaped
    }

    [Theory]
    [InlineData(new[] { "check", "--example", "--format", "xml" }, "--format must be text or json")]
    [InlineData(new[] { "check", "--example", "--date", "2026-02-30" }, "--date must be a date")]
    [InlineData(new[] { "check", "--example", "--at", "noon" }, "--at must be an instant")]
    [InlineData(new[] { "check", "/nonexistent/application.json" }, "cannot read /nonexistent/application.json")]
    public void Bad_input_is_one_line_and_exit_code_2(string[] args, string expected)
    {
        (int exit, string output, string error) = CliRunner.Run(args);

        Assert.Equal((2, string.Empty), (exit, output));
        Assert.Contains(expected, error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Fact]
    public void A_file_whose_number_does_not_parse_names_the_file_path_and_problem()
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "icp-check-" + System.Guid.NewGuid().ToString("N") + ".json");
        System.IO.File.WriteAllText(path, System.IO.File.ReadAllText(Golden("company-website.application.json")).Replace("91110108MA01ABCD5T", "91110108MA01ABCD5X"));
        try
        {
            (int exit, string output, string error) = CliRunner.Run("check", path);

            Assert.Equal((2, string.Empty), (exit, output));
            Assert.StartsWith("error: " + path + " is not an application or a stored case: Invalid unified social credit code \"91110108MA01ABCD5X\": BadCheckCharacter at position 17", error);
            Assert.Contains("(at $.subject.certificate, line 10, column ", error);
            Assert.Contains("文件不是备案申请或已保存的备案案件：", error);
            Assert.DoesNotContain("   at ", error);
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }
}
