using System;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Rules;

public sealed partial class RuleTests
{
    [Fact]
    public void Every_member_of_a_rule_takes_part_in_its_equality()
    {
        Rule rule = RuleSet.Default.Rules[0];
        Func<Rule, Rule>[] changes =
        [
            r => r with { Id = "ICP0199" },
            r => r with { Title = r.Title + "." },
            r => r with { TitleChinese = r.TitleChinese + "。" },
            r => r with { Explanation = r.Explanation + "." },
            r => r with { ExplanationChinese = r.ExplanationChinese + "。" },
            r => r with { DefaultSeverity = RuleSeverity.Warning },
            r => r with { Source = r.Source + "." },
            r => r with { ServiceKinds = [ServiceKind.App] },
            r => r with { Operations = [FilingOperation.Change] },
        ];
        EqualityAssert.EachChangeMatters(rule, changes);
    }
}
