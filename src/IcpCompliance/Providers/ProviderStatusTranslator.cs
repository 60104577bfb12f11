using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;
using NodaTime;
using K = IcpCompliance.Workflow.FilingEventKind;
using Refusal = IcpCompliance.Providers.ProviderRefusal<IcpCompliance.Providers.ProviderObservation, IcpCompliance.Providers.ProviderStatus>;
using Step = IcpCompliance.Providers.ProviderStep<IcpCompliance.Providers.ProviderObservation, IcpCompliance.Providers.ProviderStatus>;

namespace IcpCompliance.Providers;

/// <summary>
/// Turns a provider's polled statuses into the library's events and applies them through the workflow, so an
/// integrator learns where the case stands, its open deadlines, and where the provider's sequence is not a legal path
/// (with the guard that refused it), instead of mapping codes by hand.
/// </summary>
/// <remarks>
/// <para>Each observation is looked up in the provider's <see cref="ProviderStatusTable"/>. A status the case already
/// stands for changes nothing. Otherwise the status's route from the case's state gives the events; steps the polls
/// did not see are dated at the previous poll (the earliest they can have happened), the step into the status at the
/// observation's instant; where several routes leave the case's state, the first the workflow accepts applies (WeChat's
/// "filed" is <see cref="FilingEventKind.FilingApproved"/> for a first filing and
/// <see cref="FilingEventKind.ChangeCompleted"/> for a change order). A status with no route from the case's state is refused with the workflow's own refusal of
/// its event (a status that skips the SMS step, a rejection after "filed"), and the replay stops there.</para>
/// <para>An unknown code is reported and the case left as it was; an SMS code outside the bureau's review (WeChat
/// documents it as valid only then) is ignored with a note. Stateless; safe to use from any thread.</para>
/// </remarks>
public sealed class ProviderStatusTranslator
{
    /// <summary>Creates a translator.</summary>
    /// <param name="table">The provider's codes.</param>
    /// <param name="workflow">The workflow to apply the events through.</param>
    /// <param name="deadlines">What computes the open deadlines.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public ProviderStatusTranslator(ProviderStatusTable table, FilingWorkflow workflow, DeadlineCalculator deadlines)
    {
        Table = Preconditions.CheckNotNull(table);
        Workflow = Preconditions.CheckNotNull(workflow);
        Deadlines = Preconditions.CheckNotNull(deadlines);
    }

    /// <summary>WeChat's <c>getIcpEntranceInfo</c> statuses through the default workflow and deadlines.</summary>
    public static ProviderStatusTranslator WeChatEntranceInfo { get; } = new(WeChatStatusTables.EntranceInfo, FilingWorkflow.Default, DeadlineCalculator.Default);

    /// <summary>WeChat's <c>queryAuthAndIcp</c> statuses through the default workflow and deadlines.</summary>
    public static ProviderStatusTranslator WeChatAuthAndIcp { get; } = new(WeChatStatusTables.AuthAndIcp, FilingWorkflow.Default, DeadlineCalculator.Default);

    /// <summary>The provider's codes.</summary>
    public ProviderStatusTable Table { get; }

    /// <summary>The workflow the events go through.</summary>
    public FilingWorkflow Workflow { get; }

    /// <summary>What computes the open deadlines.</summary>
    public DeadlineCalculator Deadlines { get; }

