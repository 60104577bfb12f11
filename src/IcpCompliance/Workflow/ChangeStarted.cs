using IcpCompliance.Filing;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>发起变更 A change order (变更备案) for the approved filing was started: until it ends, no other order may start.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Change">The application as it will read once the change is approved.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ChangeStarted(Instant At, FilingApplication Change) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.ChangeStarted;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next) => next with { PendingChange = Change };
}
