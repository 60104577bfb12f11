using IcpCompliance.Numbers;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>完成公安备案 The public security filing (公安联网备案) was completed.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Number">The PSB filing number issued.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record PsbFilingCompleted(Instant At, PsbFilingNumber Number) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.PsbFilingCompleted;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next) => next with { PsbNumber = Number };
}
