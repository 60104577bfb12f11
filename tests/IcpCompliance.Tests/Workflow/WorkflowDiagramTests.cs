using System;
using System.Linq;
using System.Text;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

public sealed class WorkflowDiagramTests
{
    [Fact]
    public void Mermaid_draws_every_state_and_every_row_of_the_table()
    {
        string mermaid = WorkflowDiagram.ToMermaid();
        string[] lines = mermaid.TrimEnd('\n').Split('\n');
        Assert.Equal("stateDiagram-v2", lines[0]);
        Assert.Contains("    state \"待短信核验 AwaitingSmsVerification\" as AwaitingSmsVerification", lines);
        Assert.Contains("    [*] --> Draft", lines);
        Assert.Contains("    [*] --> PlatformRegistered", lines);
        Assert.Contains("    Draft --> SubmittedToProvider : FiledWithProvider [revision-keeps-order]", lines);
        Assert.Contains(
            "    AwaitingSmsVerification --> BureauReview : SmsCodeEntered [code-six-digits, code-still-valid, fewer-than-five-failures, verifies-awaited-recipient, completes-verification]",
            lines);
        Assert.Contains("    Abandoned --> [*]", lines);
        Assert.Equal(Flow.States.Length, lines.Count(l => l.StartsWith("    state ", StringComparison.Ordinal)));
        Assert.Equal(Flow.Transitions.Length, lines.Count(l => l.Contains(" : ", StringComparison.Ordinal)));
    }

    [Fact]
    public void Dot_draws_every_state_and_every_row_of_the_table()
    {
        string dot = WorkflowDiagram.ToDot();
        Assert.StartsWith("digraph FilingWorkflow {\n", dot, StringComparison.Ordinal);
        Assert.EndsWith("}\n", dot, StringComparison.Ordinal);
        Assert.Contains("    Live -> PsbFiled [label=\"PsbFilingCompleted [live]\"];\n", dot, StringComparison.Ordinal);
        Assert.Contains("    Canceled [label=\"Canceled\\n已注销\", peripheries=2];\n", dot, StringComparison.Ordinal);
        Assert.Equal(Flow.Transitions.Length + FilingWorkflow.InitialStates.Length, dot.Split('\n').Count(l => l.Contains(" -> ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_providers_table_is_drawn_as_given_and_labels_are_escaped()
    {
        var guard = new TransitionGuard("odd: \"name\"", "x", "x", _ => true);
        FilingWorkflow mine = Flow.WithTransitions([new Transition(FilingState.Draft, FilingEventKind.FiledWithProvider, FilingState.SubmittedToProvider, [guard])]);
        Assert.Contains("    Draft --> SubmittedToProvider : FiledWithProvider [odd  \"name\"]\n", WorkflowDiagram.ToMermaid(mine), StringComparison.Ordinal);
        Assert.Contains("[label=\"FiledWithProvider [odd: \\\"name\\\"]\"]", WorkflowDiagram.ToDot(mine), StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => WorkflowDiagram.ToDot(null!));
    }

    [Fact]
    public void Docs_workflow_md_holds_the_generated_diagram_and_guards()
        => GeneratedDocs.AssertSection("workflow.md", "FilingWorkflow.Default", Render(Flow), "Docs_workflow_md");

    private static string Render(FilingWorkflow workflow)
    {
        var md = new StringBuilder("```mermaid\n").Append(WorkflowDiagram.ToMermaid(workflow)).Append("```\n\n");
        md.Append("| state | 状态 | |\n|---|---|---|\n");
        foreach (FilingState s in workflow.States)
        {
            string kind = s.IsPlatformStep ? "platform path" : s.IsOrderInFlight ? "order in flight" : s.IsFinal ? "final" : "settled";
            md.Append($"| `{s.Name}` | {s.ChineseName} | {kind} |\n");
        }

        md.Append("\n| guard | what must hold | 条件 |\n|---|---|---|\n");
        foreach (TransitionGuard g in workflow.Transitions.SelectMany(t => t.Guards).Distinct())
        {
            md.Append($"| `{g.Name}` | {g.Description} | {g.DescriptionChinese} |\n");
        }

        return md.ToString();
    }

    [Fact]
    public void The_diagram_marks_the_final_states_only_and_refuses_a_null_workflow()
    {
        string dot = WorkflowDiagram.ToDot();
        foreach (FilingState state in Flow.States)
        {
            string line = dot.Split('\n').Single(l => l.StartsWith("    " + state.Name + " [", StringComparison.Ordinal));
            Assert.Equal(state.IsFinal, line.EndsWith("\", peripheries=2];", StringComparison.Ordinal));
        }

        Assert.Contains(Flow.States, s => s.IsFinal);
        Assert.Throws<ArgumentNullException>(() => WorkflowDiagram.ToDot(null!));
        Assert.Throws<ArgumentNullException>(() => WorkflowDiagram.ToMermaid(null!));
    }
}
