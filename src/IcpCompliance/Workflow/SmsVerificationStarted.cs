using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>
/// 发送核验短信 The Ministry sent the verification codes and the SMS step (短信核验) starts. The recipients are data on
/// this event because the bureau's clerk may change the list; <see cref="SmsRecipient.DefaultsFor"/> gives the usual
/// one for the operation.
/// </summary>
/// <param name="At">When the codes were sent: the step starts then.</param>
/// <param name="Recipients">Who must verify, one entry per mobile number (a shared number receives one code).</param>
/// <remarks>Immutable; safe to use from any thread. Two events are equal when their instants and recipient lists
/// are equal.</remarks>
public sealed record SmsVerificationStarted(Instant At, ImmutableArray<SmsRecipient> Recipients) : FilingEvent(At)
{
    /// <summary>Who must verify, one entry per mobile number; never default.</summary>
    public ImmutableArray<SmsRecipient> Recipients { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Recipients);

    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.SmsVerificationStarted;

    /// <summary>The step for a case with the usual recipients for the order it is working on
    /// (<see cref="FilingCase.CurrentOrder"/>; a change order's compared with the approved application).</summary>
    /// <param name="filingCase">The case.</param>
    /// <param name="at">When the codes were sent.</param>
    /// <returns>The event.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="filingCase"/> is null.</exception>
    public static SmsVerificationStarted WithDefaultRecipients(FilingCase filingCase, Instant at)
        => new(at, SmsRecipient.DefaultsFor(Preconditions.CheckNotNull(filingCase).CurrentOrder, filingCase.PendingChange is null ? null : filingCase.Application));

    /// <inheritdoc />
    public bool Equals(SmsVerificationStarted? other)
        => other is not null && At == other.At && Sequences.Equal(Recipients, other.Recipients);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(At, Sequences.Hash(Recipients));

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next)
        => next with { Sms = new SmsVerification { Recipients = Recipients, StepStartedAt = At, SentAt = At } };
}
