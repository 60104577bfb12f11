using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>放弃订单 The provider abandoned the order in flight (放弃备案订单, as Tencent's <c>AbandonIcpOrder</c>): only
/// while the provider holds it (a draft, in or returned from its review, or returned by the Ministry after an expired
/// or failed SMS step or a rejection), or a change in progress. Once submitted to the bureau (submitted, awaiting SMS
/// verification, bureau review) the order is the Ministry's and cannot be abandoned.</summary>
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
