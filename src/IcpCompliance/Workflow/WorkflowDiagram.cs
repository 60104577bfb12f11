using System.Linq;
using System.Text;
using IcpCompliance.Internal;

namespace IcpCompliance.Workflow;

/// <summary>
/// The transition table drawn as a state diagram: Mermaid (for Markdown, <c>docs/workflow.md</c>) or Graphviz DOT.
/// Generated from the table, never drawn by hand: each edge is a row, labelled with its event kind and guards.
/// </summary>
/// <remarks>Stateless and thread-safe. The output uses <c>\n</c> line ends and ends with one.</remarks>
public static class WorkflowDiagram
{
    /// <summary>The default workflow as a Mermaid state diagram.</summary>
    /// <returns>The diagram's source.</returns>
    public static string ToMermaid() => ToMermaid(FilingWorkflow.Default);

    /// <summary>A workflow as a Mermaid state diagram (<c>stateDiagram-v2</c>).</summary>
    /// <param name="workflow">The workflow.</param>
    /// <returns>The diagram's source.</returns>
    /// <exception cref="System.ArgumentNullException">The argument is null.</exception>
    public static string ToMermaid(FilingWorkflow workflow)
    {
        Preconditions.CheckNotNull(workflow);
        var text = new StringBuilder("stateDiagram-v2\n");
        foreach (var state in workflow.States)
        {
            text.Append("    state \"").Append(state.ChineseName).Append(' ').Append(state.Name).Append("\" as ").Append(state.Name).Append('\n');
        }

        foreach (var initial in FilingWorkflow.InitialStates)
        {
            text.Append("    [*] --> ").Append(initial.Name).Append('\n');
        }

        foreach (var row in workflow.Transitions)
        {
            text.Append("    ").Append(row.From.Name).Append(" --> ").Append(row.To.Name).Append(" : ").Append(Label(row, mermaid: true)).Append('\n');
        }

        foreach (var final in workflow.States.Where(s => s.IsFinal))
        {
            text.Append("    ").Append(final.Name).Append(" --> [*]\n");
        }

        return text.ToString();
    }

    /// <summary>The default workflow as a Graphviz DOT digraph.</summary>
    /// <returns>The graph's source.</returns>
    public static string ToDot() => ToDot(FilingWorkflow.Default);

    /// <summary>A workflow as a Graphviz DOT digraph.</summary>
    /// <param name="workflow">The workflow.</param>
    /// <returns>The graph's source.</returns>
    /// <exception cref="System.ArgumentNullException">The argument is null.</exception>
    public static string ToDot(FilingWorkflow workflow)
    {
        Preconditions.CheckNotNull(workflow);
        var text = new StringBuilder("digraph FilingWorkflow {\n    rankdir=TB;\n    node [shape=box, style=rounded];\n    start [shape=point];\n");
        foreach (var state in workflow.States)
        {
            text.Append("    ").Append(state.Name).Append(" [label=\"").Append(state.Name).Append("\\n").Append(Quote(state.ChineseName)).Append('"')
                .Append(state.IsFinal ? ", peripheries=2" : string.Empty).Append("];\n");
        }

        foreach (var initial in FilingWorkflow.InitialStates)
        {
            text.Append("    start -> ").Append(initial.Name).Append(";\n");
        }

        foreach (var row in workflow.Transitions)
        {
            text.Append("    ").Append(row.From.Name).Append(" -> ").Append(row.To.Name).Append(" [label=\"").Append(Quote(Label(row, mermaid: false))).Append("\"];\n");
        }

        return text.Append("}\n").ToString();
    }

    private static string Label(Transition row, bool mermaid)
    {
        string guards = row.Guards.IsEmpty ? string.Empty : " [" + string.Join(", ", row.Guards.Select(g => g.Name)) + "]";
        string label = row.Event.Name + guards;

        // A Mermaid label ends at a line break and may not hold a colon or a semicolon.
        return mermaid ? label.Replace(':', ' ').Replace(';', ' ').Replace('\n', ' ') : label;
    }

    private static string Quote(string text) => text.Replace("\\", "\\\\", System.StringComparison.Ordinal).Replace("\"", "\\\"", System.StringComparison.Ordinal);
}
