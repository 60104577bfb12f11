using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>网站开通 The approved service went live (for a website: its domains resolve to the provider's servers).</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ServiceWentLive(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.ServiceWentLive;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next) => next with { LiveSince = At };
}
