using IcpCompliance.Workflow;

namespace IcpCompliance.Tests.Cli;

public sealed class WorkflowCommandTests
{
    [Fact]
    public void Prints_the_mermaid_diagram_by_default()
    {
        var (exit, output, error) = CliRunner.Run("workflow");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(WorkflowDiagram.ToMermaid(), output);
        Assert.StartsWith("stateDiagram-v2\n", output, System.StringComparison.Ordinal);
        Assert.Contains("    AwaitingSmsVerification --> SmsWindowExpired : SmsVerificationExpired [code-validity-elapsed]\n", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Prints_dot_with_the_dot_option()
    {
        var (exit, output, error) = CliRunner.Run("workflow", "--dot");
        Assert.Equal(0, exit);
        Assert.Empty(error);
        Assert.Equal(WorkflowDiagram.ToDot(), output);
        Assert.StartsWith("digraph FilingWorkflow {\n", output, System.StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_option_is_bad_input()
    {
        var (exit, output, error) = CliRunner.Run("workflow", "--svg");
        Assert.Equal(2, exit);
        Assert.Empty(output);
        Assert.Contains("Run 'icp workflow --help' for usage.", error, System.StringComparison.Ordinal);
    }
}
