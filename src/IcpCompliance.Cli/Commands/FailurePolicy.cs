using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Footer;

namespace IcpCompliance.Cli.Commands;

/// <summary>Which findings fail <c>icp inspect</c>: every finding at <paramref name="LeastSeverity"/> or above, and
/// the findings of the rules named with <c>--fail-on-rule</c> whatever their severity. The rule ids let a user raise
/// one warning (a provider that requires the PSB number: FTR0305) without raising every warning.</summary>
/// <param name="LeastSeverity">The least severity that fails.</param>
/// <param name="RuleIds">The rules whose findings fail at any severity.</param>
internal sealed record FailurePolicy(FooterSeverity LeastSeverity, IReadOnlySet<string> RuleIds)
{
    /// <summary>Whether the finding fails the check.</summary>
    internal bool Fails(FooterFinding finding) => finding.Severity >= LeastSeverity || RuleIds.Contains(finding.RuleId);

    /// <summary>Whether any finding of the inspection fails the check.</summary>
    internal bool Fails(FooterInspection inspection) => inspection.Findings.Any(Fails);
}
