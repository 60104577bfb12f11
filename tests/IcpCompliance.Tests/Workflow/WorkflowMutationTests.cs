using System;
using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

/// <summary>The workflow's edges that the journeys and guards do not reach, each found by a mutation Stryker left
/// alive: every member of a case's equality, a history's first event, a case compared with a copy of itself, and
/// the programmer errors of every entry point.</summary>
public sealed class WorkflowMutationTests
{
    [Fact]
    public void Every_member_of_a_case_takes_part_in_its_equality()
    {
        FilingCase live = SampleCases.CompanyWebsiteLive;
        FilingCase sms = AwaitingSms();
        Func<FilingCase, FilingCase>[] changes =
        [
            c => c with { Application = SampleFilings.WeChatMiniProgram },
            c => c with { State = FilingState.BureauReview },
            c => c with { History = c.History.RemoveAt(c.History.Length - 1) },
            c => c with { SubjectNumber = null },
            c => c with { ServiceNumbers = [] },
            c => c with { PsbNumber = Psb("京公网安备11010802012345号") },
            c => c with { LicenseNumber = License("京B2-20201234") },
            c => c with { Sms = sms.Sms },
            c => c with { PendingChange = SampleFilings.CompanyWebsite },
            c => c with { ApprovedAt = null },
            c => c with { LiveSince = null },
        ];
        Assert.True(live.Equals(live with { }));
        EqualityAssert.EachChangeMatters(live, changes);
    }

    [Fact]
    public void Every_member_of_the_workflows_records_takes_part_in_their_equality()
    {
        Transition guarded = Flow.Transitions.First(t => !t.Guards.IsEmpty);
        EqualityAssert.EachChangeMatters(
            guarded,
            t => t with { From = t.From == FilingState.Draft ? FilingState.Live : FilingState.Draft },
            t => t with { Event = t.Event == FilingEventKind.CaseStarted ? FilingEventKind.ServiceWentLive : FilingEventKind.CaseStarted },
            t => t with { To = t.To == FilingState.Draft ? FilingState.Live : FilingState.Draft },
            t => t with { Guards = [] });

        var approved = new FilingApproved(At(100), [Icp("京ICP备2026012345号-1")]);
        EqualityAssert.EachChangeMatters(approved, a => new FilingApproved(At(101), a.ServiceNumbers), a => a with { ServiceNumbers = [] });

        SmsVerificationStarted started = SmsVerificationStarted.WithDefaultRecipients(AtBureau(), At(4));
        EqualityAssert.EachChangeMatters(started, e => new SmsVerificationStarted(At(5), e.Recipients), e => e with { Recipients = e.Recipients.RemoveAt(0) });

        SmsVerification sms = AwaitingSms().Sms!;
        EqualityAssert.EachChangeMatters(
            sms,
            v => v with { Recipients = v.Recipients.RemoveAt(0) },
            v => v with { StepStartedAt = At(3) },
            v => v with { SentAt = At(5) },
            v => v with { ResendsUsed = 1 },
            v => v with { Verified = [v.Recipients[0].Mobile] },
            v => v with { ConsecutiveFailures = 1 });

        EqualityAssert.EachChangeMatters(SampleFilings.CompanyWebsite.Services[0], s => s with { Kind = ServiceKind.App });
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
    public void A_copy_of_the_case_itself_among_the_subjects_cases_is_not_another_order()
    {
        FilingCase approved = Approved();
        var change = new ChangeStarted(At(150), ChangeOf(approved));
        FilingCase copy = approved with { };
        Assert.NotSame(approved, copy);
        Assert.True(Flow.ApplyForSubject(approved, change, [copy]).IsT0);
        Assert.True(Flow.ApplyForSubject(approved, change, [approved]).IsT0);
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
