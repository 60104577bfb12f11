using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

public sealed partial class RuleSetTests
{
    /// <summary>A provider's own check: every website's description mentions the company name.</summary>
    private sealed class DescriptionNamesCompany : IRule
    {
        public Rule Metadata { get; } = new()
        {
            Id = "ACME0001",
            Title = "Website descriptions name the company",
            TitleChinese = "网站描述须包含公司名称",
            Explanation = "Our review policy.",
            ExplanationChinese = "本公司审核政策。",
            DefaultSeverity = RuleSeverity.Warning,
            Source = "ACME hosting review policy",
            ServiceKinds = [ServiceKind.Website],
        };

        public void Evaluate(RuleContext context, FindingCollector findings)
        {
            for (int i = 0; i < context.Application.Services.Length; i++)
            {
                FilingService service = context.Application.Services[i];
                if (findings.Rule.AppliesTo(service.Kind) && service.Description?.Contains("公司", StringComparison.Ordinal) != true)
                {
                    findings.Report("Services[" + i + "].Description", "The description does not name the company.", "描述未包含公司名称。", "Name the company.", "请写明公司名称。");
                }
            }
        }
    }

    private static readonly FilingApplication NoDescription = Website.WithService(s => s with { Description = "企业官网" });

    [Fact]
    public void With_adds_a_custom_rule_whose_findings_carry_its_id_and_severity()
    {
        RuleSet set = RuleSet.Default.With(new DescriptionNamesCompany());
        Assert.True(set.Contains("ACME0001"));
        Assert.Equal(RuleSet.Default.Rules.Length + 1, set.Rules.Length);
        Finding finding = Assert.Single(set.Evaluate(NoDescription, Today).Findings, f => f.RuleId == "ACME0001");
        Assert.Equal((RuleSeverity.Warning, "Services[0].Description"), (finding.Severity, finding.Path));
        Assert.DoesNotContain(set.Evaluate(Website, Today).Findings, f => f.RuleId == "ACME0001");
        Assert.False(RuleSet.Default.Contains("ACME0001"));
    }

    [Fact]
    public void With_replaces_a_rule_with_the_same_id_in_place()
    {
        var replacement = new DescriptionNamesCompany();
        Rule metadata = replacement.Metadata with { Id = "ICP0102" };
        RuleSet set = RuleSet.Default.With(new RenamedRule(replacement, metadata));
        Assert.Equal(RuleSet.Default.Rules.Length, set.Rules.Length);
        Assert.Equal(metadata, set.Rules.Single(r => r.Id == "ICP0102"));
        Assert.Equal(RuleSet.Default.Rules.Select(r => r.Id), set.Rules.Select(r => r.Id));
        Assert.Equal(RuleSeverity.Warning, set.Evaluate(NoDescription, Today).Findings.Single(f => f.RuleId == "ICP0102").Severity);
    }

    [Fact]
    public void Without_removes_a_rule_and_ignores_unknown_ids()
    {
        RuleSet set = RuleSet.Default.Without("ICP0102");
        Assert.False(set.Contains("ICP0102"));
        Assert.Null(set.SeverityOf("ICP0102"));
        Assert.DoesNotContain("ICP0102", set.Evaluate(Website, Today).Ids());
        Assert.Same(RuleSet.Default, RuleSet.Default.Without("ICP9999"));
    }

    [Fact]
    public void WithSeverity_tightens_a_rule_and_makes_the_application_not_ready()
    {
        RuleSet set = RuleSet.Default.WithSeverity("ICP0699", RuleSeverity.Error);
        Assert.Equal(RuleSeverity.Error, set.SeverityOf("ICP0699"));
        Assert.Equal(RuleSeverity.Info, RuleSet.Default.SeverityOf("ICP0699"));
        RuleReport report = set.Evaluate(Website, Today);
        Assert.False(report.IsReadyToSubmit);
        Assert.Equal("ICP0699", report.Findings[0].RuleId);
        Assert.Same(RuleSet.Default, RuleSet.Default.WithSeverity("ICP9999", RuleSeverity.Error));
        Assert.Throws<ArgumentOutOfRangeException>(() => RuleSet.Default.WithSeverity("ICP0699", (RuleSeverity)42));
    }

