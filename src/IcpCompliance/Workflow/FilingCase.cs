using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using NodaTime;

namespace IcpCompliance.Workflow;

/// <summary>
/// One filing as a provider tracks it: the application, where it stands, everything that happened to it, and the
/// numbers it was given. A case changes only through <see cref="FilingWorkflow.Apply"/>, which returns a new case.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. The history starts with a <see cref="CaseStarted"/> event, so
/// <see cref="FilingWorkflow.Replay"/> rebuilds the case from its history alone. Two cases are equal when their
/// members and the contents of their collections are equal.</remarks>
public sealed record FilingCase
{
    private FilingCase(FilingApplication application, FilingState state)
    {
        Application = application;
        State = state;
    }

    /// <summary>The application as it stands (revised by a resubmission, replaced when a change completes).</summary>
    public FilingApplication Application { get; internal init; }

    /// <summary>Where the case stands.</summary>
    public FilingState State { get; internal init; }

    /// <summary>Every accepted event, oldest first, starting with <see cref="CaseStarted"/>.</summary>
    public ImmutableArray<FilingEvent> History { get; internal init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The subject's filing number (主体备案号), once known.</summary>
    public IcpFilingNumber? SubjectNumber { get; internal init; }

    /// <summary>The service numbers, in the order of the application's services, once approved.</summary>
    public ImmutableArray<IcpFilingNumber> ServiceNumbers { get; internal init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The PSB filing number, once filed.</summary>
    public PsbFilingNumber? PsbNumber { get; internal init; }

    /// <summary>The subject's ICP Commercial License, once granted.</summary>
    public IcpLicenseNumber? LicenseNumber { get; internal init; }

    /// <summary>The open SMS verification step, while the case awaits it; otherwise null.</summary>
    public SmsVerification? Sms { get; internal init; }

    /// <summary>The application as a change order in flight will make it, or null.</summary>
    public FilingApplication? PendingChange { get; internal init; }

    /// <summary>The application of the order the case is working on: the pending change while a change order is in
    /// flight, otherwise <see cref="Application"/>. The SMS step, a resubmission's revision and the default SMS
    /// recipients follow it.</summary>
    public FilingApplication CurrentOrder => PendingChange ?? Application;

    /// <summary>When the bureau approved the filing, or null.</summary>
    public Instant? ApprovedAt { get; internal init; }

    /// <summary>When the service went live, or null: the 30 days for the PSB filing count from here.</summary>
    public Instant? LiveSince { get; internal init; }

    /// <summary>When the case was opened.</summary>
    public Instant StartedAt => History[0].At;

    /// <summary>When the last event happened; a later event may not be older.</summary>
    public Instant LastEventAt => History[^1].At;

    /// <summary>Opens a case for an application: a Mini Program's first filing or new service starts on its
    /// platform's path (<see cref="FilingState.PlatformRegistered"/>), every other application as a
    /// <see cref="FilingState.Draft"/>.</summary>
    /// <param name="application">The application.</param>
    /// <param name="at">When the case is opened.</param>
    /// <returns>The case, its history holding one <see cref="CaseStarted"/> event.</returns>
    /// <remarks>This sees no other case, so it does not check that the subject has no other order in flight; a
    /// caller that keeps several cases of a subject opens orders with <see cref="FilingWorkflow.StartOrder"/>.</remarks>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static FilingCase Start(FilingApplication application, Instant at)
        => Start(new CaseStarted(at, Preconditions.CheckNotNull(application)));

    /// <summary>The state a new case for an application starts in.</summary>
    /// <param name="application">The application.</param>
    /// <returns><see cref="FilingState.PlatformRegistered"/> or <see cref="FilingState.Draft"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static FilingState InitialStateFor(FilingApplication application)
    {
        Preconditions.CheckNotNull(application);
        bool newService = application.Operation == FilingOperation.FirstFiling || application.Operation == FilingOperation.AddService;
        return newService && application.Services.Any(s => s.Kind == ServiceKind.MiniProgram)
            ? FilingState.PlatformRegistered
            : FilingState.Draft;
    }

    /// <summary>The number of one of the application's services, once approved.</summary>
    /// <param name="service">A service of the application.</param>
    /// <returns>Its number, or null when it has none yet or is not a service of the application.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="service"/> is null.</exception>
    public IcpFilingNumber? NumberOf(FilingService service)
    {
        Preconditions.CheckNotNull(service);
        int index = Application.Services.IndexOf(service);
        return index >= 0 && index < ServiceNumbers.Length ? ServiceNumbers[index] : null;
    }

    /// <inheritdoc />
    public bool Equals(FilingCase? other)
        => other is not null
            && Application == other.Application
            && State == other.State
            && Sequences.Equal(History, other.History)
            && Nullable.Equals(SubjectNumber, other.SubjectNumber)
            && Sequences.Equal(ServiceNumbers, other.ServiceNumbers)
            && Nullable.Equals(PsbNumber, other.PsbNumber)
            && Nullable.Equals(LicenseNumber, other.LicenseNumber)
            && Sms == other.Sms
            && PendingChange == other.PendingChange
            && ApprovedAt == other.ApprovedAt
            && LiveSince == other.LiveSince;

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Application, State, Sequences.Hash(History), Sequences.Hash(ServiceNumbers), PsbNumber, Sms, ApprovedAt, LiveSince);

    internal static FilingCase Start(CaseStarted started)
        => new(started.Application, InitialStateFor(started.Application)) { History = [started] };
}
