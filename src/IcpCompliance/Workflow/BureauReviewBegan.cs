using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>管局开始审核 The bureau's review began without an SMS step (cancellations and access withdrawal need none).</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record BureauReviewBegan(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.BureauReviewBegan;
}
