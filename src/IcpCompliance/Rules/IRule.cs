namespace IcpCompliance.Rules;

/// <summary>
/// A check on an application. Implement it to add a provider's own checks to a <see cref="RuleSet"/> with
/// <see cref="RuleSet.With(IRule)"/>; the built-in rules implement it too.
/// </summary>
/// <remarks>
/// <para>A rule reports what it finds to the <see cref="FindingCollector"/> it is given, which stamps each finding
/// with the rule's id and the severity the rule set assigns, so a rule cannot report under another id and
/// <see cref="RuleSet.WithSeverity"/> works for every rule.</para>
/// <para>Implementations must be pure and thread-safe: read only the context (never the clock, files or the
/// network), keep no state between calls, and report the same findings for the same context. A rule set evaluates
/// many applications in parallel with the same rule instances.</para>
/// </remarks>
public interface IRule
{
    /// <summary>What the rule checks: id, titles, default severity, scope and source.</summary>
    Rule Metadata { get; }

    /// <summary>Checks an application and reports each problem to <paramref name="findings"/>.</summary>
    /// <param name="context">The application and everything the check may read.</param>
    /// <param name="findings">Where to report what is found.</param>
    void Evaluate(RuleContext context, FindingCollector findings);
}
