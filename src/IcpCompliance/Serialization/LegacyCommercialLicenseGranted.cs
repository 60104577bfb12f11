using System.Text.Json.Serialization;
using IcpCompliance.Numbers;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Serialization;

/// <summary>A <see cref="CommercialLicenseGranted"/> event as 0.1 named it in a stored case
/// (<see cref="LegacyNames.CommercialLicenseGrantedEvent"/>): read, then replaced by <see cref="Current"/> before the
/// history is replayed, so no case ever holds one.</summary>
internal sealed record LegacyCommercialLicenseGranted(Instant At, IcpLicenseNumber Number) : FilingEvent(At), ILegacyEvent
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.CommercialLicenseGranted;

    /// <inheritdoc />
    [JsonIgnore]
    public FilingEvent Current => new CommercialLicenseGranted(At, Number);
}
