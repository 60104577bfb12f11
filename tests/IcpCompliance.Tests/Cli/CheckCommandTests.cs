using System.IO;
using IcpCompliance.Cli.Commands;
using IcpCompliance.Filing;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Cli;

/// <summary><c>icp check --example</c>, run in-process.</summary>
public sealed class CheckCommandTests
{
    [Fact]
    public void Example_is_ready_to_submit_and_prints_its_findings_in_both_languages()
    {
        (int exit, string output, string error) = CliRunner.Run("check", "--example");
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("北京示例科技有限公司", output);
        Assert.Contains("Checked on:  2026-11-23", output);
        Assert.Contains("ICP0102  info     Services[0].HostingRegion", output);
        Assert.Contains("修改建议：", output);
        Assert.Contains("0 error(s), 0 warning(s), 2 info: ready to submit", output);
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
}
