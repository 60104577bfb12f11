using System.Text.Json.Serialization;
using NodaTime;

namespace IcpCompliance.Workflow;

/// <summary>
/// Something that happened to a filing case at an instant. Each kind is its own record with its own data; the
/// <see cref="FilingWorkflow"/> decides whether it may happen next and what the case becomes.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. The set of kinds is closed: the library defines every event
/// record (see <see cref="FilingEventKind"/>). Every event's constructor throws
/// <see cref="System.ArgumentOutOfRangeException"/> for an instant before 2000-01-01T00:00:00Z or from
/// 2100-01-01T00:00:00Z on: the library computes deadlines only within that range.</remarks>
// Stored cases name each event by its kind in an "event" property; the list is closed, as the kinds are.
[JsonPolymorphic(TypeDiscriminatorPropertyName = "event", UnknownDerivedTypeHandling = JsonUnknownDerivedTypeHandling.FailSerialization)]
[JsonDerivedType(typeof(AccessWithdrawalCompleted), nameof(AccessWithdrawalCompleted))]
[JsonDerivedType(typeof(BureauRejectedApplication), nameof(BureauRejectedApplication))]
[JsonDerivedType(typeof(BureauReviewBegan), nameof(BureauReviewBegan))]
[JsonDerivedType(typeof(CaseStarted), nameof(CaseStarted))]
[JsonDerivedType(typeof(ChangeCompleted), nameof(ChangeCompleted))]
[JsonDerivedType(typeof(ChangeStarted), nameof(ChangeStarted))]
[JsonDerivedType(typeof(CommercialLicenseGranted), nameof(CommercialLicenseGranted))]
[JsonDerivedType(typeof(FiledWithProvider), nameof(FiledWithProvider))]
[JsonDerivedType(typeof(FilingApproved), nameof(FilingApproved))]
[JsonDerivedType(typeof(FilingCanceled), nameof(FilingCanceled))]
[JsonDerivedType(typeof(ForwardedToBureau), nameof(ForwardedToBureau))]
[JsonDerivedType(typeof(OrderAbandoned), nameof(OrderAbandoned))]
[JsonDerivedType(typeof(PlatformEmailActivated), nameof(PlatformEmailActivated))]
[JsonDerivedType(typeof(PlatformEntityInformationEntered), nameof(PlatformEntityInformationEntered))]
[JsonDerivedType(typeof(PlatformVerificationFailed), nameof(PlatformVerificationFailed))]
[JsonDerivedType(typeof(PlatformVerificationPassed), nameof(PlatformVerificationPassed))]
[JsonDerivedType(typeof(PlatformVerificationRequested), nameof(PlatformVerificationRequested))]
[JsonDerivedType(typeof(ProviderReturnedApplication), nameof(ProviderReturnedApplication))]
[JsonDerivedType(typeof(ProviderReviewBegan), nameof(ProviderReviewBegan))]
[JsonDerivedType(typeof(PsbFilingCompleted), nameof(PsbFilingCompleted))]
[JsonDerivedType(typeof(ServiceWentLive), nameof(ServiceWentLive))]
[JsonDerivedType(typeof(SmsCodeEntered), nameof(SmsCodeEntered))]
[JsonDerivedType(typeof(SmsCodeResent), nameof(SmsCodeResent))]
[JsonDerivedType(typeof(SmsVerificationCompleted), nameof(SmsVerificationCompleted))]
[JsonDerivedType(typeof(SmsVerificationExpired), nameof(SmsVerificationExpired))]
[JsonDerivedType(typeof(SmsVerificationStarted), nameof(SmsVerificationStarted))]
public abstract record FilingEvent
{
    private protected FilingEvent(Instant at)
    {
        // An instant far outside the century would overflow the guards' and deadlines' arithmetic later.
        At = Internal.SupportedTime.Contains(at) ? at : throw Internal.SupportedTime.OutOfRange(nameof(at), at);
    }

    /// <summary>When it happened.</summary>
    public Instant At { get; }

    /// <summary>The kind of event, as the transition table names it.</summary>
    [JsonIgnore]
    public abstract FilingEventKind Kind { get; }

    /// <summary>What the event changes in the case beyond its state and history (numbers, the SMS step, the
    /// application). The case passed in already has the new state and the event in its history.</summary>
    internal virtual FilingCase Evolve(FilingCase next) => next;
}
