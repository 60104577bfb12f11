using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Providers;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Providers.ProviderTestKit;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Providers;

/// <summary>The laws of the adapter: every legal path, rendered as WeChat's statuses and read back, ends in the same
/// state; a status that cannot follow is refused with the workflow's own refusal, the case unchanged.</summary>
public sealed class ProviderPropertyTests
{
    private static readonly ProviderStatusTable Table = WeChatStatusTables.EntranceInfo;

    /// <summary>A legal walk of the workflow over the states WeChat reports, from a case, driven by the choices; each
    /// step applied by the workflow itself, and the status WeChat would show after it. A first filing ends approved;
    /// a change order ends where the filing stood (ChangeCompleted).</summary>
    private static (FilingCase Case, List<ProviderObservation> Polls) Walk(ProviderStatusTable table, FilingCase start, int[] choices)
    {
        FilingCase c = start;
        var polls = new List<ProviderObservation>();
        double t = (start.LastEventAt - T0).TotalHours + 1;
        foreach (int choice in choices)
        {
            if (c.State == FilingState.Approved)
            {
                break;
            }

            FilingEvent[] events = c.State.Name switch
            {
                nameof(FilingState.EntityInformationEntered) => [new PlatformVerificationRequested(At(t), PlatformVerificationMethod.ReviewFee)],
                nameof(FilingState.VerificationPending) => choice % 2 == 0 ? [new PlatformVerificationFailed(At(t), "x")] : [new PlatformVerificationPassed(At(t))],
                nameof(FilingState.ProviderReview) => choice % 2 == 0 ? [new ProviderReturnedApplication(At(t), "x")] : [new ForwardedToBureau(At(t))],
                nameof(FilingState.SubmittedToBureau) => [SmsVerificationStarted.WithDefaultRecipients(c, At(t))],
                nameof(FilingState.AwaitingSmsVerification) => choice % 2 == 0 ? [new SmsVerificationCompleted(At(t += choice % 15))] : [new SmsVerificationExpired(At(t += 24 + (choice % 30)))],
                nameof(FilingState.BureauReview) => choice % 3 == 0 ? [new BureauRejectedApplication(At(t), "x")]
                    : c.PendingChange is null ? [new FilingApproved(At(t), NumbersFor(MiniProgram))] : [new ChangeCompleted(At(t))],
                _ => [new FiledWithProvider(At(t)), new ProviderReviewBegan(At(t))],
            };
            c = AcceptAll(c, events);
            // The status the platform shows: the one that stands for the state and is entered by the last event.
            ProviderStatus shown = table.Statuses.First(s => s.States.FirstOrDefault() == c.State && s.Routes.Any(r => r.Events[^1] == events[^1].Kind));
            polls.Add(new ProviderObservation(events[^1].At, shown.Code, shown.SmsVerifyStatus) { IssuedNumbers = c.PendingChange is null && events[^1] is FilingApproved ? c.ServiceNumbers : [] });
            t += 1 + (choice % 5);
        }

        return (c, polls);
    }

    private static (FilingCase Case, List<ProviderObservation> Polls) Walk(int[] choices) => Walk(Table, Verified, choices);

