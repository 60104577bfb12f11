using System.Collections.Generic;
using IcpCompliance.Internal;

namespace IcpCompliance.Rules;

/// <summary>
/// Receives the findings of the rule being evaluated. A <see cref="RuleSet"/> creates one per evaluation and hands
/// it to each <see cref="IRule"/> in turn; the collector stamps each finding with the current rule's id and
/// severity.
/// </summary>
/// <remarks>Not thread-safe: one evaluation uses it on one thread. Findings cost an allocation each; an evaluation
/// that finds nothing allocates no finding storage.</remarks>
public sealed class FindingCollector
{
    private List<(Finding Finding, int Order)>? _findings;
    private RuleSeverity _severity;
    private Rule? _rule;

    internal FindingCollector()
    {
    }

    /// <summary>The rule being evaluated (its <see cref="Rule.AppliesTo(Filing.ServiceKind)"/> tells a rule which
    /// services to look at).</summary>
    public Rule Rule => _rule ?? throw new System.InvalidOperationException("No rule is being evaluated.");

    /// <summary>The severity findings of the current rule get in this evaluation.</summary>
    public RuleSeverity Severity => _severity;

    internal int Count => _findings?.Count ?? 0;

    /// <summary>Reports a finding of the current rule.</summary>
    /// <param name="path">The offending field, for example <c>Services[0].Domains[1]</c>; it must name a field that
    /// exists in the application.</param>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="messageChinese">What is wrong, in Simplified Chinese.</param>
    /// <param name="fixHint">How to fix it, in English.</param>
    /// <param name="fixHintChinese">How to fix it, in Simplified Chinese.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public void Report(string path, string message, string messageChinese, string fixHint, string fixHintChinese)
    {
        Rule rule = Rule;
        var finding = new Finding(
            rule.Id,
            _severity,
            Preconditions.CheckNotNull(message),
            Preconditions.CheckNotNull(messageChinese),
            Preconditions.CheckNotNull(path),
            Preconditions.CheckNotNull(fixHint),
            Preconditions.CheckNotNull(fixHintChinese));
        _findings ??= [];
        _findings.Add((finding, _findings.Count));
    }

    internal void Begin(Rule rule, RuleSeverity severity)
    {
        _rule = rule;
        _severity = severity;
    }

    internal List<(Finding Finding, int Order)>? Findings => _findings;
}
