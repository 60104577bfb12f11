using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Identity;
using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Workflow;

/// <summary>
/// The open SMS verification step (短信核验) of a case: who must verify, when the step started and the code was last
/// sent, the resends used, who has verified and the failures in a row.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. The workflow creates and advances it; read it from
/// <see cref="FilingCase.Sms"/>. Two steps are equal when their members and list contents are equal.</remarks>
public sealed record SmsVerification
{
    /// <summary>The most resends the Ministry's form allows (短信重发: a third click does not resend).</summary>
    public const int MaxResends = 2;

    /// <summary>The failures in a row after which the next attempt returns the application.</summary>
    public const int MaxConsecutiveFailures = 5;

    internal SmsVerification()
    {
    }

    /// <summary>Who must verify, one entry per mobile number.</summary>
    public ImmutableArray<SmsRecipient> Recipients { get; internal init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>When the step started (the first code was sent).</summary>
    public Instant StepStartedAt { get; internal init; }

    /// <summary>When the code now valid was sent: the step's start, or the last resend.</summary>
    public Instant SentAt { get; internal init; }

    /// <summary>How many resends were used, at most <see cref="MaxResends"/>.</summary>
    public int ResendsUsed { get; internal init; }

    /// <summary>The mobile numbers that have verified, in order.</summary>
    public ImmutableArray<MobileNumber> Verified { get; internal init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The failed attempts since the last success (or the start).</summary>
    public int ConsecutiveFailures { get; internal init; }

    /// <summary>Whether every recipient has verified.</summary>
    public bool IsComplete => Recipients.All(r => Verified.Contains(r.Mobile));

    /// <summary>The recipients who have not verified yet.</summary>
    public ImmutableArray<SmsRecipient> Awaiting => Recipients.RemoveAll(r => Verified.Contains(r.Mobile));

    /// <summary>Whether a mobile number is a recipient that has not verified yet.</summary>
    /// <param name="mobile">The mobile number.</param>
    /// <returns>True when its verification is awaited.</returns>
    public bool Awaits(MobileNumber mobile) => !Verified.Contains(mobile) && Recipients.Any(r => r.Mobile == mobile);

    /// <summary>When the code now valid expires: the earlier of its own validity from its sending
    /// (<see cref="SmsVerificationLimits.CodeValidity"/> after <see cref="SentAt"/>) and the step's own limit
    /// (<see cref="SmsVerificationLimits.ResendWindow"/> after <see cref="StepStartedAt"/>). A resend late in the step
    /// therefore does not keep the step open past its limit: after it, the only way on is the expiry and a new
    /// submission.</summary>
    /// <param name="limits">The limits, usually the workflow's <see cref="FilingWorkflow.SmsLimits"/>.</param>
    /// <returns>The first instant at which the code is no longer accepted and the step may expire.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public Instant CodeExpiresAt(SmsVerificationLimits limits)
    {
        Preconditions.CheckNotNull(limits);
        Instant validity = SentAt + limits.CodeValidity;
        Instant stepLimit = ResendWindowEndsAt(limits);
        return validity < stepLimit ? validity : stepLimit;
    }

    /// <summary>When resending stops being possible: <see cref="SmsVerificationLimits.ResendWindow"/> after
    /// <see cref="StepStartedAt"/>.</summary>
    /// <param name="limits">The limits, usually the workflow's <see cref="FilingWorkflow.SmsLimits"/>.</param>
    /// <returns>The first instant at which a resend is refused.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limits"/> is null.</exception>
    public Instant ResendWindowEndsAt(SmsVerificationLimits limits)
        => StepStartedAt + Preconditions.CheckNotNull(limits).ResendWindow;

    /// <inheritdoc />
    public bool Equals(SmsVerification? other)
        => other is not null
            && Sequences.Equal(Recipients, other.Recipients)
            && StepStartedAt == other.StepStartedAt
            && SentAt == other.SentAt
            && ResendsUsed == other.ResendsUsed
            && Sequences.Equal(Verified, other.Verified)
            && ConsecutiveFailures == other.ConsecutiveFailures;

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Sequences.Hash(Recipients), StepStartedAt, SentAt, ResendsUsed, Sequences.Hash(Verified), ConsecutiveFailures);
}
