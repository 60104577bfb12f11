using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IcpCompliance.Internal;

namespace IcpCompliance.Rules;

/// <summary>The findings of a <see cref="RuleSet"/> on one application, errors first.</summary>
/// <remarks>Immutable; safe to use from any thread. Two reports are equal when they hold equal findings in the same
/// order.</remarks>
public sealed record RuleReport
{
    // Also the constructor JSON reads a report through; the counts are derived, never read.
    [JsonConstructor]
    internal RuleReport(ImmutableArray<Finding> findings)
    {
        Findings = findings;
        foreach (Finding finding in findings)
        {
            // JSON may hold a null finding; the reader refuses the report once it is built (DeserializedChecks).
            switch (finding?.Severity)
            {
                case RuleSeverity.Error: ErrorCount++; break;
                case RuleSeverity.Warning: WarningCount++; break;
                default: InfoCount++; break;
            }
        }
    }

    /// <summary>The findings, sorted by severity (errors first), then rule id (ordinal), then the order in which the
    /// rule reported them.</summary>
    public ImmutableArray<Finding> Findings { get; }

    /// <summary>The number of errors.</summary>
    public int ErrorCount { get; }

    /// <summary>The number of warnings.</summary>
    public int WarningCount { get; }

    /// <summary>The number of informational findings.</summary>
    public int InfoCount { get; }

    /// <summary>Whether the application can be submitted: no finding is an error.</summary>
    public bool IsReadyToSubmit => ErrorCount == 0;

    /// <inheritdoc />
    public bool Equals(RuleReport? other) => other is not null && Sequences.Equal(Findings, other.Findings);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Sequences.Hash(Findings));
}
