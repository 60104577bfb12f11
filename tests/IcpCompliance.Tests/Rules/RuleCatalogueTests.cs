using System;
using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules;

/// <summary>Every built-in rule fires on its case, at its default severity and on the expected path, and stays quiet
/// on the corrected variant.</summary>
public sealed class RuleCatalogueTests
{
    public static TheoryData<string> Ids => [.. RuleCases.Ids];

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_fires_on_its_case(string id)
    {
        RuleCases.Case c = RuleCases.All[id];
        Rule rule = RuleSet.Default.Rules.Single(r => r.Id == id);
        Finding[] fired = [.. RuleSet.Default.Evaluate(c.Fires()).Findings.Where(f => f.RuleId == id)];
        Assert.True(fired.Any(f => f.Path == c.Path), id + " did not report " + c.Path + "; it reported: " + string.Join(", ", fired.Select(f => f.Path)));
        AssertSeverities(rule, c.Fires());
        Assert.All(fired, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.Message) || string.IsNullOrWhiteSpace(f.FixHint));
            Assert.True(HasChinese(f.MessageChinese) && HasChinese(f.FixHintChinese), f.MessageChinese + " / " + f.FixHintChinese);
        });
    }

    [Theory]
    [MemberData(nameof(Ids))]
    public void Rule_does_not_fire_on_the_corrected_case(string id)
    {
        RuleReport report = RuleSet.Default.Evaluate(RuleCases.All[id].Quiet());
        Assert.DoesNotContain(report.Findings, f => f.RuleId == id);
    }

    public static TheoryData<string, string> Variants
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (RuleVariants.Variant v in RuleVariants.All)
            {
                data.Add(v.Id, v.When);
            }

            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Variants))]
    public void Rule_fires_on_each_variant_and_not_on_its_quiet_side(string id, string when)
    {
        RuleVariants.Variant v = RuleVariants.All.Single(v => v.Id == id && v.When == when);
        Rule rule = RuleSet.Default.Rules.Single(r => r.Id == id);
        Finding[] fired = [.. RuleSet.Default.Evaluate(v.Fires()).Findings.Where(f => f.RuleId == id)];
        Assert.True(fired.Any(f => f.Path == v.Path), id + " (" + when + ") did not report " + v.Path + "; it reported: " + string.Join(", ", fired.Select(f => f.Path)));
        AssertSeverities(rule, v.Fires());
        if (v.Quiet is not null)
        {
            Assert.DoesNotContain(RuleSet.Default.Evaluate(v.Quiet()).Findings, f => f.RuleId == id);
        }
    }

    [Fact]
    public void Variants_are_named_uniquely_and_belong_to_default_rules()
    {
        Assert.Equal(RuleVariants.All.Length, RuleVariants.All.Select(v => (v.Id, v.When)).Distinct().Count());
        Assert.All(RuleVariants.All, v => Assert.Contains(v.Id, RuleCases.Ids));
    }

    [Fact]
    public void Every_default_rule_has_a_case_and_every_case_a_rule()
        => Assert.Equal(RuleSet.Default.Rules.Select(r => r.Id).Order(StringComparer.Ordinal), RuleCases.Ids);

    [Fact]
    public void Rules_have_stable_ids_in_topic_order_with_both_languages_and_a_source()
    {
        IReadOnlyList<Rule> rules = RuleSet.Default.Rules;
        Assert.Equal(rules.Select(r => r.Id).Order(StringComparer.Ordinal), rules.Select(r => r.Id));
        Assert.Equal(rules.Count, rules.Select(r => r.Id).Distinct().Count());
        Assert.All(rules, r =>
        {
            Assert.Matches("^ICP0[1-8][0-9]{2}$", r.Id);
            Assert.NotEqual(RuleTopic.Other, r.Topic);
            Assert.Equal(r.Id[4] - '0', (int)r.Topic);
            Assert.True(HasChinese(r.TitleChinese) && HasChinese(r.ExplanationChinese), r.Id);
            Assert.False(HasChinese(r.Title), r.Id + " English title holds Chinese");
            Assert.False(string.IsNullOrWhiteSpace(r.Source) || string.IsNullOrWhiteSpace(r.Explanation));
        });
        Assert.All(Enum.GetValues<RuleTopic>().Where(t => t != RuleTopic.Other), t => Assert.Contains(rules, r => r.Topic == t));
    }

    /// <summary>Every rule names its source; a rule no source states is a note, one where the sources are silent or
    /// that is inferred from them is at most a warning.</summary>
    [Fact]
    public void A_rule_without_a_source_is_a_note_and_a_silent_or_inferred_one_at_most_a_warning()
    {
        Assert.All(RuleSet.Default.Rules, r =>
        {
            if (r.Source.StartsWith("No source", StringComparison.Ordinal))
            {
                Assert.Equal(RuleSeverity.Info, r.DefaultSeverity);
            }

            if (r.Source.StartsWith("Sources silent", StringComparison.Ordinal) || r.Source.StartsWith("Inferred", StringComparison.Ordinal))
            {
                Assert.NotEqual(RuleSeverity.Error, r.DefaultSeverity);
            }
        });
        Assert.Contains(RuleSet.Default.Rules, r => r.Id == "ICP0802" && r.DefaultSeverity == RuleSeverity.Info);
    }

    [Fact]
    public void The_readme_counts_the_default_rules()
    {
        string readme = System.IO.File.ReadAllText(IcpCompliance.Tests.TestSupport.RepositoryFiles.PathOf("README.md"));
        Assert.Contains("`RuleSet.Default` (" + RuleSet.Default.Rules.Length.ToString(System.Globalization.CultureInfo.InvariantCulture) + " checks before submission", readme, StringComparison.Ordinal);
    }

    [Fact]
    public void Custom_ids_outside_the_scheme_have_the_other_topic()
    {
        Rule rule = RuleSet.Default.Rules[0] with { Id = "ACME0101" };
        Assert.Equal(RuleTopic.Other, rule.Topic);
        Assert.Equal(RuleTopic.Other, (rule with { Id = "ICP0901" }).Topic);
    }

    /// <summary>Every finding is at the rule's severity, or, resting on an unconfirmed fact, at most a warning that
    /// <see cref="RuleContext.EnforceUnconfirmedFacts"/> raises back to the rule's severity.</summary>
    private static void AssertSeverities(Rule rule, RuleContext context)
    {
        Finding[] normal = [.. RuleSet.Default.Evaluate(context).Findings.Where(f => f.RuleId == rule.Id)];
        Finding[] enforced = [.. RuleSet.Default.Evaluate(context with { EnforceUnconfirmedFacts = true }).Findings.Where(f => f.RuleId == rule.Id)];
        Assert.Equal(normal.Select(f => (f.Path, f.Message)), enforced.Select(f => (f.Path, f.Message)));
        Assert.All(enforced, f => Assert.Equal(rule.DefaultSeverity, f.Severity));
        Assert.All(normal, f => Assert.True(f.Severity == rule.DefaultSeverity || (f.Severity == RuleSeverity.Warning && rule.DefaultSeverity == RuleSeverity.Error), rule.Id + " reported at " + f.Severity));
    }

    private static bool HasChinese(string text) => text.Any(c => c is >= '\u4E00' and <= '\u9FFF');
}
