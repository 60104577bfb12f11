using System;
using System.Collections.Generic;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

/// <summary>What the workflow's entry points refuse before any rule applies: null arguments (programmer errors, thrown)
/// and a history to replay that does not start with the case being started.</summary>
public sealed class FilingWorkflowArgumentTests
{
    [Fact]
    public void A_history_to_replay_starts_with_the_case_being_started()
    {
        ArgumentException empty = Assert.Throws<ArgumentException>(() => Flow.Replay([]));
        Assert.StartsWith("A history starts with a CaseStarted event.", empty.Message, StringComparison.Ordinal);
        FilingCase live = SampleCases.CompanyWebsiteLive;
        Assert.Throws<ArgumentException>(() => Flow.Replay(live.History.RemoveAt(0)));
        Assert.Equal(live, Flow.Replay(live.History).AsT0);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        FilingCase approved = Approved();
        var change = new ChangeStarted(At(150), approved.Application with { Operation = FilingOperation.Change });
        Assert.Throws<ArgumentNullException>(() => approved.NumberOf(null!));
        Assert.Throws<ArgumentNullException>(() => FilingWorkflow.StartOrder(null!, T0, []));
        Assert.Throws<ArgumentNullException>(() => FilingWorkflow.StartOrder(SampleFilings.CompanyWebsite, T0, (IEnumerable<FilingCase>)null!));
        Assert.Throws<ArgumentNullException>(() => FilingWorkflow.StartOrder(SampleFilings.CompanyWebsite, T0, [null!]));
        Assert.Throws<ArgumentNullException>(() => Flow.ApplyForSubject(null!, change, []));
        Assert.Throws<ArgumentNullException>(() => Flow.ApplyForSubject(approved, null!, []));
        Assert.Throws<ArgumentNullException>(() => Flow.ApplyForSubject(approved, change, null!));
        Assert.Throws<ArgumentNullException>(() => Flow.ApplyForSubject(approved, change, [null!]));
        Assert.Throws<ArgumentNullException>(() => Flow.AllowedEvents(null!));
        Assert.Throws<ArgumentNullException>(() => Flow.TransitionsFrom(null!));
    }
}
