using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>完成取消接入 This provider's access to the filed service was withdrawn.</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record AccessWithdrawalCompleted(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.AccessWithdrawalCompleted;
}
