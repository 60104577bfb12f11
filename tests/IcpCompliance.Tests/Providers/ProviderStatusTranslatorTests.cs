using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Providers;
using IcpCompliance.Workflow;
using static IcpCompliance.Tests.Providers.ProviderTestKit;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Providers;

/// <summary>WeChat's recorded statuses applied through the workflow: the state, the deadlines, the refusals with
/// their guards, the reasons, and unknown codes reported.</summary>
public sealed class ProviderStatusTranslatorTests
{
    private static readonly ProviderStatusTranslator WeChat = ProviderStatusTranslator.WeChatEntranceInfo;

    [Fact]
    public void A_filing_journey_reaches_approval_with_the_issued_numbers()
    {
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(Verified,
        [
            Seen("entrance-1024-not-filed", 1),
            Seen("entrance-2-platform-review", 2),
            Seen("entrance-2-platform-review", 5),
            Seen("entrance-4-sms-waiting", 30),
            Seen("entrance-4-sms-verified", 31),
            Seen("entrance-6-filed", 200) with { IssuedNumbers = NumbersFor(MiniProgram) },
        ]);

        Assert.True(replay.IsLegalPath, replay.Refusal?.Message);
        Assert.Equal(FilingState.Approved, replay.State);
        Assert.Equal<IcpCompliance.Numbers.IcpFilingNumber>(NumbersFor(MiniProgram), replay.Case.ServiceNumbers);
        Assert.Equal<Deadline>(DeadlineCalculator.Default.For(replay.Case), replay.OpenDeadlines);
        Assert.Equal(
            ["FiledWithProvider", "ProviderReviewBegan", "ForwardedToBureau", "SmsVerificationStarted", "SmsVerificationCompleted", "FilingApproved"],
            replay.Steps.SelectMany(s => s.Events).Select(e => e.Kind.Name));

        // Steps the polls did not see are dated at the previous poll, the earliest they can have happened; the step
        // into the status seen, at the poll.
        FilingEvent forwarded = replay.Case.History.Single(e => e is ForwardedToBureau);
        Assert.Equal(At(5), forwarded.At);
        Assert.Equal(At(30), replay.Case.History.Single(e => e is SmsVerificationStarted).At);
        Assert.Empty(replay.Steps[0].Events);
        Assert.Empty(replay.Steps[2].Events);
    }

    [Fact]
    public void A_change_order_filed_by_wechat_completes_the_change_and_keeps_the_numbers()
    {
        // "filed" ends a change order by ChangeCompleted (the workflow's change-pending guard), not FilingApproved:
        // the filing keeps its numbers and takes the changed application.
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(ChangingMiniProgram,
        [
            Seen("entrance-6-filed", 61),
            Seen("entrance-2-platform-review", 62),
            Seen("entrance-4-sms-waiting", 70),
            Seen("entrance-4-sms-verified", 71),
            Seen("entrance-6-filed", 200),
        ]);

        Assert.True(replay.IsLegalPath, replay.Refusal?.Message);
        Assert.Equal(FilingState.Approved, replay.State);
        Assert.Empty(replay.Steps[0].Events);
        Assert.Equal(FilingEventKind.ChangeCompleted, replay.Case.History[^1].Kind);
        Assert.DoesNotContain(replay.Steps.SelectMany(s => s.Events), e => e is FilingApproved);
        Assert.Equal<IcpCompliance.Numbers.IcpFilingNumber>(ApprovedMiniProgram.ServiceNumbers, replay.Case.ServiceNumbers);
        Assert.Equal(ChangingMiniProgram.PendingChange, replay.Case.Application);
        Assert.Null(replay.Case.PendingChange);

        // A first filing read the same way is still approved by FilingApproved, and without its numbers the refusal
        // names the first filing's guard, not the change order's.
        ProviderRefusal<ProviderObservation, ProviderStatus> refusal = WeChat.Replay(Verified, [Seen("entrance-4-sms-waiting", 30), Seen("entrance-4-sms-verified", 31), Seen("entrance-6-filed", 200)]).Refusal!;
        Assert.Equal(FilingEventKind.FilingApproved, refusal.Rejection!.Event);
        Assert.Equal(TransitionGuards.NumbersForProvince, refusal.Guard);
    }

