using System;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

/// <summary>Every member of the workflow's records (a case, a transition, the events, the SMS step, a service) takes part
/// in their equality, and a case equals a copy of itself.</summary>
public sealed class WorkflowRecordEqualityTests
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
}
