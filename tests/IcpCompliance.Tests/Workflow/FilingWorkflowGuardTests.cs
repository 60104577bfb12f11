using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

/// <summary>Each guard of the default table, firing and not firing.</summary>
public sealed class FilingWorkflowGuardTests
{
    private static readonly MobileNumber SubjectPrincipal = Mobile("13812345678");
    private static readonly MobileNumber ServicePrincipal = Mobile("13912345678");

    private static FilingApplication Website => SampleFilings.CompanyWebsite;

    [Fact]
    public void Sms_step_only_for_operations_that_need_it()
    {
        FilingCase website = AtBureau();
        RefusedBy(website, new BureauReviewBegan(At(4)), TransitionGuards.NoSmsNeeded);
        Accept(website, SmsVerificationStarted.WithDefaultRecipients(website, At(4)));

        // Access withdrawal never has an SMS step (every source agrees).
        FilingCase withdrawal = AtBureau(Website with { Operation = FilingOperation.WithdrawAccess });
        RefusedBy(withdrawal, new SmsVerificationStarted(At(4), [new SmsRecipient(PersonRole.ServicePrincipal, "李娜", ServicePrincipal)]), TransitionGuards.SmsPossible);
        Assert.Equal(FilingState.BureauReview, Accept(withdrawal, new BureauReviewBegan(At(4))).State);

        // A cancellation may take either way: the sources disagree, and "the clerk decides which mobile numbers need
        // to be verified" (the SMS verification FAQ).
        FilingCase cancellation = AtBureau(Website with { Operation = FilingOperation.CancelService });
        Assert.Empty(SmsRecipient.DefaultsFor(cancellation.Application));
        Assert.Equal(FilingState.AwaitingSmsVerification, Accept(cancellation, new SmsVerificationStarted(At(4), [new SmsRecipient(PersonRole.ServicePrincipal, "李娜", ServicePrincipal)])).State);
        Assert.Equal(FilingState.BureauReview, Accept(cancellation, new BureauReviewBegan(At(4))).State);
    }

    [Fact]
    public void Sms_step_names_recipients_once_per_mobile_number()
    {
        FilingCase c = AtBureau();
        RefusedBy(c, new SmsVerificationStarted(At(4), []), TransitionGuards.RecipientsListed);
        var twice = ImmutableArray.Create(
            new SmsRecipient(PersonRole.SubjectPrincipal, "张伟", SubjectPrincipal),
            new SmsRecipient(PersonRole.ServicePrincipal, "张伟", SubjectPrincipal));
        RefusedBy(c, new SmsVerificationStarted(At(4), twice), TransitionGuards.RecipientsListed);

        // The clerk may change the list: one recipient instead of the default two.
        FilingCase one = Accept(c, new SmsVerificationStarted(At(4), [twice[0]]));
        Assert.Equal(FilingState.BureauReview, Accept(one, Right(SubjectPrincipal, 5)).State);
    }

    [Theory]
    [InlineData("12345")]
    [InlineData("1234567")]
    [InlineData("12345a")]
    [InlineData("１２３４５６")]
    [InlineData("")]
    public void A_code_that_is_not_six_ascii_digits_is_refused_and_not_counted(string code)
    {
        FilingCase c = AwaitingSms();
        RefusedBy(c, new SmsCodeEntered(At(5), SubjectPrincipal, code, Accepted: false), TransitionGuards.CodeIsSixDigits);
        Assert.Equal(0, Accept(c, Right(SubjectPrincipal, 5)).Sms!.ConsecutiveFailures);
    }

    [Fact]
    public void A_code_is_accepted_only_within_24_hours_of_its_sending()
    {
        FilingCase c = AwaitingSms(); // sent at hour 4
        Assert.Equal(At(28), c.Sms!.CodeExpiresAt(SmsVerificationLimits.Default));
        RefusedBy(c, Right(SubjectPrincipal, 28), TransitionGuards.CodeStillValid);
        RefusedBy(c, Wrong(SubjectPrincipal, 28), TransitionGuards.CodeStillValid);
        Assert.Contains(SubjectPrincipal, Accept(c, Right(SubjectPrincipal, 27.99)).Sms!.Verified);

        // A resend sends a new code, but the step's own 24 hours still bound it.
        FilingCase resent = Accept(c, new SmsCodeResent(At(10)));
        Assert.Equal(At(10), resent.Sms!.SentAt);
        Assert.Equal(At(28), resent.Sms.CodeExpiresAt(SmsVerificationLimits.Default));
        Accept(resent, Right(SubjectPrincipal, 27.99));
        RefusedBy(resent, Right(SubjectPrincipal, 33.9), TransitionGuards.CodeStillValid);
    }

    [Fact]
    public void A_platforms_verified_ends_the_step_only_within_the_codes_validity()
    {
        // WeChat's sms_verify_status 2 (核验完成) reports the outcome without the codes: "This SMS contains a code
        // which is valid for 24 hours", so a completion after that is refused as a code entered late would be.
        FilingCase c = AwaitingSms(); // sent at hour 4
        FilingCase verified = Accept(c, new SmsVerificationCompleted(At(27.99)));
        Assert.Equal(FilingState.BureauReview, verified.State);
        Assert.Null(verified.Sms);
        RefusedBy(c, new SmsVerificationCompleted(At(28)), TransitionGuards.CodeStillValid);

        // Only an open step can complete.
        var notAllowed = Flow.Apply(AtBureau(), new SmsVerificationCompleted(At(5))).AsT1;
        Assert.Equal(RejectionReason.NotAllowedFromState, notAllowed.Reason);
        Assert.Equal(FilingEventKind.SmsVerificationCompleted, notAllowed.Event);
    }

