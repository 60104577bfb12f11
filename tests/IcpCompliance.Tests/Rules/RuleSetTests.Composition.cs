using System.Linq;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

public sealed partial class RuleSetTests
{
    private const string First = "ICP0101";

    [Fact]
    public void The_first_rule_of_a_set_is_found_replaced_retuned_and_removed()
    {
        Assert.Equal(First, RuleSet.Default.Rules[0].Id);
        Assert.True(RuleSet.Default.Contains(First));
        Assert.Equal(RuleSeverity.Error, RuleSet.Default.SeverityOf(First));

        RuleSet tuned = RuleSet.Default.WithSeverity(First, RuleSeverity.Warning);
        Assert.Equal(RuleSeverity.Warning, tuned.SeverityOf(First));
        Assert.Equal(RuleSet.Default.Rules.Select(r => r.Id), tuned.Rules.Select(r => r.Id));

        RuleSet without = RuleSet.Default.Without(First);
        Assert.False(without.Contains(First));
        Assert.Equal(RuleSet.Default.Rules.Length - 1, without.Rules.Length);

        IRule original = BuiltInRules.All.Single(r => r.Metadata.Id == First);
        Rule retitled = original.Metadata with { Title = "Hosted outside the Mainland (ours)" };
        RuleSet replaced = RuleSet.Default.With(new RenamedRule(original, retitled));
        Assert.Equal(retitled, replaced.Rules[0]);
        Assert.Equal(RuleSet.Default.Rules.Length, replaced.Rules.Length);
    }
}
