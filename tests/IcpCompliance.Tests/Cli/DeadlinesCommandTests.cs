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
        Assert.Contains("Start by 2024-09-08.", output, StringComparison.Ordinal);
        Assert.Contains("  2024-09-08  2024-09-10  provider   Submit the application to the hosting provider / 向接入商提交备案申请 (2 working days)\n", output, StringComparison.Ordinal);
        Assert.Contains("  2024-09-11  2024-10-15  bureau     Bureau review", output, StringComparison.Ordinal);
        Assert.Contains("  2024-11-14  due         applicant  PSB filing", output, StringComparison.Ordinal);
        Assert.DoesNotContain("estimate", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_commercial_mini_program_plan_marks_its_estimates()
    {
        var (exitCode, output, _) = CliRunner.Run("deadlines", "--launch", "2026-12-01", "--kind", "mini-program", "--commercial");

        Assert.Equal(0, exitCode);
        Assert.Contains("a commercial Mini Program going live on 2026-12-01", output, StringComparison.Ordinal);
        Assert.Contains("platform   Request the Mini Program's platform verification", output, StringComparison.Ordinal);
        Assert.Contains("(60 calendar days) *", output, StringComparison.Ordinal);
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
}
