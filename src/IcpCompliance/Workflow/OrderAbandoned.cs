using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>放弃订单 The provider abandoned the order in flight (放弃备案订单).</summary>
/// <param name="At">When it happened.</param>
/// <param name="Reason">Why, in the provider's words.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record OrderAbandoned(Instant At, string Reason) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.OrderAbandoned;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next) => next with { PendingChange = null };
}
