using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using NodaTime;
using OneOf;
using G = IcpCompliance.Workflow.TransitionGuards;
using K = IcpCompliance.Workflow.FilingEventKind;
using S = IcpCompliance.Workflow.FilingState;

namespace IcpCompliance.Workflow;

/// <summary>
/// The legal moves of a filing case as one table of data (<see cref="Transitions"/>: from-state, event kind,
/// to-state, guards), and <see cref="Apply"/>, which moves a case by an event or says why not.
/// </summary>
/// <remarks>
/// <para><see cref="Default"/> holds the process the project's domain research established; a provider builds its
/// own with <see cref="WithTransitions"/> (a modified table) or <see cref="WithSmsLimits"/> (its own SMS durations,
/// such as a deadline policy's <c>DeadlinePolicy.SmsLimits</c>).</para>
/// <para>Where several rows share a state and an event kind, the first whose guards all hold applies. Immutable;
/// safe to use from any thread.</para>
/// </remarks>
public sealed class FilingWorkflow
{
    private readonly ILookup<(S, K), Transition> _rows;

    /// <summary>Creates a workflow from a table and the SMS step's limits.</summary>
    /// <param name="transitions">The rows, in order of precedence.</param>
    /// <param name="smsLimits">The durations the guards use.</param>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    public FilingWorkflow(IEnumerable<Transition> transitions, SmsVerificationLimits smsLimits)
    {
        Transitions = [.. Preconditions.CheckNotNull(transitions)];
        Preconditions.CheckArgument(Transitions.All(t => t is not null), "Transitions may not be null.", nameof(transitions));
        SmsLimits = Preconditions.CheckNotNull(smsLimits);
        _rows = Transitions.ToLookup(t => (t.From, t.Event));
        States = [.. InitialStates.Concat(Transitions.SelectMany(t => new[] { t.From, t.To })).Distinct().OrderBy(s => s.Value)];
    }

    /// <summary>The states a case starts in: <see cref="FilingState.Draft"/>, and
    /// <see cref="FilingState.PlatformRegistered"/> for a Mini Program.</summary>
    public static ImmutableArray<FilingState> InitialStates { get; } = [S.Draft, S.PlatformRegistered];

    /// <summary>The library's table with <see cref="SmsVerificationLimits.Default"/>.</summary>
    public static FilingWorkflow Default { get; } = new(DefaultTransitions(), SmsVerificationLimits.Default);

    /// <summary>The rows, in order of precedence.</summary>
    public ImmutableArray<Transition> Transitions { get; }

    /// <summary>The durations the guards use (the SMS code's validity, the resend window).</summary>
    public SmsVerificationLimits SmsLimits { get; }

    /// <summary>Every state a case of this workflow can be in: the initial states and every state of the table, in
    /// order of value.</summary>
    public ImmutableArray<FilingState> States { get; }

    /// <summary>This workflow with another table.</summary>
    /// <param name="transitions">The rows, in order of precedence.</param>
    /// <returns>A new workflow with this one's SMS limits.</returns>
    /// <exception cref="ArgumentNullException">The argument or a row is null.</exception>
    public FilingWorkflow WithTransitions(IEnumerable<Transition> transitions) => new(transitions, SmsLimits);

    /// <summary>This workflow with other SMS limits, such as a provider's own durations. A provider that keeps its
    /// durations in a deadline policy passes the policy's <c>DeadlinePolicy.SmsLimits</c>, so the deadlines and the
    /// guards agree.</summary>
    /// <param name="smsLimits">The limits.</param>
    /// <returns>A new workflow with this one's table.</returns>
    /// <exception cref="ArgumentNullException">The argument is null.</exception>
    public FilingWorkflow WithSmsLimits(SmsVerificationLimits smsLimits) => new(Transitions, smsLimits);