    [Fact]
    public void An_empty_set_finds_nothing_and_a_rule_applies_only_to_its_operations()
    {
        Assert.Empty(RuleSet.Empty.Evaluate(Website, Today).Findings);
        RuleSet set = RuleSet.Empty.With(new DescriptionNamesCompany());
        Assert.Single(set.Evaluate(NoDescription, Today).Findings);

        var firstFilingOnly = new RenamedRule(new DescriptionNamesCompany(), new DescriptionNamesCompany().Metadata with { Operations = [FilingOperation.FirstFiling] });
        RuleSet scoped = RuleSet.Empty.With(firstFilingOnly);
        Assert.Single(scoped.Evaluate(NoDescription, Today).Findings);
        Assert.Empty(scoped.Evaluate(NoDescription with { Operation = FilingOperation.Change }, Today).Findings);
        Assert.True(firstFilingOnly.Metadata.AppliesTo(FilingOperation.FirstFiling));
        Assert.False(firstFilingOnly.Metadata.AppliesTo(FilingOperation.Change));
    }

    [Fact]
    public void Report_counts_and_orders_its_findings()
    {
        FilingApplication broken = Website.WithService(s => s with { HostingRegion = HostingRegion.HongKong, IsCommercial = true }) with { Documents = [] };
        RuleReport report = Evaluate(broken);
        Assert.Equal(report.Findings.Count(f => f.Severity == RuleSeverity.Error), report.ErrorCount);
        Assert.Equal(report.Findings.Count(f => f.Severity == RuleSeverity.Warning), report.WarningCount);
        Assert.Equal(report.Findings.Count(f => f.Severity == RuleSeverity.Info), report.InfoCount);
        Assert.True(report.ErrorCount > 0 && report.WarningCount > 0 && report.InfoCount > 0, Describe(report));
        Assert.False(report.IsReadyToSubmit);
        Assert.Equal(report.Findings.OrderBy(f => f.Severity).ThenBy(f => f.RuleId, StringComparer.Ordinal), report.Findings);
    }

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        Assert.Throws<ArgumentNullException>(() => RuleSet.Default.Evaluate(null!));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Default.Evaluate(null!, Today));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Default.With(null!));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Default.Without(null!));
        Assert.Throws<ArgumentNullException>(() => RuleSet.Default.WithSeverity(null!, RuleSeverity.Info));
        Assert.Throws<ArgumentNullException>(() => new RuleContext(null!, Today));
        Assert.Throws<ArgumentNullException>(() => Context(Website) with { Provinces = null! });
    }

    [Fact]
    public void Evaluating_many_applications_in_parallel_gives_the_same_reports_as_one_by_one()
    {
        RuleContext[] contexts = RuleCases.Examples();
        RuleReport[] sequential = [.. contexts.Select(RuleSet.Default.Evaluate)];
        for (int round = 0; round < 5; round++)
        {
            var parallel = new RuleReport[contexts.Length * 4];
            Parallel.For(0, parallel.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i => parallel[i] = RuleSet.Default.Evaluate(contexts[i % contexts.Length]));
            for (int i = 0; i < parallel.Length; i++)
            {
                Assert.Equal(sequential[i % contexts.Length], parallel[i]);
            }
        }
    }

    [Fact]
    public void Rule_equality_compares_collection_contents()
    {
        Rule rule = RuleSet.Default.Rules[0];
        Rule copy = rule with { Operations = [.. rule.Operations], ServiceKinds = [.. rule.ServiceKinds] };
        Assert.Equal(rule, copy);
        Assert.Equal(rule.GetHashCode(), copy.GetHashCode());
        Assert.NotEqual(rule, rule with { Operations = [FilingOperation.Change] });
    }

    [Fact]
    public void Collector_refuses_reports_outside_an_evaluation()
    {
        var collector = new FindingCollector();
        Assert.Throws<InvalidOperationException>(() => collector.Report("Documents", "m", "信息", "h", "提示"));
    }
}
