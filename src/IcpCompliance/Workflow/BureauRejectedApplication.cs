using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>管局驳回 The bureau rejected the application.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why, as the bureau said.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record BureauRejectedApplication(Instant At, string Reason) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.BureauRejectedApplication;
}