    /// <summary>Moves a case by an event: the first row from the case's state for the event's kind whose guards all
    /// hold decides the new state, and the event's data updates the case (numbers, the SMS step, the application).</summary>
    /// <param name="filingCase">The case; it is not changed.</param>
    /// <param name="filingEvent">The event.</param>
    /// <returns>The new case, whose history ends with the event; or why the event was refused.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public OneOf<FilingCase, TransitionRejected> Apply(FilingCase filingCase, FilingEvent filingEvent)
    {
        Preconditions.CheckNotNull(filingCase);
        Preconditions.CheckNotNull(filingEvent);
        S state = filingCase.State;
        K kind = filingEvent.Kind;
        if (filingEvent.At < filingCase.LastEventAt)
        {
            return TransitionRejected.TooOld(state, kind);
        }

        var rows = _rows[(state, kind)];
        var context = new GuardContext(filingCase, filingEvent, SmsLimits);
        TransitionGuard? closest = null;
        int furthest = -1;
        foreach (var row in rows)
        {
            int failed = FirstFailing(row, context);
            if (failed < 0)
            {
                FilingCase moved = filingCase with { State = row.To, History = filingCase.History.Add(filingEvent) };
                moved = filingEvent.Evolve(moved);
                return row.To == S.AwaitingSmsVerification ? moved : moved with { Sms = null };
            }

            // The row that got furthest explains the refusal best; among equals the last, so that the most
            // specific row of a group (listed last) speaks.
            if (failed >= furthest)
            {
                furthest = failed;
                closest = row.Guards[failed];
            }
        }

        return closest is null ? TransitionRejected.NotAllowed(state, kind) : TransitionRejected.Failed(state, kind, closest);
    }

    /// <summary>Applies events in order, stopping at the first refusal.</summary>
    /// <param name="filingCase">The case.</param>
    /// <param name="events">The events, oldest first.</param>
    /// <returns>The final case, or the first refusal.</returns>
    /// <exception cref="ArgumentNullException">An argument or an event is null.</exception>
    public OneOf<FilingCase, TransitionRejected> ApplyAll(FilingCase filingCase, IEnumerable<FilingEvent> events)
    {
        Preconditions.CheckNotNull(events);
        FilingCase current = Preconditions.CheckNotNull(filingCase);
        foreach (var filingEvent in events)
        {
            var result = Apply(current, filingEvent);
            if (result.TryPickT1(out TransitionRejected rejected, out current))
            {
                return rejected;
            }
        }

        return current;
    }

    /// <summary>Rebuilds a case from its history: a <see cref="CaseStarted"/> event, then the events applied in order.</summary>
    /// <param name="history">A case's history.</param>
    /// <returns>The case, or the first refusal (a history from another workflow may not replay on this one).</returns>
    /// <exception cref="ArgumentNullException">The argument or an event is null.</exception>
    /// <exception cref="ArgumentException">The history does not start with a <see cref="CaseStarted"/> event.</exception>
    public OneOf<FilingCase, TransitionRejected> Replay(IEnumerable<FilingEvent> history)
    {
        List<FilingEvent> events = [.. Preconditions.CheckNotNull(history)];
        Preconditions.CheckArgument(events.Count > 0 && events[0] is CaseStarted, "A history starts with a CaseStarted event.", nameof(history));
        return ApplyAll(FilingCase.Start((CaseStarted)events[0]), events.Skip(1));
    }

    /// <summary>Opens a case for a new order, unless the subject (the same certificate) already has an order in
    /// flight among its other cases: only one order per subject may be in flight. Unlike
    /// <see cref="FilingCase.Start(FilingApplication, Instant)"/>, which sees no other case, this keeps the rule
    /// across cases; <see cref="ApplyForSubject"/> does the same for events on a settled filing.</summary>
    /// <param name="application">The application.</param>
    /// <param name="at">When the case is opened.</param>
    /// <param name="subjectCases">The provider's other cases (of any subject; those of other subjects are ignored).</param>
    /// <returns>The new case, or a refusal with <see cref="RejectionReason.OrderInFlight"/>.</returns>
    /// <exception cref="ArgumentNullException">An argument or a case is null.</exception>
    public static OneOf<FilingCase, TransitionRejected> StartOrder(FilingApplication application, Instant at, IEnumerable<FilingCase> subjectCases)
    {
        Preconditions.CheckNotNull(application);
        foreach (var other in Preconditions.CheckNotNull(subjectCases))
        {
            Preconditions.CheckNotNull(other);
            if (other.State.IsOrderInFlight && other.Application.Subject.Certificate == application.Subject.Certificate)
            {
                return TransitionRejected.InFlight(other.State, FilingEventKind.CaseStarted, other.State);
            }
        }

        return FilingCase.Start(application, at);
    }

