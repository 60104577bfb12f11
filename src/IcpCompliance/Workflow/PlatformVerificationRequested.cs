using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>申请认证 The platform's verification of the account was requested.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Method">How the account is verified.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record PlatformVerificationRequested(Instant At, PlatformVerificationMethod Method) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.PlatformVerificationRequested;
}
