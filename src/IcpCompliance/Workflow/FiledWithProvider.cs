using IcpCompliance.Filing;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>提交接入商 The application was submitted to the hosting provider: first, or again after a return, a rejection or an expired SMS step; or a change order was submitted.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Revised">The application as fixed, or null when it is submitted unchanged. A revision keeps the
/// order's operation, subject and path (<see cref="TransitionGuards.RevisionKeepsOrder"/>); during a change order it
/// revises the pending change, not the approved application.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record FiledWithProvider(Instant At, FilingApplication? Revised = null) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.FiledWithProvider;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next)
        => Revised is null ? next
            : next.PendingChange is null ? next with { Application = Revised }
            : next with { PendingChange = Revised };
}
