using System;

namespace IcpCompliance.Rules;

/// <summary>A built-in rule: its metadata and a static check. Stateless, so one instance serves every thread.</summary>
internal sealed class DelegateRule(Rule metadata, Action<RuleContext, FindingCollector> evaluate) : IRule
{
    public Rule Metadata { get; } = metadata;

    public void Evaluate(RuleContext context, FindingCollector findings) => evaluate(context, findings);
}
