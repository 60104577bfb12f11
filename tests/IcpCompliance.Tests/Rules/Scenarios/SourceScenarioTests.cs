using System;
using System.Linq;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules.Scenarios;

/// <summary>
/// Every scenario of <see cref="SourceScenarios"/> gets the verdict its source sentence gives: ready to submit or not,
/// decided by a finding of the named rule on the named field (an error when it is not ready; when it is ready, the
/// warning or note the application must still carry, or no warning at all for a fully correct one).
/// </summary>
public sealed class SourceScenarioTests
{
    public static TheoryData<string> Names => [.. SourceScenarios.Names];

    [Theory]
    [MemberData(nameof(Names))]
    public void The_application_gets_the_verdict_its_source_gives(string name)
    {
        SourceScenario scenario = SourceScenarios.All.Single(s => s.Name == name);
        RuleReport report = RuleSet.Default.Evaluate(scenario.Context());
        string described = scenario.Quote + "\n" + RuleTestSupport.Describe(report);
        Assert.True(scenario.Ready == report.IsReadyToSubmit, (scenario.Ready ? "Expected ready: " : "Expected not ready: ") + described);
        if (scenario.RuleId is null)
        {
            Assert.True(report.WarningCount == 0, "A fully correct application carries no warning: " + described);
            return;
        }

        Finding[] decisive = [.. report.Findings.Where(f => f.RuleId == scenario.RuleId && f.Path == scenario.Path)];
        Assert.True(decisive.Length > 0, "Expected " + scenario.RuleId + " on " + scenario.Path + ": " + described);
        Assert.All(decisive, f => Assert.True(scenario.Ready ? f.Severity != RuleSeverity.Error : f.Severity == RuleSeverity.Error, f.Severity + ": " + described));

        // A small change to a correct base: the decisive rule is the only one that finds an error or a warning.
        Assert.All(report.Findings.Where(f => f.Severity != RuleSeverity.Info), f => Assert.True(f.RuleId == scenario.RuleId || scenario.Also.Contains(f.RuleId), "Also " + f.RuleId + ": " + described));
    }

    [Fact]
    public void The_suite_holds_at_least_forty_applications_each_quoting_its_source()
    {
        Assert.True(SourceScenarios.All.Length >= 40, SourceScenarios.All.Length + " scenarios");
        Assert.Equal(SourceScenarios.All.Length, SourceScenarios.Names.Distinct(StringComparer.Ordinal).Count());
        Assert.All(SourceScenarios.All, s => Assert.False(string.IsNullOrWhiteSpace(s.Quote) || string.IsNullOrWhiteSpace(s.Source), s.Name));
        Assert.All(SourceScenarios.All, s => Assert.True(s.Ready || (s.RuleId is not null && s.Path is not null), s.Name));
    }

    [Fact]
    public void Fully_correct_applications_of_several_provinces_and_kinds_of_subject_are_ready()
    {
        SourceScenario[] correct = [.. SourceScenarios.All.Where(s => s.Ready && s.RuleId is null)];
        var applications = correct.Select(s => s.Context().Application).ToArray();
        Assert.True(applications.Select(a => a.Province).Distinct().Count() >= 6);
        Assert.True(applications.Select(a => a.Subject.EntityType).Distinct().Count() >= 4);
        Assert.True(applications.SelectMany(a => a.Services).Select(s => s.Kind).Distinct().Count() >= 3);
    }

    [Fact]
    public void Every_decisive_rule_names_its_source()
        => Assert.All(
            SourceScenarios.All.Where(s => s.RuleId is not null),
            s => Assert.False(string.IsNullOrWhiteSpace(RuleSet.Default.Rules.Single(r => r.Id == s.RuleId).Source), s.RuleId));
}