    /// <summary>Moves a case by an event like <see cref="Apply"/>, and also enforces one order in flight per subject
    /// across cases: an event that starts an order on a settled filing or ends it by a cancellation or access
    /// withdrawal (<see cref="FilingEventKind.ChangeStarted"/>, <see cref="FilingEventKind.FilingCanceled"/>,
    /// <see cref="FilingEventKind.AccessWithdrawalCompleted"/>) is refused while another case of the same subject
    /// (the same certificate) has an order in flight. <see cref="Apply"/> sees one case only, so a caller that
    /// keeps several cases of a subject uses this method and <see cref="StartOrder"/> to keep the rule.</summary>
    /// <param name="filingCase">The case; it is not changed.</param>
    /// <param name="filingEvent">The event.</param>
    /// <param name="subjectCases">The provider's other cases (of any subject; those of other subjects, and the
    /// case itself, are ignored).</param>
    /// <returns>The new case, or why the event was refused (<see cref="RejectionReason.OrderInFlight"/> naming the
    /// other case's state, or any refusal of <see cref="Apply"/>).</returns>
    /// <exception cref="ArgumentNullException">An argument or a case is null.</exception>
    public OneOf<FilingCase, TransitionRejected> ApplyForSubject(FilingCase filingCase, FilingEvent filingEvent, IEnumerable<FilingCase> subjectCases)
    {
        Preconditions.CheckNotNull(filingCase);
        Preconditions.CheckNotNull(filingEvent);
        Preconditions.CheckNotNull(subjectCases);
        K kind = filingEvent.Kind;
        if (kind == K.ChangeStarted || kind == K.FilingCanceled || kind == K.AccessWithdrawalCompleted)
        {
            foreach (var other in subjectCases)
            {
                Preconditions.CheckNotNull(other);
                if (!ReferenceEquals(other, filingCase) && other != filingCase && other.State.IsOrderInFlight
                    && other.Application.Subject.Certificate == filingCase.Application.Subject.Certificate)
                {
                    return TransitionRejected.InFlight(filingCase.State, kind, other.State);
                }
            }
        }

        return Apply(filingCase, filingEvent);
    }

    /// <summary>The kinds of event the table has a row for in the case's state; the rows' guards may still refuse a
    /// particular event.</summary>
    /// <param name="filingCase">The case.</param>
    /// <returns>The kinds, in order of value.</returns>
    /// <exception cref="ArgumentNullException">The argument is null.</exception>
    public ImmutableArray<FilingEventKind> AllowedEvents(FilingCase filingCase)
    {
        Preconditions.CheckNotNull(filingCase);
        return [.. Transitions.Where(t => t.From == filingCase.State).Select(t => t.Event).Distinct().OrderBy(k => k.Value)];
    }

    /// <summary>The rows from a state, in order of precedence.</summary>
    /// <param name="state">The state.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException">The argument is null.</exception>
    public ImmutableArray<Transition> TransitionsFrom(FilingState state)
    {
        Preconditions.CheckNotNull(state);
        return [.. Transitions.Where(t => t.From == state)];
    }

