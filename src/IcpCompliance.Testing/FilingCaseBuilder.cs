using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Workflow;
using NodaTime;
using S = IcpCompliance.Workflow.FilingState;

namespace IcpCompliance.Testing;

/// <summary>
/// Makes filing cases for tests: a case of an application taken through the workflow, event by event, to a state.
/// Every case it builds is a legal history (<see cref="FilingWorkflow.Replay"/> gives it back), because each event is
/// applied by the workflow itself.
/// </summary>
/// <remarks>
/// <para>The path is the common one: a Mini Program's platform registration and verification (an organisation's
/// account; a personal account files without it), submission, the provider's review, the bureau's SMS step with
/// every default recipient verifying (or its review without one), the approval with numbers the builder makes up for
/// the application's province (subject <c>2026012345</c>, one service number per service, the suffix from its kind),
/// and the service going live. The branches: returned by the provider, the SMS window expired, rejected by the
/// bureau, abandoned, a change in progress. <see cref="SupportedStates"/> lists them all.</para>
/// <para>Immutable and fluent: each <c>With…</c> returns a new builder. Events are
/// <see cref="WithStep">a step apart</see> from <see cref="StartedAt"/>. Safe to use from any thread.</para>
/// <code>
/// FilingCase waiting = FilingCaseBuilder.For(SampleFilings.CompanyWebsite)
///     .WithState(FilingState.AwaitingSmsVerification)
///     .Build();
/// </code>
/// </remarks>
public sealed class FilingCaseBuilder
{
    private static readonly S[] MainLine =
    [
        S.PlatformRegistered, S.EmailActivated, S.EntityInformationEntered, S.VerificationPending, S.PlatformVerified, S.Draft,
        S.SubmittedToProvider, S.ProviderReview, S.SubmittedToBureau, S.AwaitingSmsVerification, S.BureauReview, S.Approved, S.Live,
    ];

    // A branch: the main-line state it leaves from.
    private static readonly Dictionary<S, S> Branches = new()
    {
        [S.ReturnedByProvider] = S.ProviderReview,
        [S.SmsWindowExpired] = S.AwaitingSmsVerification,
        [S.RejectedByBureau] = S.BureauReview,
        [S.Abandoned] = S.ProviderReview,
        [S.ChangeInProgress] = S.Approved,
    };

    private readonly FilingApplication _application;
    private readonly Instant _startedAt;
    private readonly Duration _step;
    private readonly S? _state;
    private readonly FilingWorkflow _workflow;

    private FilingCaseBuilder(FilingApplication application, Instant startedAt, Duration step, S? state, FilingWorkflow workflow)
    {
        _application = application;
        _startedAt = startedAt;
        _step = step;
        _state = state;
        _workflow = workflow;
    }

    /// <summary>The states the builder takes a case to.</summary>
    public static ImmutableArray<FilingState> SupportedStates { get; } = [.. MainLine, .. Branches.Keys];

    /// <summary>The longest step between events that keeps every built case legal: the SMS codes are entered a step
    /// apart within the code's 24 hours.</summary>
    public static Duration MaximumStep { get; } = Duration.FromHours(6);

    /// <summary>A builder of a case of an application, opened at <see cref="SampleCases.CompanyWebsiteStartedAt"/>,
    /// events an hour apart, through <see cref="FilingWorkflow.Default"/>, left where
    /// <see cref="FilingCase.Start(FilingApplication, Instant)"/> puts it.</summary>
    /// <param name="application">The application, such as one of <see cref="SampleFilings"/> or of a
    /// <see cref="FilingApplicationBuilder"/>.</param>
    /// <returns>The builder.</returns>
    /// <exception cref="ArgumentNullException">The application is null.</exception>
    public static FilingCaseBuilder For(FilingApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return new(application, SampleCases.CompanyWebsiteStartedAt, Duration.FromHours(1), null, FilingWorkflow.Default);
    }

    /// <summary>This builder with the case opened at another instant.</summary>
    /// <param name="at">When the case is opened.</param>
    /// <returns>A new builder.</returns>
    public FilingCaseBuilder StartedAt(Instant at) => new(_application, at, _step, _state, _workflow);

    /// <summary>This builder with events another step apart.</summary>
    /// <param name="step">The time between two events: more than zero, at most <see cref="MaximumStep"/>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The step is not more than zero, or longer than
    /// <see cref="MaximumStep"/>.</exception>
    public FilingCaseBuilder WithStep(Duration step)
    {
        if (step <= Duration.Zero || step > MaximumStep)
        {
            throw new ArgumentOutOfRangeException(nameof(step), step, "A step is more than zero and at most " + MaximumStep.ToString() + ".");
        }

        return new(_application, _startedAt, step, _state, _workflow);
    }

