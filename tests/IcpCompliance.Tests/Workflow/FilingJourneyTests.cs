using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

/// <summary>The three journeys of the domain facts, end to end.</summary>
public sealed class FilingJourneyTests
{
    [Fact]
    public void A_company_website_goes_through_the_provider_to_approval_go_live_and_psb_filing()
    {
        FilingCase c = FilingCase.Start(SampleFilings.CompanyWebsite, T0);
        Assert.Equal(FilingState.Draft, c.State);
        Assert.IsType<CaseStarted>(Assert.Single(c.History));

        c = Accept(c, new FiledWithProvider(At(1)));
        Assert.Equal(FilingState.SubmittedToProvider, c.State);
        c = Accept(c, new ProviderReviewBegan(At(2)));
        Assert.Equal(FilingState.ProviderReview, c.State);
        c = Accept(c, new ForwardedToBureau(At(26)));
        Assert.Equal(FilingState.SubmittedToBureau, c.State);

        c = Accept(c, SmsVerificationStarted.WithDefaultRecipients(c, At(26.1)));
        Assert.Equal(FilingState.AwaitingSmsVerification, c.State);
        SmsVerification sms = c.Sms!;
        Assert.Equal([Mobile("13812345678"), Mobile("13912345678")], sms.Recipients.Select(r => r.Mobile));
        Assert.Equal(At(26.1), sms.StepStartedAt);

        c = Accept(c, Right(Mobile("13912345678"), 27));
        Assert.Equal(FilingState.AwaitingSmsVerification, c.State);
        Assert.Equal([Mobile("13812345678")], c.Sms!.Awaiting.Select(r => r.Mobile));
        c = Accept(c, Right(Mobile("13812345678"), 28));
        Assert.Equal(FilingState.BureauReview, c.State);
        Assert.Null(c.Sms);

        c = Accept(c, new FilingApproved(At(300), [Icp("京ICP备2026012345号-1")]));
        Assert.Equal(FilingState.Approved, c.State);
        Assert.Equal(Icp("京ICP备2026012345号"), c.SubjectNumber);
        Assert.Equal(Icp("京ICP备2026012345号-1"), c.NumberOf(SampleFilings.CompanyWebsite.Services[0]));
        Assert.Equal(At(300), c.ApprovedAt);

        c = Accept(c, new ServiceWentLive(At(320)));
        Assert.Equal(FilingState.Live, c.State);
        Assert.Equal(At(320), c.LiveSince);

        c = Accept(c, new PsbFilingCompleted(At(400), Psb("京公网安备11010802012345号")));
        Assert.Equal(FilingState.PsbFiled, c.State);
        Assert.Equal(Psb("京公网安备11010802012345号"), c.PsbNumber);
        Assert.Equal(10, c.History.Length);
        Assert.Empty(Flow.AllowedEvents(c).Where(k => k == FilingEventKind.PsbFilingCompleted));
    }

    [Fact]
    public void An_sms_step_that_expires_is_resubmitted_and_then_verified()
    {
        FilingCase c = AwaitingSms();
        MobileNumber subjectPrincipal = Mobile("13812345678");
        c = Accept(c, Right(subjectPrincipal, 10));

        // Past 24 hours of the sending, nothing but the expiry moves the case on.
        RefusedBy(c, Right(Mobile("13912345678"), 28.5), TransitionGuards.CodeStillValid);
        RefusedBy(c, new SmsCodeResent(At(28.5)), TransitionGuards.WithinResendWindow);
        c = Accept(c, new SmsVerificationExpired(At(28.5)));
        Assert.Equal(FilingState.SmsWindowExpired, c.State);
        Assert.Null(c.Sms);

        // Submitted again, after an edit, through the provider's review; a new step with new codes.
        FilingApplication fixedApplication = c.Application with { Documents = [.. c.Application.Documents, FilingDocument.StampedCommitmentLetter] };
        c = AcceptAll(
            c,
            new FiledWithProvider(At(30), fixedApplication),
            new ProviderReviewBegan(At(31)),
            new ForwardedToBureau(At(40)));
        Assert.Equal(fixedApplication, c.Application);
        c = Accept(c, SmsVerificationStarted.WithDefaultRecipients(c, At(40.1)));
        Assert.Empty(c.Sms!.Verified);
        c = AcceptAll(c, Right(subjectPrincipal, 41), Right(Mobile("13912345678"), 42));
        Assert.Equal(FilingState.BureauReview, c.State);
    }