    /// <summary>The library's table, in order of precedence. Its sources: the WeChat Mini Program guide (the platform
    /// path, verification before filing for organizations, none for personal accounts; the five steps of filing; the
    /// 24-hour SMS step; the bureau's review), the SMS verification FAQ (who verifies, the 24-hour resend window, a new
    /// submission after it), the ICP guide (the PSB filing once the ICP number is issued, within 30 days of going live;
    /// keeping the details up to date), and facts §3, §3c, §6, §6b.</summary>
    /// <returns>The rows.</returns>
    public static ImmutableArray<Transition> DefaultTransitions()
    {
        var rows = ImmutableArray.CreateBuilder<Transition>();
        void Row(S from, K kind, S to, params TransitionGuard[] guards) => rows.Add(new Transition(from, kind, to, [.. guards]));

        // Where a change order ends (approved or abandoned): where the filing stood before it.
        void BackToSettled(S from, K kind, params TransitionGuard[] guards)
        {
            Row(from, kind, S.Approved, [.. guards, G.NotYetLive]);
            Row(from, kind, S.Live, [.. guards, G.LiveWithoutPsbNumber]);
            Row(from, kind, S.PsbFiled, [.. guards, G.HasPsbNumber]);
        }

        // A Mini Program's platform path. An organization's account is verified before it files; a personal account
        // cannot be verified and files once its registration is complete.
        Row(S.PlatformRegistered, K.PlatformEmailActivated, S.EmailActivated);
        Row(S.EmailActivated, K.PlatformEntityInformationEntered, S.EntityInformationEntered);
        Row(S.EntityInformationEntered, K.PlatformVerificationRequested, S.VerificationPending, G.OrganizationAccount);
        Row(S.VerificationPending, K.PlatformVerificationPassed, S.PlatformVerified);
        Row(S.VerificationPending, K.PlatformVerificationFailed, S.EntityInformationEntered);
        Row(S.EntityInformationEntered, K.FiledWithProvider, S.SubmittedToProvider, G.PersonalAccount, G.RevisionKeepsOrder);

        // Submission to the provider: first, or again after a return, an expired or failed SMS step or a rejection;
        // or a change order of an approved filing, prepared in ChangeInProgress.
        foreach (var from in new[] { S.Draft, S.PlatformVerified, S.ReturnedByProvider, S.SmsWindowExpired, S.SmsAttemptsExhausted, S.RejectedByBureau, S.ChangeInProgress })
        {
            Row(from, K.FiledWithProvider, S.SubmittedToProvider, G.RevisionKeepsOrder);
        }

        Row(S.SubmittedToProvider, K.ProviderReviewBegan, S.ProviderReview);
        Row(S.ProviderReview, K.ProviderReturnedApplication, S.ReturnedByProvider);
        Row(S.ProviderReview, K.ForwardedToBureau, S.SubmittedToBureau);

        // The SMS step (短信核验), or straight to review for operations without one. A cancellation may take either
        // way: the sources disagree and the clerk decides (docs/workflow.md).
        Row(S.SubmittedToBureau, K.SmsVerificationStarted, S.AwaitingSmsVerification, G.SmsPossible, G.RecipientsListed);
        Row(S.SubmittedToBureau, K.BureauReviewBegan, S.BureauReview, G.NoSmsNeeded);
        Row(S.AwaitingSmsVerification, K.SmsCodeEntered, S.SmsAttemptsExhausted, G.CodeIsSixDigits, G.CodeStillValid, G.FiveFailuresInARow);
        Row(S.AwaitingSmsVerification, K.SmsCodeEntered, S.AwaitingSmsVerification, G.CodeIsSixDigits, G.CodeStillValid, G.FewerThanFiveFailures, G.AttemptRefused);
        Row(S.AwaitingSmsVerification, K.SmsCodeEntered, S.AwaitingSmsVerification, G.CodeIsSixDigits, G.CodeStillValid, G.FewerThanFiveFailures, G.VerifiesAwaitedRecipient, G.OthersStillAwaited);
        Row(S.AwaitingSmsVerification, K.SmsCodeEntered, S.BureauReview, G.CodeIsSixDigits, G.CodeStillValid, G.FewerThanFiveFailures, G.VerifiesAwaitedRecipient, G.CompletesVerification);
        Row(S.AwaitingSmsVerification, K.SmsCodeResent, S.AwaitingSmsVerification, G.ResendLeft, G.WithinResendWindow);
        // A platform that reports only the step's outcome (WeChat's sms_verify_status 2) ends it the same way, within
        // the code's validity.
        Row(S.AwaitingSmsVerification, K.SmsVerificationCompleted, S.BureauReview, G.CodeStillValid);
        Row(S.AwaitingSmsVerification, K.SmsVerificationExpired, S.SmsWindowExpired, G.CodeValidityElapsed);

        // The bureau's decision: a rejection, or an approval (a change order's is ChangeCompleted).
        Row(S.BureauReview, K.BureauRejectedApplication, S.RejectedByBureau);
        Row(S.BureauReview, K.FilingApproved, S.Approved, G.NoChangePending, G.FilesServices, G.NumbersForProvince);
        Row(S.BureauReview, K.FilingApproved, S.Canceled, G.NoChangePending, G.CancelsFiling, G.IssuesNoNumbers);
        Row(S.BureauReview, K.FilingApproved, S.AccessWithdrawn, G.NoChangePending, G.WithdrawsAccess, G.IssuesNoNumbers);
        BackToSettled(S.BureauReview, K.ChangeCompleted, G.ChangePending);

        // After approval. The PSB filing may be made once the ICP number is issued, live or not yet.
        Row(S.Approved, K.ServiceWentLive, S.Live, G.FilingIsApproved);
        Row(S.Approved, K.PsbFilingCompleted, S.PsbFiled, G.FilingIsApproved);
        Row(S.Live, K.PsbFilingCompleted, S.PsbFiled, G.ServiceIsLive);
        Row(S.PsbFiled, K.ServiceWentLive, S.PsbFiled, G.NotLive);
        foreach (var settled in new[] { S.Approved, S.Live, S.PsbFiled })
        {
            Row(settled, K.CommercialLicenseGranted, settled, G.MainlandEntity, G.LicenseForProvince);
            // A settled case has no order in flight itself; whether another case of the subject has one is
            // checked by ApplyForSubject, which sees the subject's other cases.
            Row(settled, K.ChangeStarted, S.ChangeInProgress, G.ChangeOfSameSubject, G.ChangeKeepsNumbers);
            Row(settled, K.FilingCanceled, S.Canceled);
            Row(settled, K.AccessWithdrawalCompleted, S.AccessWithdrawn);
        }

        // The provider may abandon an order it holds (放弃备案订单, as Tencent's AbandonIcpOrder). Once submitted to the
        // bureau (SubmittedToBureau, AwaitingSmsVerification, BureauReview) the order is the Ministry's: the provider
        // cannot withdraw it, and it ends by the bureau's decision, an expired or failed SMS step, or a rejection,
        // after which it may be abandoned. An abandoned change order leaves the filing where it stood.
        BackToSettled(S.ChangeInProgress, K.OrderAbandoned);
        foreach (var from in new[] { S.SubmittedToProvider, S.ProviderReview, S.ReturnedByProvider, S.SmsWindowExpired, S.SmsAttemptsExhausted, S.RejectedByBureau })
        {
            BackToSettled(from, K.OrderAbandoned, G.ChangePending);
        }

        foreach (var from in new[] { S.Draft, S.SubmittedToProvider, S.ProviderReview, S.ReturnedByProvider, S.SmsWindowExpired, S.SmsAttemptsExhausted, S.RejectedByBureau })
        {
            Row(from, K.OrderAbandoned, S.Abandoned, G.NoChangePending);
        }

        return rows.ToImmutable();
    }

    private static int FirstFailing(Transition row, GuardContext context)
    {
        for (int i = 0; i < row.Guards.Length; i++)
        {
            if (!row.Guards[i].Allows(context))
            {
                return i;
            }
        }

        return -1;
    }
}
