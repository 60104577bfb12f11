using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>提交管局 The provider forwarded the application to the provincial bureau.</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ForwardedToBureau(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.ForwardedToBureau;
}