    [Fact]
    public void The_sms_step_open_at_the_last_poll_shows_its_deadline()
    {
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 2), Seen("entrance-4-sms-waiting", 30)]);
        Assert.Equal(FilingState.AwaitingSmsVerification, replay.State);
        Assert.NotEmpty(replay.OpenDeadlines);
        Assert.Equal<Deadline>(DeadlineCalculator.Default.For(replay.Case), replay.OpenDeadlines);
        Assert.Equal(At(30), replay.Case.Sms!.StepStartedAt);
    }

    [Fact]
    public void A_status_that_skips_the_sms_step_is_refused()
    {
        // "application enters bureau review only after SMS verification" (facts §3): verified without waiting.
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 2), Seen("entrance-4-sms-verified", 3)]);
        ProviderRefusal<ProviderObservation, ProviderStatus> refusal = replay.Refusal!;
        Assert.False(replay.IsLegalPath);
        Assert.Equal(FilingState.ProviderReview, replay.State);
        Assert.Equal(FilingState.ProviderReview, refusal.State);
        Assert.Equal(RejectionReason.NotAllowedFromState, refusal.Rejection!.Reason);
        Assert.Equal(FilingEventKind.SmsVerificationCompleted, refusal.Rejection.Event);
        Assert.Single(replay.Steps);

        // Filed straight from the platform's review skips the bureau and its SMS step too.
        ProviderRefusal<ProviderObservation, ProviderStatus> filed = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 2), Seen("entrance-6-filed", 3) with { IssuedNumbers = NumbersFor(MiniProgram) }]).Refusal!;
        Assert.Equal(FilingEventKind.FilingApproved, filed.Rejection!.Event);
        Assert.Equal(RejectionReason.NotAllowedFromState, filed.Rejection.Reason);
    }

    [Fact]
    public void A_rejection_after_filed_is_refused()
    {
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(Verified,
        [
            Seen("entrance-2-platform-review", 2), Seen("entrance-4-sms-waiting", 30), Seen("entrance-4-sms-verified", 31),
            Seen("entrance-6-filed", 200) with { IssuedNumbers = NumbersFor(MiniProgram) },
            Seen("entrance-5-bureau-rejected", 300),
        ]);
        Assert.Equal(FilingState.Approved, replay.State);
        Assert.Equal(FilingEventKind.BureauRejectedApplication, replay.Refusal!.Rejection!.Event);
        Assert.Equal(RejectionReason.NotAllowedFromState, replay.Refusal.Rejection.Reason);
        Assert.Contains("管局审核驳回", replay.Refusal.MessageChinese, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Sms_timing_is_refused_by_the_guards()
    {
        // "This SMS contains a code which is valid for 24 hours."
        ProviderRefusal<ProviderObservation, ProviderStatus> late = WeChat.Replay(Verified, [Seen("entrance-4-sms-waiting", 30), Seen("entrance-4-sms-verified", 54)]).Refusal!;
        Assert.Equal(TransitionGuards.CodeStillValid, late.Guard);
        ProviderRefusal<ProviderObservation, ProviderStatus> early = WeChat.Replay(Verified, [Seen("entrance-4-sms-waiting", 30), Seen("entrance-4-sms-timed-out", 40)]).Refusal!;
        Assert.Equal(TransitionGuards.CodeValidityElapsed, early.Guard);

        ProviderReplay<ProviderObservation, ProviderStatus> expired = WeChat.Replay(Verified, [Seen("entrance-4-sms-waiting", 30), Seen("entrance-4-sms-timed-out", 54), Seen("entrance-2-platform-review", 60)]);
        Assert.True(expired.IsLegalPath, expired.Refusal?.Message);
        Assert.Equal(FilingState.ProviderReview, expired.State);
    }

    [Fact]
    public void An_approval_without_the_issued_numbers_is_refused_by_the_numbers_guard()
    {
        ProviderRefusal<ProviderObservation, ProviderStatus> refusal = WeChat.Replay(Verified, [Seen("entrance-4-sms-waiting", 30), Seen("entrance-4-sms-verified", 31), Seen("entrance-6-filed", 200)]).Refusal!;
        Assert.Equal(TransitionGuards.NumbersForProvince, refusal.Guard);
    }

    [Fact]
    public void Rejections_carry_the_platforms_reasons_in_both_languages()
    {
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 2), Seen("entrance-3-platform-rejected", 10)]);
        Assert.Equal(FilingState.ReturnedByProvider, replay.State);
        Assert.Equal(2, replay.AuditReasons().Length);
        Assert.Equal("名称与服务内容不符", replay.AuditReasons()[0].Error);
        var returned = (ProviderReturnedApplication)replay.Case.History[^1];
        Assert.Equal(string.Join("；", replay.AuditReasons().Select(r => r.MessageChinese)), returned.Reason);

        // Resubmitted after the fix, and back in review.
        ProviderReplay<ProviderObservation, ProviderStatus> again = WeChat.Replay(replay.Case, [Seen("entrance-2-platform-review", 20)]);
        Assert.Equal(FilingState.ProviderReview, again.State);
    }

    [Fact]
    public void Unknown_codes_are_reported_and_change_nothing()
    {
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 2), Seen("entrance-7-unknown", 3), Seen("entrance-4-sms-waiting", 30)]);
        Assert.True(replay.IsLegalPath);
        ProviderObservation unknown = Assert.Single(replay.UnknownInputs);
        Assert.Equal(7, unknown.Code);
        Assert.Contains("Unknown code: status 7", replay.Steps[1].Note, System.StringComparison.Ordinal);
        Assert.Empty(replay.Steps[1].Events);
        Assert.Equal(FilingState.AwaitingSmsVerification, replay.State);

        ProviderReplay<ProviderObservation, ProviderStatus> unknownSms = WeChat.Replay(Verified, [new ProviderObservation(At(2), 4, 9)]);
        Assert.Equal(9, Assert.Single(unknownSms.UnknownInputs).SmsVerifyStatus);
        Assert.Equal(FilingState.PlatformVerified, unknownSms.State);
    }

    [Fact]
    public void An_sms_code_outside_the_bureaus_review_is_ignored_with_a_note()
    {
        // "仅当备案状态为 4（管局审核中）的时候才有效".
        ProviderReplay<ProviderObservation, ProviderStatus> replay = WeChat.Replay(Verified, [Seen("entrance-2-with-sms", 2)]);
        Assert.Equal(FilingState.ProviderReview, replay.State);
        Assert.StartsWith("sms_verify_status 1 ignored: it is valid only while the status is 4", replay.Steps[0].Note, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Not_filed_after_the_review_began_has_no_event_and_is_refused_without_a_guard()
    {
        ProviderRefusal<ProviderObservation, ProviderStatus> refusal = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 2), Seen("entrance-1024-not-filed", 3)]).Refusal!;
        Assert.Null(refusal.Rejection);
        Assert.Null(refusal.Guard);
        Assert.Contains("no event of the workflow leads there", refusal.Message, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Polls_out_of_time_order_are_refused()
    {
        ProviderRefusal<ProviderObservation, ProviderStatus> refusal = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 20), Seen("entrance-4-sms-waiting", 10)]).Refusal!;
        Assert.Equal(RejectionReason.OlderThanLastEvent, refusal.Rejection!.Reason);
    }

    [Fact]
    public void The_combined_flow_verifies_the_account_then_files()
    {
        ProviderReplay<ProviderObservation, ProviderStatus> replay = ProviderStatusTranslator.WeChatAuthAndIcp.Replay(Registered,
        [
            Seen("auth-17-verification-review", 1),
            Seen("auth-18-verification-rejected", 2),
            Seen("auth-17-verification-review", 3),
            Seen("auth-19-verified", 4),
            Seen("auth-22-platform-review", 5),
            Seen("auth-24-sms-waiting", 30),
            Seen("auth-24-sms-verified", 31),
            Seen("auth-26-done", 100) with { IssuedNumbers = NumbersFor(MiniProgram) },
        ]);
        Assert.True(replay.IsLegalPath, replay.Refusal?.Message);
        Assert.Equal(FilingState.Approved, replay.State);
        var failed = replay.Case.History.OfType<PlatformVerificationFailed>().Single();
        Assert.Equal("对公账户信息与主体名称不一致", failed.Reason);

        // Procedure status 20 (verification finally failed) has no state in the workflow: reported, nothing moves.
        ProviderReplay<ProviderObservation, ProviderStatus> final = ProviderStatusTranslator.WeChatAuthAndIcp.Replay(Registered, [Seen("auth-17-verification-review", 1), Seen("auth-20-final-failure", 2)]);
        Assert.Equal(FilingState.VerificationPending, final.State);
        Assert.Empty(final.Steps[1].Events);
        Assert.Contains("has no state in the workflow", final.Steps[1].Note, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Tencent_cloud_actions_are_data_with_their_sources()
    {
        Assert.Equal(["CreatePrefillIcpOrder", "SaveIcpOrder", "ModifyIcpOrderMaterial", "CreateChangeIcpOrder", "CreateCancelIcpOrder", "AbandonIcpOrder", "CheckSmsVerificationCode", "CheckCanBeLiveCheck", "CreateLiveCheckAuthCode"], TencentCloudIcpActions.All.Select(a => a.Name));
        Assert.All(TencentCloudIcpActions.All, a => Assert.StartsWith("https://cloud.tencent.com/document/product/", a.Source, System.StringComparison.Ordinal));
        Assert.Null(TencentCloudIcpActions.Find("DeleteEverything"));
        Assert.Equal(FilingEventKind.ChangeStarted, TencentCloudIcpActions.Find("CreateChangeIcpOrder")!.Event);

        // AbandonIcpOrder is the one action whose event it carries whole; the workflow still decides.
        FilingCase review = WeChat.Replay(Verified, [Seen("entrance-2-platform-review", 2)]).Case;
        FilingEvent abandon = TencentCloudIcpActions.EventFor("AbandonIcpOrder", At(3), "客户放弃")!;
        Assert.Equal(FilingState.Abandoned, Accept(review, abandon).State);
        FilingCase atBureau = WeChat.Replay(Verified, [Seen("entrance-4-sms-waiting", 30)]).Case;
        Assert.Equal(RejectionReason.NotAllowedFromState, Flow.Apply(atBureau, TencentCloudIcpActions.EventFor("AbandonIcpOrder", At(31), "客户放弃")!).AsT1.Reason);
        Assert.Null(TencentCloudIcpActions.EventFor("SaveIcpOrder", At(3), "x"));
    }
}
