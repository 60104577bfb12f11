using System;
using Xunit;

namespace IcpCompliance.Tests.Cli;

public sealed class DeadlinesCommandTests
{
    [Fact]
    public void Launch_plan_lists_each_step_with_its_latest_start()
    {
        var (exitCode, output, error) = CliRunner.Run("deadlines", "--launch", "2024-10-15");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("Start by 2024-08-07.", output, StringComparison.Ordinal);
        Assert.Contains("  2024-08-07  2024-08-11  provider   Submit the application to the hosting provider / 向接入商提交备案申请 (2 working days)\n", output, StringComparison.Ordinal);
        Assert.Contains("  2024-08-12  2024-09-09  bureau     Bureau review", output, StringComparison.Ordinal);
        Assert.Contains("  2024-09-09  2024-10-15  applicant  Margin for one return", output, StringComparison.Ordinal);
        Assert.Contains("  2024-11-14  due         applicant  PSB filing", output, StringComparison.Ordinal);

        // Only the margin for a return, the library's own figure, is an estimate.
        Assert.Single(output.Split('\n'), line => line.EndsWith(" *", StringComparison.Ordinal));
        Assert.Contains("(22 working days) *", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commercial_mini_program_plan_marks_its_estimates()
    {
        var (exitCode, output, _) = CliRunner.Run("deadlines", "--launch", "2026-12-01", "--kind", "mini-program", "--commercial");

        Assert.Equal(0, exitCode);
        Assert.Contains("a commercial Mini Program going live on 2026-12-01", output, StringComparison.Ordinal);
        Assert.Contains("platform   Request the Mini Program's platform verification", output, StringComparison.Ordinal);
        Assert.Contains("(15 calendar days) *", output, StringComparison.Ordinal);
        Assert.Contains("The bureau decides the ICP Commercial License / 管局对ICP经营许可证作出决定 (60 calendar days)\n", output, StringComparison.Ordinal);
        Assert.Contains("* estimate:", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--launch", "2024-13-01", "--launch must be a date")]
    [InlineData("--launch", "2024-10-15\u001b[31m", "--launch must be a date")]
    [InlineData("--kind", "blog", "--kind must be")]
    public void Bad_input_is_one_line_and_exit_code_2(string option, string value, string message)
    {
        string[] args = option == "--kind" ? ["deadlines", "--launch", "2024-10-15", option, value] : ["deadlines", option, value];

        var (exitCode, output, error) = CliRunner.Run(args);

        Assert.Equal(2, exitCode);
        Assert.Equal(string.Empty, output);
        Assert.StartsWith("error: " + message, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
        Assert.DoesNotContain('\u001b', error);
    }

    [Fact]
    public void The_example_case_shows_its_open_deadlines_and_which_have_passed()
    {
        var (before, output, _) = CliRunner.Run("deadlines", "--at", "2026-03-05T10:00:00+08:00");
        var (after, outputAfter, _) = CliRunner.Run("deadlines", "--at", "2026-03-05T02:06:00Z");

        Assert.Equal(0, before);
        Assert.Contains("state:      AwaitingSmsVerification (待短信核验)", output, StringComparison.Ordinal);
        Assert.Contains("  open     2026-03-05 10:05       applicant  SMS code verified on the MIIT site by 张伟 13812345678, 李娜 13912345678", output, StringComparison.Ordinal);
        Assert.Contains("  open     2026-04-01 end of day  bureau     ICP filing approved", output, StringComparison.Ordinal);
        Assert.Equal(1, after);
        Assert.Contains("  OVERDUE  2026-03-05 10:05", outputAfter, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_at_the_example_is_judged_an_hour_after_its_sms_so_it_does_not_fail_scripts()
    {
        var (exitCode, output, _) = CliRunner.Run("deadlines");

        Assert.Equal(0, exitCode);
        Assert.Contains("Deadlines at 2026-03-04 11:05 (Asia/Shanghai):", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_case_file_is_read_and_its_deadlines_shown()
    {
        var path = TestSupport.RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", "company-website-live.case.json");

        var (exitCode, output, error) = CliRunner.Run("deadlines", path, "--at", "2026-04-22T15:59:00Z");

        Assert.Equal(0, exitCode);
        Assert.Equal(string.Empty, error);
        Assert.Contains("icp number: 京ICP备2026012345号-1", output, StringComparison.Ordinal);
        Assert.Contains("  open     2026-04-22 end of day  applicant  PSB filing done", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"schemaVersion\": 1, \"state\": \"Live\"", "error: FILE is not a stored case: not valid JSON: ")]
    [InlineData("{\"schemaVersion\": 9, \"state\": \"Live\", \"history\": []}", "error: FILE is not a stored case: The case was stored with schema version 9, newer than this library reads")]
    [InlineData("[1, 2]", "error: FILE is not an application or a stored case: expected an object here (at $, line 1, column 2); ")]
    public void A_bad_file_is_one_line_naming_the_file_and_exit_code_2(string content, string expected)
    {
        var path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "icp-deadlines-" + Guid.NewGuid().ToString("N") + ".json");
        System.IO.File.WriteAllText(path, content);
        try
        {
            var (exitCode, output, error) = CliRunner.Run("deadlines", path);

            Assert.Equal(2, exitCode);
            Assert.Equal(string.Empty, output);
            Assert.Contains(expected.Replace("FILE", path, StringComparison.Ordinal), error, StringComparison.Ordinal);
            Assert.Single(error.TrimEnd('\n').Split('\n'));
        }
        finally
        {
            System.IO.File.Delete(path);
        }
    }

    [Fact]
    public void An_application_file_or_a_missing_file_is_refused()
    {
        var application = TestSupport.RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", "company-website.application.json");

        var (code, _, error) = CliRunner.Run("deadlines", application);
        var (missingCode, _, missingError) = CliRunner.Run("deadlines", "/nonexistent/case.json");
        var (atCode, _, atError) = CliRunner.Run("deadlines", "--at", "yesterday");

        Assert.Equal(2, code);
        Assert.Contains("is an application, not a stored case", error, StringComparison.Ordinal);
        Assert.Equal(2, missingCode);
        Assert.StartsWith("error: cannot read /nonexistent/case.json: ", missingError, StringComparison.Ordinal);
        Assert.Equal(2, atCode);
        Assert.StartsWith("error: --at must be an instant", atError, StringComparison.Ordinal);
    }
}
