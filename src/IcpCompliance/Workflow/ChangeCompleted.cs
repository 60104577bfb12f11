using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>变更完成 The change order was approved: the changed application now applies.</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ChangeCompleted(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.ChangeCompleted;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next) => next with { Application = next.PendingChange ?? next.Application, PendingChange = null };
}