    [Fact]
    public void A_late_resend_does_not_keep_the_step_open_past_24_hours_of_its_start()
    {
        // Step started at hour 4; a resend at hour 27.99 (just inside the window) must not carry codes to ~hour 52.
        FilingCase late = Accept(AwaitingSms(), new SmsCodeResent(At(27.99)));
        Assert.Equal(At(28), late.Sms!.CodeExpiresAt(SmsVerificationLimits.Default));
        RefusedBy(late, Right(SubjectPrincipal, 28), TransitionGuards.CodeStillValid);
        RefusedBy(late, Wrong(SubjectPrincipal, 40), TransitionGuards.CodeStillValid);
        RefusedBy(late, new SmsVerificationExpired(At(27.995)), TransitionGuards.CodeValidityElapsed);
        Assert.Equal(FilingState.SmsWindowExpired, Accept(late, new SmsVerificationExpired(At(28))).State);
    }

    [Fact]
    public void A_code_expires_at_the_earlier_of_its_own_validity_and_the_steps_limit()
    {
        SmsVerificationLimits shortCodes = SmsVerificationLimits.Default with { CodeValidity = Duration.FromHours(2) };
        FilingCase c = AwaitingSms(); // started at hour 4
        Assert.Equal(At(6), c.Sms!.CodeExpiresAt(shortCodes));
        FilingCase resent = Accept(c, new SmsCodeResent(At(10)));
        Assert.Equal(At(12), resent.Sms!.CodeExpiresAt(shortCodes));
        Assert.Equal(At(28), Accept(c, new SmsCodeResent(At(27))).Sms!.CodeExpiresAt(shortCodes));
    }

    [Fact]
    public void The_step_expires_only_once_the_code_has_expired()
    {
        FilingCase c = AwaitingSms();
        RefusedBy(c, new SmsVerificationExpired(At(27.9)), TransitionGuards.CodeValidityElapsed);
        Assert.Equal(FilingState.SmsWindowExpired, Accept(c, new SmsVerificationExpired(At(28))).State);
    }

    [Fact]
    public void A_resubmission_keeps_the_orders_operation_subject_and_path()
    {
        FilingCase expired = Accept(AwaitingSms(), new SmsVerificationExpired(At(28)));
        Assert.Equal(FilingState.SmsWindowExpired, expired.State);
        RefusedBy(expired, new FiledWithProvider(At(30), Website with { Operation = FilingOperation.CancelSubject }), TransitionGuards.RevisionKeepsOrder);
        FilingApplication otherSubject = Website with { Subject = SampleFilings.WeChatMiniProgram.Subject };
        Assert.NotEqual(Website.Subject.Certificate, otherSubject.Subject.Certificate);
        RefusedBy(expired, new FiledWithProvider(At(30), otherSubject), TransitionGuards.RevisionKeepsOrder);
        FilingService miniProgram = SampleFilings.WeChatMiniProgram.Services[0];
        RefusedBy(expired, new FiledWithProvider(At(30), Website with { Services = [.. Website.Services, miniProgram] }), TransitionGuards.RevisionKeepsOrder);

        TransitionRejected refused = Refused(FilingCase.Start(Website, T0), new FiledWithProvider(At(1), Website with { Operation = FilingOperation.WithdrawAccess }));
        Assert.Contains("原备案类型", refused.MessageChinese, System.StringComparison.Ordinal);
        Assert.Contains("operation", refused.Message, System.StringComparison.Ordinal);

        FilingApplication fixedUp = Website with { Documents = [.. Website.Documents, FilingDocument.StampedCommitmentLetter] };
        FilingCase resubmitted = Accept(expired, new FiledWithProvider(At(30), fixedUp));
        Assert.Equal(fixedUp, resubmitted.Application);
        Accept(expired, new FiledWithProvider(At(30)));
    }

    [Fact]
    public void Five_failures_in_a_row_and_the_sixth_attempt_returns_the_application()
    {
        FilingCase c = AwaitingSms();
        for (int i = 0; i < 5; i++)
        {
            c = Accept(c, Wrong(SubjectPrincipal, 5 + (i * 0.1)));
            Assert.Equal(FilingState.AwaitingSmsVerification, c.State);
        }

        Assert.Equal(5, c.Sms!.ConsecutiveFailures);
        FilingCase returned = Accept(c, Right(SubjectPrincipal, 6));
        Assert.Equal(FilingState.SmsAttemptsExhausted, returned.State);
        Assert.Null(returned.Sms);
        Assert.Equal(FilingState.SubmittedToProvider, Accept(returned, new FiledWithProvider(At(7))).State);
    }

