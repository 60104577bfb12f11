using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

/// <summary>A rule's check under other metadata: the way a provider replaces a built-in rule's id or wording.</summary>
internal sealed class RenamedRule(IRule inner, Rule metadata) : IRule
{
    public Rule Metadata => metadata;

    public void Evaluate(RuleContext context, FindingCollector findings) => inner.Evaluate(context, findings);
}