    /// <summary>Applies observations, oldest first, to a case.</summary>
    /// <param name="start">The case as it stood before the first observation.</param>
    /// <param name="observations">The observations, oldest first.</param>
    /// <returns>The case, the steps, the refusal if any, the open deadlines.</returns>
    /// <exception cref="ArgumentNullException">An argument or an observation is null.</exception>
    public ProviderReplay<ProviderObservation, ProviderStatus> Replay(FilingCase start, IEnumerable<ProviderObservation> observations)
    {
        FilingCase current = Preconditions.CheckNotNull(start);
        Preconditions.CheckNotNull(observations);
        var steps = ImmutableArray.CreateBuilder<Step>();
        Instant previous = start.LastEventAt;
        foreach (ProviderObservation observation in observations)
        {
            Preconditions.CheckNotNull(observation);
            (ProviderStatus? status, string? note, string? noteChinese) = Look(observation);
            if (status is null)
            {
                steps.Add(new Step(observation, null, [], null, note, noteChinese));
                continue;
            }

            if (status.States.IsEmpty || status.States.Contains(current.State))
            {
                steps.Add(new Step(observation, status, [], null, note, noteChinese));
                previous = Later(previous, observation.SeenAt);
                continue;
            }

            ImmutableArray<ProviderRoute> routes = status.RoutesFrom(current.State);
            if (routes.IsEmpty)
            {
                return Stop(current, steps, Refuse(current, observation, status));
            }

            // The first route the workflow accepts applies; when none does, the one that got furthest explains
            // why (among equals the first, the status's principal meaning).
            (FilingCase Case, ImmutableArray<FilingEvent> Events)? taken = null;
            (Refusal Refusal, int Applied)? closest = null;
            foreach (ProviderRoute route in routes)
            {
                var tried = Follow(route, current, observation, status, previous);
                if (tried.Refusal is null)
                {
                    taken = (tried.Case, tried.Events);
                    break;
                }

                if (closest is null || tried.Events.Length > closest.Value.Applied)
                {
                    closest = (tried.Refusal, tried.Events.Length);
                }
            }

            if (taken is null)
            {
                return Stop(current, steps, closest!.Value.Refusal);
            }

            current = taken.Value.Case;
            var events = taken.Value.Events;
            steps.Add(new Step(observation, status, events, null, note, noteChinese));
            previous = Later(previous, observation.SeenAt);
        }

        return Stop(current, steps, null);
    }

    private (FilingCase Case, ImmutableArray<FilingEvent> Events, Refusal? Refusal) Follow(ProviderRoute route, FilingCase start, ProviderObservation observation, ProviderStatus status, Instant previous)
    {
        FilingCase current = start;
        var events = ImmutableArray.CreateBuilder<FilingEvent>();
        for (int i = 0; i < route.Events.Length; i++)
        {
            Instant at = i == route.Events.Length - 1 ? observation.SeenAt : previous;
            FilingEvent? filingEvent = Build(route.Events[i], current, observation, status, at);
            if (filingEvent is null)
            {
                return (start, events.ToImmutable(), Unbuildable(start, observation, status, route.Events[i]));
            }

            if (Workflow.Apply(current, filingEvent).TryPickT1(out TransitionRejected rejected, out FilingCase next))
            {
                return (start, events.ToImmutable(), Refused(start, observation, status, rejected));
            }

            events.Add(filingEvent);
            current = next;
        }

        return (current, events.ToImmutable(), null);
    }

    private ProviderReplay<ProviderObservation, ProviderStatus> Stop(FilingCase current, ImmutableArray<Step>.Builder steps, Refusal? refusal)
        => new(current, steps.ToImmutable(), refusal, Deadlines.For(current));

    private static Instant Later(Instant a, Instant b) => a > b ? a : b;

