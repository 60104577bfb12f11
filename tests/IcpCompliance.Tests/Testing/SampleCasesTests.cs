using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Testing;

public sealed class SampleCasesTests
{
    [Fact]
    public void The_company_website_awaits_two_sms_verifications()
    {
        FilingCase c = SampleCases.CompanyWebsiteAwaitingSms;
        Assert.Equal(FilingState.AwaitingSmsVerification, c.State);
        Assert.Equal(SampleFilings.CompanyWebsite, c.Application);
        Assert.Equal(SampleCases.CompanyWebsiteStartedAt, c.StartedAt);
        Assert.Equal(SampleCases.CompanyWebsiteSmsSentAt, c.Sms!.SentAt);
        Assert.Equal(2, c.Sms.Awaiting.Length);
        Assert.Equal(SampleCases.CompanyWebsiteSmsSentAt + NodaTime.Duration.FromHours(24), c.Sms.CodeExpiresAt(SmsVerificationLimits.Default));
    }

    [Fact]
    public void The_company_website_is_live_without_its_psb_filing()
    {
        FilingCase c = SampleCases.CompanyWebsiteLive;
        Assert.Equal(FilingState.Live, c.State);
        Assert.Equal(SampleCases.CompanyWebsiteLiveAt, c.LiveSince);
        Assert.Null(c.PsbNumber);
        Assert.Equal(SampleCases.CompanyWebsiteNumber, Assert.Single(c.ServiceNumbers));
        Assert.Equal(Icp("京ICP备2026012345号"), c.SubjectNumber);
        Assert.Contains(FilingEventKind.PsbFilingCompleted, Flow.AllowedEvents(c));
    }

    [Fact]
    public void The_mini_program_is_in_platform_verification()
    {
        FilingCase c = SampleCases.MiniProgramInVerification;
        Assert.Equal(FilingState.VerificationPending, c.State);
        Assert.True(c.State.IsPlatformStep);
        Assert.Equal(PlatformVerificationMethod.ReviewFee, c.History.OfType<PlatformVerificationRequested>().Single().Method);
    }

    [Fact]
    public void Every_sample_replays_from_its_history()
    {
        foreach (var c in new[] { SampleCases.CompanyWebsiteAwaitingSms, SampleCases.CompanyWebsiteLive, SampleCases.MiniProgramInVerification })
        {
            Assert.Equal(c, Accepted(Flow.Replay(c.History)));
        }
    }
}
