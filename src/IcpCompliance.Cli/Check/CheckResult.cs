using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Cli.Check;

/// <summary>Everything <c>icp check</c> found about one input, before it is printed as text or JSON.</summary>
internal sealed record CheckResult(
    string Input,
    FilingCase? Case,
    FilingApplication Application,
    LocalDate Date,
    Instant At,
    RuleReport Report,
    ImmutableArray<Deadline> Deadlines,
    CheckedFooter Footer)
{
    internal bool AnyOverdue => Deadlines.Any(d => d.IsOverdueAt(At));

    internal bool IsReady => Report.IsReadyToSubmit && !AnyOverdue && Footer.Status != CheckedFooter.Refused;
}