    private (ProviderStatus? Status, string? Note, string? NoteChinese) Look(ProviderObservation observation)
    {
        int code = observation.Code;
        int? sms = observation.SmsVerifyStatus is 0 ? null : observation.SmsVerifyStatus;
        string? note = null;
        string? noteChinese = null;
        if (sms is not null && code != Table.SmsStepCode)
        {
            note = $"sms_verify_status {sms} ignored: it is valid only while the status is {Table.SmsStepCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "(none)"} ({Table.Name}).";
            noteChinese = $"已忽略 sms_verify_status {sms}：仅在状态为 {Table.SmsStepCode?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "（无）"} 时有效。";
            sms = null;
        }

        ProviderStatus? status = Table.Find(code, sms);
        if (status is null)
        {
            string what = sms is null
                ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"status {code}")
                : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"status {code} with sms_verify_status {sms}");
            return (null, $"Unknown code: {what} is not in {Table.Name} ({Table.Source}); the case is left as it was.", $"未知状态码：{what} 不在 {Table.Name} 中；案件状态不变。");
        }

        if (status.States.IsEmpty)
        {
            return (status, $"{Table.Name} {status} ({status.Meaning}) has no state in the workflow; the case is left as it was.", $"{Table.Name} {status}（{status.MeaningChinese}）在流程中无对应状态；案件状态不变。");
        }

        return (status, note, noteChinese);
    }

    private Refusal Refuse(FilingCase current, ProviderObservation observation, ProviderStatus status)
    {
        // The workflow's own answer to the status's event from this state says why the status cannot follow.
        ProviderRoute? principal = status.Routes.FirstOrDefault();
        if (principal is not null && Build(principal.Events[^1], current, observation, status, observation.SeenAt) is { } filingEvent
            && Workflow.Apply(current, filingEvent).TryPickT1(out TransitionRejected rejected, out _))
        {
            return Refused(current, observation, status, rejected);
        }

        return new Refusal(observation, status, current.State, null,
            $"{Table.Name} {status} ({status.Meaning}) cannot follow {current.State.Name}: no event of the workflow leads there.",
            $"{Table.Name} {status}（{status.MeaningChinese}）不能出现在“{current.State.ChineseName}”之后：流程中没有通往该状态的事件。");
    }

    private Refusal Refused(FilingCase current, ProviderObservation observation, ProviderStatus status, TransitionRejected rejected)
        => new(observation, status, current.State, rejected,
            $"{Table.Name} {status} ({status.Meaning}) is not a legal step from {current.State.Name}: {rejected.Message}",
            $"{Table.Name} {status}（{status.MeaningChinese}）不是“{current.State.ChineseName}”之后的合法步骤：{rejected.MessageChinese}");

    private Refusal Unbuildable(FilingCase current, ProviderObservation observation, ProviderStatus status, K kind)
        => new(observation, status, current.State, null,
            $"{Table.Name} {status} needs a {kind.Name} event, which carries data a status does not give; record it with the workflow directly.",
            $"{Table.Name} {status} 需要“{kind.ChineseName}”事件，其数据无法从状态码得出；请直接通过流程记录。");

    private static string Reason(ProviderObservation observation, ProviderStatus status)
        => observation.AuditReasons.IsEmpty
            ? observation.ReasonText ?? status.MeaningChinese
            : string.Join("；", observation.AuditReasons.Select(r => r.MessageChinese));

    private static FilingEvent? Build(K kind, FilingCase current, ProviderObservation observation, ProviderStatus status, Instant at) => kind.Name switch
    {
        nameof(K.PlatformEmailActivated) => new PlatformEmailActivated(at),
        nameof(K.PlatformEntityInformationEntered) => new PlatformEntityInformationEntered(at),
        nameof(K.PlatformVerificationRequested) => new PlatformVerificationRequested(at, PlatformVerificationMethod.ReviewFee),
        nameof(K.PlatformVerificationPassed) => new PlatformVerificationPassed(at),
        nameof(K.PlatformVerificationFailed) => new PlatformVerificationFailed(at, Reason(observation, status)),
        nameof(K.FiledWithProvider) => new FiledWithProvider(at),
        nameof(K.ProviderReviewBegan) => new ProviderReviewBegan(at),
        nameof(K.ProviderReturnedApplication) => new ProviderReturnedApplication(at, Reason(observation, status)),
        nameof(K.ForwardedToBureau) => new ForwardedToBureau(at),
        nameof(K.SmsVerificationStarted) => SmsVerificationStarted.WithDefaultRecipients(current, at),
        nameof(K.SmsVerificationCompleted) => new SmsVerificationCompleted(at),
        nameof(K.SmsVerificationExpired) => new SmsVerificationExpired(at),
        nameof(K.BureauReviewBegan) => new BureauReviewBegan(at),
        nameof(K.BureauRejectedApplication) => new BureauRejectedApplication(at, Reason(observation, status)),
        nameof(K.FilingApproved) => new FilingApproved(at, observation.IssuedNumbers),
        nameof(K.ServiceWentLive) => new ServiceWentLive(at),
        nameof(K.ChangeCompleted) => new ChangeCompleted(at),
        nameof(K.OrderAbandoned) => new OrderAbandoned(at, Reason(observation, status)),
        nameof(K.FilingCanceled) => new FilingCanceled(at),
        nameof(K.AccessWithdrawalCompleted) => new AccessWithdrawalCompleted(at),
        _ => null,
    };
}
