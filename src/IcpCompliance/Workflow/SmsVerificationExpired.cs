using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>短信核验超时 The SMS code expired before every recipient verified; the application is returned and must be submitted again.</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record SmsVerificationExpired(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.SmsVerificationExpired;
}