    /// <summary>This builder taking the case to a state.</summary>
    /// <param name="state">One of <see cref="SupportedStates"/>.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">The state is null.</exception>
    /// <exception cref="ArgumentException">The state is not one of <see cref="SupportedStates"/>.</exception>
    public FilingCaseBuilder WithState(FilingState state)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!SupportedStates.Contains(state))
        {
            throw new ArgumentException($"The builder does not take a case to {state.Name}; it takes one to {string.Join(", ", SupportedStates.Select(s => s.Name))}.", nameof(state));
        }

        return new(_application, _startedAt, _step, state, _workflow);
    }

    /// <summary>This builder applying the events through another workflow (a provider's own durations or table).</summary>
    /// <param name="workflow">The workflow.</param>
    /// <returns>A new builder.</returns>
    /// <exception cref="ArgumentNullException">The workflow is null.</exception>
    public FilingCaseBuilder WithWorkflow(FilingWorkflow workflow)
    {
        ArgumentNullException.ThrowIfNull(workflow);
        return new(_application, _startedAt, _step, _state, workflow);
    }

    /// <summary>The numbers the builder's approval issues for an application: subject <c>2026012345</c> of its
    /// province, service <c>i</c> for the i-th service, with the suffix of the service's kind.</summary>
    /// <param name="application">The application.</param>
    /// <returns>The numbers, one per service.</returns>
    /// <exception cref="ArgumentNullException">The application is null.</exception>
    public static ImmutableArray<IcpFilingNumber> NumbersFor(FilingApplication application)
    {
        ArgumentNullException.ThrowIfNull(application);
        return [.. application.Services.Select((s, i) =>
        {
            string suffix = s.Kind == ServiceKind.App ? "A" : s.Kind == ServiceKind.MiniProgram ? "X" : s.Kind == ServiceKind.QuickApp ? "K" : string.Empty;
            string text = string.Create(CultureInfo.InvariantCulture, $"{application.Province.IcpCharacter}ICP备2026012345号-{i + 1}{suffix}");
            return IcpFilingNumber.Parse(text, ParseMode.Strict).Match(n => n, e => throw new InvalidOperationException($"The made-up number '{text}' does not parse: {e.Message}"));
        })];
    }

    /// <summary>The case: opened, then taken through the workflow to the state.</summary>
    /// <returns>The case.</returns>
    /// <exception cref="InvalidOperationException">The workflow refuses a step of the path for this application
    /// (the state is not on its path: <see cref="FilingState.Draft"/> for a Mini Program, which starts on its
    /// platform; an approval for an operation that issues no numbers), with the workflow's refusal.</exception>
    public FilingCase Build()
    {
        FilingCase current = FilingCase.Start(_application, _startedAt);
        Instant at = _startedAt;
        S target = _state ?? current.State;
        S mainTarget = Branches.TryGetValue(target, out S? from) ? from : target;
        int goal = Array.IndexOf(MainLine, mainTarget);
        while (current.State != mainTarget)
        {
            if (Array.IndexOf(MainLine, current.State) is int here && (here < 0 || here > goal))
            {
                throw new InvalidOperationException($"{target.Name} is not on the path of this application's case (it passes {current.State.Name}).");
            }

            current = Next(current, ref at);
        }

        if (target != mainTarget)
        {
            at += target == S.SmsWindowExpired ? Duration.FromHours(25) : _step;
            current = Apply(current, Branch(target, current, at));
        }

        return current;
    }

    private FilingCase Next(FilingCase current, ref Instant at)
    {
        at += _step;
        if (current.State == S.AwaitingSmsVerification)
        {
            SmsRecipient recipient = current.Sms!.Awaiting[0];
            return Apply(current, new SmsCodeEntered(at, recipient.Mobile, "123456", Accepted: true));
        }

        FilingEvent[] candidates = current.State.Name switch
        {
            nameof(S.PlatformRegistered) => [new PlatformEmailActivated(at)],
            nameof(S.EmailActivated) => [new PlatformEntityInformationEntered(at)],
            nameof(S.EntityInformationEntered) => [new PlatformVerificationRequested(at, PlatformVerificationMethod.ReviewFee), new FiledWithProvider(at)],
            nameof(S.VerificationPending) => [new PlatformVerificationPassed(at)],
            nameof(S.PlatformVerified) or nameof(S.Draft) => [new FiledWithProvider(at)],
            nameof(S.SubmittedToProvider) => [new ProviderReviewBegan(at)],
            nameof(S.ProviderReview) => [new ForwardedToBureau(at)],
            nameof(S.SubmittedToBureau) => [SmsVerificationStarted.WithDefaultRecipients(current, at), new BureauReviewBegan(at)],
            nameof(S.BureauReview) => [new FilingApproved(at, NumbersFor(current.Application))],
            nameof(S.Approved) => [new ServiceWentLive(at)],
            _ => [],
        };

        TransitionRejected? refused = null;
        foreach (FilingEvent candidate in candidates)
        {
            if (_workflow.Apply(current, candidate).TryPickT0(out FilingCase next, out TransitionRejected rejected))
            {
                return next;
            }

            refused ??= rejected;
        }

        throw new InvalidOperationException($"The workflow refuses the builder's next step from {current.State.Name}: {refused?.Message ?? "no step"}.");
    }

    private static FilingEvent Branch(S target, FilingCase current, Instant at) => target.Name switch
    {
        nameof(S.ReturnedByProvider) => new ProviderReturnedApplication(at, "材料不完整（测试数据）"),
        nameof(S.SmsWindowExpired) => new SmsVerificationExpired(at),
        nameof(S.RejectedByBureau) => new BureauRejectedApplication(at, "信息不符（测试数据）"),
        nameof(S.Abandoned) => new OrderAbandoned(at, "客户放弃（测试数据）"),
        _ => new ChangeStarted(at, current.Application with
        {
            Operation = FilingOperation.Change,
            Services = [.. current.Application.Services.Select((s, i) => s with { ExistingNumber = current.ServiceNumbers[i] })],
        }),
    };

    private FilingCase Apply(FilingCase current, FilingEvent filingEvent)
        => _workflow.Apply(current, filingEvent).Match(c => c, rejected => throw new InvalidOperationException($"The workflow refuses the builder's step {filingEvent.Kind.Name} from {current.State.Name}: {rejected.Message}"));
}
