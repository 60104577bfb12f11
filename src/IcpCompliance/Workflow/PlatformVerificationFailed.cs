using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>认证未通过 The platform refused the verification; the details are to be entered again.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why, as the platform said.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record PlatformVerificationFailed(Instant At, string Reason) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.PlatformVerificationFailed;
}
