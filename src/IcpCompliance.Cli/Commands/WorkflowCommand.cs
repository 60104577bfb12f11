using System.CommandLine;
using System.IO;
using IcpCompliance.Workflow;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp workflow [--dot]</c>: prints the filing workflow's state diagram, generated from its transition table.</summary>
internal static class WorkflowCommand
{
    internal static Command Create()
    {
        var dot = new Option<bool>("--dot") { Description = "Print Graphviz DOT instead of Mermaid." };
        var command = new Command("workflow", "Print the filing workflow (states, events and guards) as a Mermaid state diagram, or DOT with --dot.") { dot };
        command.SetAction(result => Run(result.GetValue(dot), result.InvocationConfiguration.Output));
        return command;
    }

    internal static int Run(bool dot, TextWriter output)
    {
        output.Write(dot ? WorkflowDiagram.ToDot() : WorkflowDiagram.ToMermaid());
        return ExitCodes.Ok;
    }
}
