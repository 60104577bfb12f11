using IcpCompliance.Filing;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>建立案件 The case was opened with its application: the first entry of every history, made by FilingCase.Start, and never a transition of the table.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Application">The application as first prepared.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record CaseStarted(Instant At, FilingApplication Application) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.CaseStarted;
}
