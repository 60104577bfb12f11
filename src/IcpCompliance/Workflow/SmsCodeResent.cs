using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>重发短信 The verification code was sent again (短信重发): at most twice, and only within the resend window of the step starting.</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record SmsCodeResent(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.SmsCodeResent;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next)
        => next.Sms is null ? next : next with { Sms = next.Sms with { SentAt = At, ResendsUsed = next.Sms.ResendsUsed + 1 } };
}
