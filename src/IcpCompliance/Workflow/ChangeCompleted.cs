using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>变更完成 The bureau approved the change order, after its SMS verification and review: the changed
/// application now applies, and the case's service numbers are the ones the changed services carry.</summary>
/// <param name="At">When it happened.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ChangeCompleted(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.ChangeCompleted;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next)
    {
        // The guard change-keeps-numbers made every changed service carry one of the case's numbers, so the numbers
        // follow the services of the changed application, in its order.
        FilingApplication changed = next.PendingChange ?? next.Application;
        ImmutableArray<IcpFilingNumber> numbers = changed.Services.All(s => s.ExistingNumber is not null)
            ? [.. changed.Services.Select(s => s.ExistingNumber!.Value)]
            : next.ServiceNumbers;
        return next with { Application = changed, PendingChange = null, ServiceNumbers = numbers };
    }
}