    [Fact]
    public void A_success_ends_a_run_of_failures()
    {
        FilingCase c = AwaitingSms();
        for (int i = 0; i < 4; i++)
        {
            c = Accept(c, Wrong(SubjectPrincipal, 5 + (i * 0.1)));
        }

        Assert.Equal(4, c.Sms!.ConsecutiveFailures);
        c = Accept(c, Right(SubjectPrincipal, 6));
        Assert.Equal(0, c.Sms!.ConsecutiveFailures);
        for (int i = 0; i < 4; i++)
        {
            c = Accept(c, Wrong(ServicePrincipal, 7 + (i * 0.1)));
        }

        Assert.Equal(FilingState.BureauReview, Accept(c, Right(ServicePrincipal, 8)).State);
    }

    [Fact]
    public void Only_an_awaited_recipient_verifies_and_only_everyone_completes_the_step()
    {
        FilingCase c = AwaitingSms();
        RefusedBy(c, Right(Mobile("13700001111"), 5), TransitionGuards.VerifiesAwaitedRecipient);
        FilingCase one = Accept(c, Right(SubjectPrincipal, 5));
        Assert.Equal(FilingState.AwaitingSmsVerification, one.State);
        Assert.Equal([ServicePrincipal], one.Sms!.Awaiting.Select(r => r.Mobile));
        Assert.False(one.Sms.IsComplete);
        RefusedBy(one, Right(SubjectPrincipal, 6), TransitionGuards.VerifiesAwaitedRecipient);
        Assert.Equal(FilingState.BureauReview, Accept(one, Right(ServicePrincipal, 6)).State);
    }

    [Fact]
    public void At_most_two_resends()
    {
        FilingCase c = AcceptAll(AwaitingSms(), new SmsCodeResent(At(5)), new SmsCodeResent(At(6)));
        Assert.Equal(2, c.Sms!.ResendsUsed);
        RefusedBy(c, new SmsCodeResent(At(7)), TransitionGuards.ResendLeft);
    }

    [Fact]
    public void A_resend_only_within_24_hours_of_the_step_starting()
    {
        FilingCase c = AwaitingSms();
        Accept(c, new SmsCodeResent(At(27.9)));
        RefusedBy(c, new SmsCodeResent(At(28)), TransitionGuards.WithinResendWindow);

        // A resend late in the window does not extend the window itself.
        FilingCase late = Accept(c, new SmsCodeResent(At(27)));
        Assert.Equal(At(28), late.Sms!.ResendWindowEndsAt(SmsVerificationLimits.Default));
        RefusedBy(late, new SmsCodeResent(At(29)), TransitionGuards.WithinResendWindow);
        Accept(late, Right(SubjectPrincipal, 27.99));
        RefusedBy(late, Right(SubjectPrincipal, 50), TransitionGuards.CodeStillValid);
        Assert.Equal(FilingState.SmsWindowExpired, Accept(late, new SmsVerificationExpired(At(28))).State);
    }

    [Fact]
    public void A_providers_limits_set_the_sms_durations()
    {
        var pilotEra = new SmsVerificationLimits(Duration.FromHours(48), Duration.FromHours(48));
        FilingWorkflow flow = FilingWorkflow.Default.WithSmsLimits(pilotEra);
        Assert.Same(pilotEra, flow.SmsLimits);
        Assert.Same(pilotEra, flow.WithTransitions(flow.Transitions).SmsLimits);
        FilingCase c = AwaitingSms();
        Assert.True(flow.Apply(c, Right(SubjectPrincipal, 40)).IsT0);
        Assert.True(flow.Apply(c, new SmsCodeResent(At(40))).IsT0);
        Assert.True(flow.Apply(c, new SmsVerificationExpired(At(40))).IsT1);
        Assert.True(FilingWorkflow.Default.Apply(c, Right(SubjectPrincipal, 40)).IsT1);
    }

    [Fact]
    public void The_sms_durations_of_a_providers_deadline_policy_reach_the_workflows_guards()
    {
        // A provider keeps its durations in one place, the deadline policy; the workflow takes the policy's limits.
        DeadlinePolicy pilotEra = DeadlinePolicy.Default
            .With(DeadlinePolicy.Default.SmsCodeValidity with { Latest = DeadlineSpan.Hours(48) })
            .With(DeadlinePolicy.Default.SmsResendWindow with { Latest = DeadlineSpan.CalendarDays(2) });
        FilingWorkflow flow = FilingWorkflow.Default.WithSmsLimits(pilotEra.SmsLimits);
        FilingCase c = AwaitingSms(); // started at hour 4
        Assert.True(flow.Apply(c, Right(SubjectPrincipal, 51.99)).IsT0);
        RefusedBy(c, Right(SubjectPrincipal, 52), TransitionGuards.CodeStillValid, flow);
        Assert.True(flow.Apply(c, new SmsCodeResent(At(51.99))).IsT0);
        RefusedBy(c, new SmsCodeResent(At(52)), TransitionGuards.WithinResendWindow, flow);
        RefusedBy(c, new SmsVerificationExpired(At(51.99)), TransitionGuards.CodeValidityElapsed, flow);
        Assert.Equal(FilingState.SmsWindowExpired, flow.Apply(c, new SmsVerificationExpired(At(52))).AsT0.State);
        Assert.True(FilingWorkflow.Default.Apply(c, Right(SubjectPrincipal, 40)).IsT1);
    }