    [Fact]
    public void A_mini_program_goes_from_registration_through_verification_and_filing_to_approval()
    {
        FilingCase c = FilingCase.Start(SampleFilings.WeChatMiniProgram, T0);
        Assert.Equal(FilingState.PlatformRegistered, c.State);

        // Filing may not start before the platform has verified the account.
        Assert.Equal(RejectionReason.NotAllowedFromState, Refused(c, new FiledWithProvider(At(1))).Reason);

        c = AcceptAll(
            c,
            new PlatformEmailActivated(At(0.2)),
            new PlatformEntityInformationEntered(At(0.5)),
            new PlatformVerificationRequested(At(1), PlatformVerificationMethod.ReviewFee));
        Assert.Equal(FilingState.VerificationPending, c.State);
        Assert.True(c.State.IsPlatformStep);
        Assert.False(c.State.IsOrderInFlight);

        // A refused verification goes back to the subject's details.
        c = Accept(c, new PlatformVerificationFailed(At(30), "营业执照照片不清晰"));
        Assert.Equal(FilingState.EntityInformationEntered, c.State);
        c = AcceptAll(
            c,
            new PlatformVerificationRequested(At(31), PlatformVerificationMethod.BankTransfer),
            new PlatformVerificationPassed(At(60)));
        Assert.Equal(FilingState.PlatformVerified, c.State);

        c = AcceptAll(c, new FiledWithProvider(At(61)), new ProviderReviewBegan(At(62)), new ForwardedToBureau(At(70)));
        c = Accept(c, SmsVerificationStarted.WithDefaultRecipients(c, At(70.1)));

        // "Both the legal representative and administrator must verify via SMS within 24 hours": the legal
        // representative, subject principal and service principal share one mobile number (one code), the
        // administrator has another.
        Assert.Equal([Mobile("13512345678"), Mobile("13612345678")], c.Sms!.Recipients.Select(r => r.Mobile));
        c = Accept(c, Right(Mobile("13512345678"), 71));
        Assert.Equal(FilingState.AwaitingSmsVerification, c.State);
        c = Accept(c, Right(Mobile("13612345678"), 72));
        Assert.Equal(FilingState.BureauReview, c.State);

        RefusedBy(c, new FilingApproved(At(300), [Icp("粤ICP备2026056789号-1")]), TransitionGuards.NumbersForProvince);
        c = Accept(c, new FilingApproved(At(300), [Icp("粤ICP备2026056789号-1X")]));
        Assert.Equal(FilingState.Approved, c.State);
        Assert.Equal(Icp("粤ICP备2026056789号-1X"), c.ServiceNumbers.Single());
    }

    /// <summary>"Note: Mini Programs under personal entities cannot use commercial services or be verified." (the WeChat
    /// guide): a personal Mini Program registers, enters its details and files without verification; a request to
    /// verify it is refused by a named guard.</summary>
    [Fact]
    public void A_personal_mini_program_files_without_verification_and_cannot_request_it()
    {
        FilingCase c = FilingCase.Start(IcpCompliance.Tests.Rules.Scenarios.ScenarioBases.BeijingPersonalMiniProgram, T0);
        Assert.Equal(FilingState.PlatformRegistered, c.State);
        c = AcceptAll(c, new PlatformEmailActivated(At(0.2)), new PlatformEntityInformationEntered(At(0.5)));

        RefusedBy(c, new PlatformVerificationRequested(At(1), PlatformVerificationMethod.ReviewFee), TransitionGuards.OrganizationAccount);
        c = AcceptAll(c, new FiledWithProvider(At(1)), new ProviderReviewBegan(At(2)), new ForwardedToBureau(At(30)));
        c = Accept(c, SmsVerificationStarted.WithDefaultRecipients(c, At(30.1)));

        // The individual is subject principal, service principal and administrator with one mobile number: one code.
        MobileNumber only = Assert.Single(c.Sms!.Recipients).Mobile;
        c = Accept(c, Right(only, 31));
        c = Accept(c, new FilingApproved(At(200), [Icp("京ICP备2026012345号-1X")]));
        Assert.Equal(FilingState.Approved, c.State);

        // A company's account, at the same point, must be verified first.
        FilingCase company = AcceptAll(FilingCase.Start(SampleFilings.WeChatMiniProgram, T0), new PlatformEmailActivated(At(0.2)), new PlatformEntityInformationEntered(At(0.5)));
        RefusedBy(company, new FiledWithProvider(At(1)), TransitionGuards.PersonalAccount);
    }
}