    private static readonly Arbitrary<int[]> Choices = Gen.ArrayOf(Gen.Choose(0, 1000)).Select(a => a.Take(25).ToArray()).ToArbitrary();

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Every_legal_path_read_back_from_the_statuses_ends_in_the_same_state() => Prop.ForAll(Choices, choices =>
    {
        (FilingCase walked, List<ProviderObservation> polls) = Walk(choices);
        ProviderReplay<ProviderObservation, ProviderStatus> replay = ProviderStatusTranslator.WeChatEntranceInfo.Replay(Verified, polls);
        return replay.IsLegalPath && replay.State == walked.State && replay.Case.ServiceNumbers.SequenceEqual(walked.ServiceNumbers)
            && replay.Case.History.Select(e => e.Kind).SequenceEqual(walked.History.Select(e => e.Kind));
    });

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Every_legal_change_order_read_back_from_the_statuses_ends_in_the_same_state() => Prop.ForAll(Choices, choices =>
    {
        (FilingCase walked, List<ProviderObservation> polls) = Walk(Table, ChangingMiniProgram, choices);
        ProviderReplay<ProviderObservation, ProviderStatus> replay = ProviderStatusTranslator.WeChatEntranceInfo.Replay(ChangingMiniProgram, polls);
        return replay.IsLegalPath && replay.State == walked.State && replay.Case.ServiceNumbers.SequenceEqual(walked.ServiceNumbers)
            && replay.Case.PendingChange == walked.PendingChange && replay.Case.Application == walked.Application
            && replay.Case.History.Select(e => e.Kind).SequenceEqual(walked.History.Select(e => e.Kind));
    });

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Every_legal_path_of_the_combined_flow_read_back_from_procedure_status_ends_in_the_same_state() => Prop.ForAll(Choices, choices =>
    {
        // queryAuthAndIcp from the subject's details entered: the platform's verification (16, 18, 19), then filing.
        (FilingCase walked, List<ProviderObservation> polls) = Walk(WeChatStatusTables.AuthAndIcp, Registered, choices);
        ProviderReplay<ProviderObservation, ProviderStatus> replay = ProviderStatusTranslator.WeChatAuthAndIcp.Replay(Registered, polls);
        return replay.IsLegalPath && replay.State == walked.State && replay.Case.ServiceNumbers.SequenceEqual(walked.ServiceNumbers)
            && replay.Case.History.Select(e => e.Kind).SequenceEqual(walked.History.Select(e => e.Kind));
    });

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property A_status_that_cannot_follow_is_refused_and_the_case_kept() => Prop.ForAll(Choices, Gen.Choose(0, 1000).ToArbitrary(), (choices, pick) =>
    {
        (FilingCase walked, List<ProviderObservation> polls) = Walk(choices);
        ProviderStatus[] cannot = [.. Table.Statuses.Where(s => !s.States.IsEmpty && !s.States.Contains(walked.State) && s.RoutesFrom(walked.State).IsEmpty)];
        if (cannot.Length == 0)
        {
            return true;
        }

        ProviderStatus status = cannot[pick % cannot.Length];
        Instant at = (polls.Count == 0 ? Verified.LastEventAt : polls[^1].SeenAt) + Duration.FromHours(1);
        ProviderObservation bad = new(at, status.Code, status.SmsVerifyStatus) { IssuedNumbers = NumbersFor(MiniProgram) };
        ProviderReplay<ProviderObservation, ProviderStatus> replay = ProviderStatusTranslator.WeChatEntranceInfo.Replay(Verified, [.. polls, bad]);
        ProviderRefusal<ProviderObservation, ProviderStatus>? refusal = replay.Refusal;
        return refusal is not null && refusal.Input == bad && refusal.State == walked.State && replay.State == walked.State
            && replay.Steps.Length == polls.Count
            && (refusal.Rejection is null
                ? status.Routes.IsEmpty
                : refusal.Rejection.Reason == RejectionReason.NotAllowedFromState || refusal.Guard is not null);
    });

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property The_sms_outcome_follows_the_24_hours_or_is_refused_by_its_guard() => Prop.ForAll(Gen.Choose(0, 72 * 60).ToArbitrary(), Gen.Elements(2, 3).ToArbitrary(), (minutes, sms) =>
    {
        ProviderObservation waiting = new(At(30), 4, 1);
        ProviderObservation outcome = new(At(30) + Duration.FromMinutes(minutes), 4, sms);
        ProviderReplay<ProviderObservation, ProviderStatus> replay = ProviderStatusTranslator.WeChatEntranceInfo.Replay(Verified, [waiting, outcome]);
        bool withinValidity = minutes < 24 * 60;
        return sms == 2
            ? (withinValidity ? replay.State == FilingState.BureauReview : replay.Refusal?.Guard == TransitionGuards.CodeStillValid)
            : (withinValidity ? replay.Refusal?.Guard == TransitionGuards.CodeValidityElapsed : replay.State == FilingState.SmsWindowExpired);
    });
}