    [Fact]
    public void An_approval_carries_the_numbers_for_the_cases_province()
    {
        FilingCase review = AcceptAll(AwaitingSms(), Right(SubjectPrincipal, 5), Right(ServicePrincipal, 5));
        RefusedBy(review, new FilingApproved(At(9), []), TransitionGuards.NumbersForProvince);
        RefusedBy(review, new FilingApproved(At(9), [Icp("粤ICP备2026012345号-1")]), TransitionGuards.NumbersForProvince);
        RefusedBy(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号")]), TransitionGuards.NumbersForProvince);
        RefusedBy(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1A")]), TransitionGuards.NumbersForProvince);
        RefusedBy(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1"), Icp("京ICP备2026012345号-2")]), TransitionGuards.NumbersForProvince);
        Assert.Equal(FilingState.Approved, Accept(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1")])).State);
    }

    [Fact]
    public void An_approval_issues_distinct_numbers_none_already_held()
    {
        FilingService site = Website.Services[0];
        FilingApplication twoSites = Website with { Services = [site, site with { Name = "示例商城" }] };
        FilingCase review = InReview(twoSites);
        RefusedBy(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1"), Icp("京ICP备2026012345号-1")]), TransitionGuards.NumbersForProvince);
        RefusedBy(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-2"), Icp("京ICP备2026012345号-2")]), TransitionGuards.NumbersForProvince);
        FilingCase approved = Accept(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1"), Icp("京ICP备2026012345号-2")]));
        Assert.Equal(Icp("京ICP备2026012345号-2"), approved.NumberOf(twoSites.Services[1]));

        // A new service may not take a place in the subject's sequence that a service of the application already holds.
        FilingApplication addService = Website with
        {
            Operation = FilingOperation.AddService,
            SubjectNumber = Icp("京ICP备2026012345号"),
            Services = [site with { Name = "示例商城" }, site with { ExistingNumber = Icp("京ICP备2026012345号-1") }],
        };
        FilingCase adding = InReview(addService);
        RefusedBy(adding, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1"), Icp("京ICP备2026012345号-2")]), TransitionGuards.NumbersForProvince);
        RefusedBy(adding, new FilingApproved(At(9), [Icp("京ICP备2026099999号-2"), Icp("京ICP备2026099999号-3")]), TransitionGuards.NumbersForProvince);
        Accept(adding, new FilingApproved(At(9), [Icp("京ICP备2026012345号-2"), Icp("京ICP备2026012345号-3")]));
    }

    [Fact]
    public void An_operation_that_issues_no_numbers_keeps_each_services_own_number()
    {
        FilingService site = Website.Services[0];
        FilingService first = site with { ExistingNumber = Icp("京ICP备2026012345号-1") };
        FilingService second = site with { Name = "示例商城", ExistingNumber = Icp("京ICP备2026012345号-2") };
        FilingApplication access = Website with { Operation = FilingOperation.AddAccess, Services = [site with { Name = "示例商城" }, first] };

        // A service without its number cannot be approved: the numbers would no longer line up with the services.
        FilingCase missing = InReview(access);
        RefusedBy(missing, new FilingApproved(At(9), []), TransitionGuards.NumbersForProvince);
        RefusedBy(missing, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1")]), TransitionGuards.NumbersForProvince);

        FilingCase review = InReview(access with { Services = [second, first] });
        RefusedBy(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-3"), Icp("京ICP备2026012345号-4")]), TransitionGuards.NumbersForProvince);
        RefusedBy(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1"), Icp("京ICP备2026012345号-2")]), TransitionGuards.NumbersForProvince);
        FilingCase approved = Accept(review, new FilingApproved(At(9), []));
        Assert.Equal(Icp("京ICP备2026012345号-2"), approved.NumberOf(second));
        Assert.Equal(Icp("京ICP备2026012345号-1"), approved.NumberOf(first));
        Assert.Equal(approved.ServiceNumbers.ToArray(), Accept(review, new FilingApproved(At(9), [Icp("京ICP备2026012345号-2"), Icp("京ICP备2026012345号-1")])).ServiceNumbers.ToArray());

        // A cancellation issues none; with only some services numbered, no service is given another's number.
        FilingCase cancelling = Accept(AtBureau(Website with { Operation = FilingOperation.CancelService, Services = [site, first] }), new BureauReviewBegan(At(4)));
        RefusedBy(cancelling, new FilingApproved(At(9), [Icp("京ICP备2026012345号-1")]), TransitionGuards.IssuesNoNumbers);
        FilingCase canceled = Accept(cancelling, new FilingApproved(At(9), []));
        Assert.Null(canceled.NumberOf(site));
        Assert.Null(canceled.NumberOf(first));
    }

    [Theory]
    [InlineData(nameof(FilingOperation.CancelService), nameof(FilingState.Canceled))]
    [InlineData(nameof(FilingOperation.CancelSubject), nameof(FilingState.Canceled))]
    [InlineData(nameof(FilingOperation.WithdrawAccess), nameof(FilingState.AccessWithdrawn))]
    public void Approving_a_cancellation_or_withdrawal_ends_the_filing(string operation, string state)
    {
        FilingCase c = AtBureau(Website with { Operation = FilingOperation.FromName(operation) });
        c = Accept(c, new BureauReviewBegan(At(4)));
        FilingCase done = Accept(c, new FilingApproved(At(9), []));
        Assert.Equal(FilingState.FromName(state), done.State);
        Assert.True(done.State.IsFinal);
        Assert.Empty(Flow.AllowedEvents(done));
    }

    /// <summary>"Once your website has been approved for ICP registration, your website can go live." and "You will need
    /// to submit your PSB application once you have your ICP number, and within 30 days of your website going live."
    /// (the ICP guide): going live and the PSB filing both need the approval, and the PSB filing may come first.</summary>
    [Fact]
    public void Going_live_and_the_psb_filing_require_approval_in_either_order()
    {
        FilingCase review = AcceptAll(AwaitingSms(), Right(SubjectPrincipal, 5), Right(ServicePrincipal, 5));
        Assert.Equal(RejectionReason.NotAllowedFromState, Refused(review, new ServiceWentLive(At(9))).Reason);
        Assert.Equal(RejectionReason.NotAllowedFromState, Refused(review, new PsbFilingCompleted(At(9), Psb("京公网安备11010802012345号"))).Reason);

        // A provider's table that lets the events through elsewhere still meets the guards.
        FilingWorkflow loose = Flow.WithTransitions([
            .. Flow.Transitions,
            new Transition(FilingState.BureauReview, FilingEventKind.ServiceWentLive, FilingState.Live, [TransitionGuards.FilingIsApproved]),
            new Transition(FilingState.BureauReview, FilingEventKind.PsbFilingCompleted, FilingState.PsbFiled, [TransitionGuards.FilingIsApproved]),
        ]);
        Assert.Equal(TransitionGuards.FilingIsApproved, loose.Apply(review, new ServiceWentLive(At(9))).AsT1.Guard);
        Assert.Equal(TransitionGuards.FilingIsApproved, loose.Apply(review, new PsbFilingCompleted(At(9), Psb("京公网安备11010802012345号"))).AsT1.Guard);

        // Live, then PSB-filed.
        FilingCase approved = Approved();
        FilingCase live = Accept(approved, new ServiceWentLive(At(200)));
        Assert.Equal(FilingState.PsbFiled, Accept(live, new PsbFilingCompleted(At(300), Psb("京公网安备11010802012345号"))).State);

        // PSB-filed once the number is issued, then live: the case stays PSB-filed and records going live once.
        FilingCase psbFirst = Accept(approved, new PsbFilingCompleted(At(150), Psb("京公网安备11010802012345号")));
        Assert.Equal((FilingState.PsbFiled, (NodaTime.Instant?)null), (psbFirst.State, psbFirst.LiveSince));
        FilingCase thenLive = Accept(psbFirst, new ServiceWentLive(At(200)));
        Assert.Equal((FilingState.PsbFiled, (NodaTime.Instant?)At(200)), (thenLive.State, thenLive.LiveSince));
        RefusedBy(thenLive, new ServiceWentLive(At(210)), TransitionGuards.NotLive);
        Assert.Empty(DeadlineCalculator.Default.For(thenLive));
    }

    [Fact]
    public void A_commercial_license_requires_a_mainland_entity_and_the_cases_province()
    {
        FilingCase approved = Approved();
        FilingCase licensed = Accept(approved, new CommercialLicenseGranted(At(200), License("京ICP证030173号")));
        Assert.Equal(FilingState.Approved, licensed.State);
        Assert.Equal(License("京ICP证030173号"), licensed.LicenseNumber);
        RefusedBy(approved, new CommercialLicenseGranted(At(200), License("粤B2-20090059")), TransitionGuards.LicenseForProvince);

        foreach (var entity in new[] { EntityType.Individual, EntityType.ForeignRepresentativeOffice })
        {
            FilingCase other = Accept(approved, new ChangeStarted(At(150), ChangeOf(approved) with { Subject = approved.Application.Subject with { EntityType = entity } }));
            other = Accept(ChangeUnderReview(other, 151), new ChangeCompleted(At(160)));
            RefusedBy(other, new CommercialLicenseGranted(At(200), License("京ICP证030173号")), TransitionGuards.MainlandEntity);
        }
    }

    [Fact]
    public void Only_one_order_in_flight_per_subject()
    {
        FilingCase inFlight = AwaitingSms();
        FilingApplication another = Website with { Operation = FilingOperation.AddService };
        TransitionRejected refused = FilingWorkflow.StartOrder(another, At(10), [inFlight]).AsT1;
        Assert.Equal(RejectionReason.OrderInFlight, refused.Reason);
        Assert.Contains("只能有一个进行中的订单", refused.MessageChinese, System.StringComparison.Ordinal);
        Assert.True(FilingWorkflow.StartOrder(another, At(10), [Approved()]).IsT0);
        Assert.True(FilingWorkflow.StartOrder(SampleFilings.WeChatMiniProgram, At(10), [inFlight]).IsT0);

        // A change cannot start while another change is in flight, even with a table that lists the move.
        FilingCase approved = Approved();
        FilingCase changing = Accept(approved, new ChangeStarted(At(150), ChangeOf(approved)));
        Assert.Equal(FilingState.ChangeInProgress, changing.State);
        Assert.Equal(RejectionReason.NotAllowedFromState, Refused(changing, new ChangeStarted(At(151), ChangeOf(approved))).Reason);
        FilingWorkflow loose = Flow.WithTransitions([
            .. Flow.Transitions,
            new Transition(FilingState.ChangeInProgress, FilingEventKind.ChangeStarted, FilingState.ChangeInProgress, [TransitionGuards.NoOrderInFlight]),
        ]);
        Assert.Equal(TransitionGuards.NoOrderInFlight, loose.Apply(changing, new ChangeStarted(At(151), ChangeOf(approved))).AsT1.Guard);
    }

    [Fact]
    public void A_change_is_a_change_order_of_the_same_subject()
    {
        FilingCase approved = Approved();
        RefusedBy(approved, new ChangeStarted(At(150), approved.Application), TransitionGuards.ChangeOfSameSubject);
        RefusedBy(approved, new ChangeStarted(At(150), SampleFilings.WeChatMiniProgram with { Operation = FilingOperation.Change }), TransitionGuards.ChangeOfSameSubject);
        FilingApplication renamed = ChangeOf(approved) with { Subject = approved.Application.Subject with { Name = "北京示例科技股份有限公司" } };
        FilingCase changing = Accept(approved, new ChangeStarted(At(150), renamed));
        FilingCase changed = Accept(ChangeUnderReview(changing, 151), new ChangeCompleted(At(160)));
        Assert.Equal(renamed, changed.Application);
        Assert.Null(changed.PendingChange);
    }

    /// <summary>A change keeps the services and their numbers: it neither drops one nor adds one, and when it
    /// completes the numbers follow the changed services (ChangeCompleted no longer keeps a stale list).</summary>
    [Fact]
    public void A_change_keeps_the_services_numbers_and_they_follow_the_changed_services()
    {
        FilingCase approved = Approved();
        FilingApplication change = ChangeOf(approved);
        RefusedBy(approved, new ChangeStarted(At(150), approved.Application with { Operation = FilingOperation.Change }), TransitionGuards.ChangeKeepsNumbers);
        RefusedBy(approved, new ChangeStarted(At(150), change with { Services = [] }), TransitionGuards.ChangeKeepsNumbers);
        RefusedBy(approved, new ChangeStarted(At(150), change with { Services = [change.Services[0], change.Services[0]] }), TransitionGuards.ChangeKeepsNumbers);
        RefusedBy(approved, new ChangeStarted(At(150), change.WithServiceNumber(Icp("京ICP备2026012345号-2"))), TransitionGuards.ChangeKeepsNumbers);

        // Two services, their order swapped and one renamed by the change: each keeps its own number.
        FilingCase two = ApprovedWithTwoWebsites();
        FilingApplication swapped = ChangeOf(two) is var c ? c with { Services = [c.Services[1] with { Name = "示例科技新商城" }, c.Services[0]] } : null!;
        FilingCase done = Accept(ChangeUnderReview(Accept(two, new ChangeStarted(At(150), swapped)), 151), new ChangeCompleted(At(170)));
        Assert.Equal(new[] { Icp("京ICP备2026012345号-2"), Icp("京ICP备2026012345号-1") }, done.ServiceNumbers.AsEnumerable());
        Assert.Equal(Icp("京ICP备2026012345号-2"), done.NumberOf(done.Application.Services[0]));
        Assert.Equal("示例科技新商城", done.Application.Services[0].Name);
    }

    /// <summary>"Since September 2020, if all documents have been submitted, an SMS verification needs to be completed"
    /// for "the application or the update of an ICP license" (the SMS verification FAQ): a change order goes through
    /// the provider, the SMS step with its 24-hour window and the bureau's review, and may be rejected.</summary>
    [Fact]
    public void A_change_order_is_sms_verified_and_reviewed_by_the_bureau_and_may_be_rejected()
    {
        FilingCase live = Accept(Approved(), new ServiceWentLive(At(120)));
        FilingApplication moved = ChangeOf(live) with { Subject = live.Application.Subject with { Address = live.Application.Subject.Address with { Detail = "海淀区中关村大街2号" } } };
        FilingCase changing = Accept(live, new ChangeStarted(At(150), moved));

        // Neither completes nor skips the SMS step: the bureau approves the change from its review only.
        Assert.Equal(RejectionReason.NotAllowedFromState, Refused(changing, new ChangeCompleted(At(151))).Reason);
        FilingCase atBureau = AcceptAll(changing, new FiledWithProvider(At(151)), new ProviderReviewBegan(At(152)), new ForwardedToBureau(At(153)));
        RefusedBy(atBureau, new BureauReviewBegan(At(154)), TransitionGuards.NoSmsNeeded);
        FilingCase sms = Accept(atBureau, SmsVerificationStarted.WithDefaultRecipients(atBureau, At(154)));
        Assert.Equal([SubjectPrincipal, ServicePrincipal], Recipients(sms));
        Assert.Contains(DeadlineCalculator.Default.For(sms), d => d.Rule.Id == DeadlinePolicy.SmsCodeValidityId && d.DueAt == At(178));
        Assert.Contains(DeadlineCalculator.Default.For(sms), d => d.Rule.Id == DeadlinePolicy.PsbFilingId);

        // The 24 hours run out: the change is returned, resubmitted, verified, then rejected and abandoned.
        FilingCase expired = Accept(sms, new SmsVerificationExpired(At(178)));
        Assert.Equal(FilingState.SmsWindowExpired, expired.State);
        FilingCase again = ChangeUnderReview(expired, 180);
        Assert.Equal(moved, again.PendingChange);
        RefusedBy(again, new FilingApproved(At(190), [Icp("京ICP备2026012345号-1")]), TransitionGuards.NoChangePending);
        FilingCase rejected = Accept(again, new BureauRejectedApplication(At(190), "地址证明不清晰"));
        Assert.Equal(FilingState.RejectedByBureau, rejected.State);
        FilingCase dropped = Accept(rejected, new OrderAbandoned(At(191), "客户放弃变更"));
        Assert.Equal((FilingState.Live, live.Application, (FilingApplication?)null), (dropped.State, dropped.Application, dropped.PendingChange));

        // A revision during a change revises the change, never the approved filing.
        FilingApplication fixedMove = moved with { Subject = moved.Subject with { Address = moved.Subject.Address with { Detail = "海淀区中关村大街3号" } } };
        FilingCase resubmitted = Accept(rejected, new FiledWithProvider(At(192), fixedMove));
        Assert.Equal((live.Application, fixedMove), (resubmitted.Application, resubmitted.PendingChange));
        RefusedBy(rejected, new FiledWithProvider(At(192), fixedMove with { Operation = FilingOperation.CancelService }), TransitionGuards.RevisionKeepsOrder);
    }

    [Fact]
    public void A_change_ends_where_the_filing_stood()
    {
        FilingCase approved = Approved();
        FilingCase live = Accept(approved, new ServiceWentLive(At(120)));
        FilingCase filed = Accept(live, new PsbFilingCompleted(At(130), Psb("京公网安备11010802012345号")));
        FilingCase filedNotLive = Accept(approved, new PsbFilingCompleted(At(130), Psb("京公网安备11010802012345号")));
        foreach (var (before, guard) in new[] { (approved, TransitionGuards.NotYetLive), (live, TransitionGuards.LiveWithoutPsbNumber), (filed, TransitionGuards.HasPsbNumber), (filedNotLive, TransitionGuards.HasPsbNumber) })
        {
            FilingCase changing = Accept(before, new ChangeStarted(At(150), ChangeOf(before)));
            Assert.True(changing.State.IsOrderInFlight);
            Assert.Equal(before.State, Accept(ChangeUnderReview(changing, 151), new ChangeCompleted(At(160))).State);
            FilingCase abandoned = Accept(changing, new OrderAbandoned(At(160), "客户撤回"));
            Assert.Equal(before.State, abandoned.State);
            Assert.Equal(before.Application, abandoned.Application);
            Assert.Contains(guard, Flow.TransitionsFrom(FilingState.ChangeInProgress).Where(t => t.To == before.State).SelectMany(t => t.Guards));
            Assert.Contains(guard, Flow.TransitionsFrom(FilingState.BureauReview).Where(t => t.To == before.State).SelectMany(t => t.Guards));
        }
    }

    [Fact]
    public void A_provider_abandons_an_order_it_holds_but_not_one_the_bureau_holds()
    {
        FilingCase review = AcceptAll(FilingCase.Start(Website, T0), new FiledWithProvider(At(1)), new ProviderReviewBegan(At(2)));
        Assert.Equal(FilingState.Abandoned, Accept(review, new OrderAbandoned(At(3), "客户放弃")).State);
        Assert.Equal(RejectionReason.NotAllowedFromState, Refused(AwaitingSms(), new OrderAbandoned(At(5), "x")).Reason);

        // Intended: once with the bureau the order is the Ministry's, in all three of its states.
        FilingCase atBureau = AtBureau();
        FilingCase inReview = AcceptAll(AwaitingSms(), Right(SubjectPrincipal, 5), Right(ServicePrincipal, 5));
        foreach (var held in new[] { atBureau, AwaitingSms(), inReview })
        {
            Assert.Equal(RejectionReason.NotAllowedFromState, Refused(held, new OrderAbandoned(At(30), "x")).Reason);
            Assert.DoesNotContain(FilingEventKind.OrderAbandoned, Flow.AllowedEvents(held));
        }

        // Returned by the Ministry, the order is the provider's again.
        FilingCase expired = Accept(AwaitingSms(), new SmsVerificationExpired(At(28)));
        Assert.Equal(FilingState.Abandoned, Accept(expired, new OrderAbandoned(At(30), "客户放弃")).State);
    }

    [Fact]
    public void One_order_in_flight_per_subject_across_cases_when_applying_for_the_subject()
    {
        FilingCase approved = Approved();
        FilingCase otherInFlight = AwaitingSms(Website with { Operation = FilingOperation.AddService });
        FilingCase otherSubject = AwaitingSms(SampleFilings.WeChatMiniProgram with { Operation = FilingOperation.Change });
        FilingEvent[] events = [new ChangeStarted(At(150), ChangeOf(approved)), new FilingCanceled(At(150)), new AccessWithdrawalCompleted(At(150))];
        foreach (var filingEvent in events)
        {
            TransitionRejected refused = Flow.ApplyForSubject(approved, filingEvent, [approved, otherInFlight]).AsT1;
            Assert.Equal(RejectionReason.OrderInFlight, refused.Reason);
            Assert.Equal(FilingState.Approved, refused.State);
            Assert.Equal(filingEvent.Kind, refused.Event);
            Assert.Contains("待短信核验", refused.MessageChinese, System.StringComparison.Ordinal);
            Assert.Contains("AwaitingSmsVerification", refused.Message, System.StringComparison.Ordinal);

            // Apply sees one case only; other subjects, settled cases and the case itself do not count.
            Assert.True(Flow.Apply(approved, filingEvent).IsT0);
            Assert.True(Flow.ApplyForSubject(approved, filingEvent, [approved, otherSubject, Approved()]).IsT0);
        }

        // Other refusals still come from the table.
        Assert.Equal(RejectionReason.OlderThanLastEvent, Flow.ApplyForSubject(approved, new ServiceWentLive(At(99)), []).AsT1.Reason);
    }

    [Fact]
    public void The_default_table_has_no_guard_that_cannot_fail()
    {
        // no-order-in-flight always holds from a state without an order in flight; the default table leaves it out.
        Assert.DoesNotContain(
            Flow.Transitions,
            t => !t.From.IsOrderInFlight && t.Guards.Contains(TransitionGuards.NoOrderInFlight));
    }

    [Fact]
    public void An_event_older_than_the_last_is_refused_and_one_at_the_same_instant_is_not()
    {
        FilingCase c = AtBureau(); // last event at hour 3
        TransitionRejected refused = Refused(c, SmsVerificationStarted.WithDefaultRecipients(c, At(2.5)));
        Assert.Equal(RejectionReason.OlderThanLastEvent, refused.Reason);
        Assert.Contains("早于", refused.MessageChinese, System.StringComparison.Ordinal);
        Accept(c, SmsVerificationStarted.WithDefaultRecipients(c, At(3)));
    }

    [Fact]
    public void Refusals_say_why_in_english_and_chinese()
    {
        TransitionRejected notAllowed = Refused(FilingCase.Start(Website, T0), new ServiceWentLive(At(1)));
        Assert.Equal(RejectionReason.NotAllowedFromState, notAllowed.Reason);
        Assert.Equal("ServiceWentLive is not allowed while the case is Draft.", notAllowed.Message);
        Assert.Equal("案件处于“草稿”状态，不允许“网站开通”。", notAllowed.MessageChinese);
        Assert.Null(notAllowed.Guard);

        TransitionRejected guard = Refused(AwaitingSms(), new SmsCodeResent(At(30)));
        Assert.Equal(
            "SmsCodeResent is refused while the case is AwaitingSmsVerification: the resend is within 24 hours of the SMS step starting (within-resend-window).",
            guard.Message);
        Assert.Equal("案件处于“待短信核验”状态，“重发短信”被拒绝：须在短信核验开始后24小时内重发（within-resend-window）。", guard.MessageChinese);
        Assert.Equal(guard.Message + "\n" + guard.MessageChinese, guard.ToString());
    }

    [Fact]
    public void Allowed_events_come_from_the_table()
    {
        Assert.Equal(
            ["FiledWithProvider", "OrderAbandoned"],
            Flow.AllowedEvents(FilingCase.Start(Website, T0)).Select(k => k.Name));
        Assert.Equal(
            ["SmsCodeResent", "SmsCodeEntered", "SmsVerificationExpired", "SmsVerificationCompleted"],
            Flow.AllowedEvents(AwaitingSms()).Select(k => k.Name));
        Assert.Equal(["PlatformEmailActivated"], Flow.AllowedEvents(FilingCase.Start(SampleFilings.WeChatMiniProgram, T0)).Select(k => k.Name));
        Assert.Equal(FilingState.All.Select(s => s.Name), Flow.States.Select(s => s.Name));
    }

    [Fact]
    public void Default_arrays_set_with_with_read_as_empty_and_are_refused_not_thrown()
    {
        FilingCase c = AtBureau();
        var noRecipients = SmsVerificationStarted.WithDefaultRecipients(c, At(4)) with { Recipients = default };
        Assert.False(noRecipients.Recipients.IsDefault);
        Assert.Equal(new SmsVerificationStarted(At(4), []), noRecipients);
        RefusedBy(c, noRecipients, TransitionGuards.RecipientsListed);

        FilingCase review = AcceptAll(AwaitingSms(), Right(SubjectPrincipal, 5), Right(ServicePrincipal, 5));
        var noNumbers = new FilingApproved(At(9), [Icp("京ICP备2026012345号-1")]) with { ServiceNumbers = default };
        Assert.False(noNumbers.ServiceNumbers.IsDefault);
        Assert.Equal(new FilingApproved(At(9), []), noNumbers);
        RefusedBy(review, noNumbers, TransitionGuards.NumbersForProvince);

        Transition row = Flow.Transitions[0] with { Guards = default };
        Assert.False(row.Guards.IsDefault);
        Assert.Equal(row with { Guards = [] }, row);
        Assert.Equal(FilingState.EmailActivated, Flow.WithTransitions([row]).Apply(FilingCase.Start(SampleFilings.WeChatMiniProgram, T0), new PlatformEmailActivated(At(1))).AsT0.State);
    }

    private static FilingCase InReview(FilingApplication application)
    {
        FilingCase c = AwaitingSms(application);
        foreach (var mobile in Recipients(c).ToArray())
        {
            c = Accept(c, Right(mobile, 5));
        }

        Assert.Equal(FilingState.BureauReview, c.State);
        return c;
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
}
