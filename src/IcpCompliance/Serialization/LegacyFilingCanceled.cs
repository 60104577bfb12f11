using System.Text.Json.Serialization;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Serialization;

/// <summary>A <see cref="FilingCanceled"/> event as 0.1 named it in a stored case
/// (<see cref="LegacyNames.FilingCanceledEvent"/>): read, then replaced by <see cref="Current"/> before the history is
/// replayed, so no case ever holds one.</summary>
internal sealed record LegacyFilingCanceled(Instant At) : FilingEvent(At), ILegacyEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.FilingCanceled;

    /// <inheritdoc />
    [JsonIgnore]
    public FilingEvent Current => new FilingCanceled(At);
}
