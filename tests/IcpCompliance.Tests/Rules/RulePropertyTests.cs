using System;
using System.Collections;
using System.Linq;
using System.Reflection;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>Laws of the engine, over applications made by mutating good examples: each rule case (firing and
/// corrected, and each variant) moved to any province and checked on any day within a few years.</summary>
public sealed class RulePropertyTests
{
    private static readonly RuleContext[] Seeds = RuleCases.Examples();

    private static readonly Gen<RuleContext> Contexts =
        from seed in Gen.Elements(Seeds)
        from province in Gen.Elements(Province.All.ToArray())
        from move in Gen.Elements(true, false)
        from days in Gen.Choose(-1000, 1000)
        select seed with
        {
            Application = move ? seed.Application.InProvince(province, province.ChineseName) : seed.Application,
            EvaluationDate = seed.EvaluationDate.PlusDays(days),
        };

    private static readonly string[] KnownIds = [.. RuleSet.Default.Rules.Select(r => r.Id)];

    [Property(MaxTest = 500 / Cases.Divisor)]
    public Property Findings_are_sorted_by_severity_then_id_and_counted()
        => Prop.ForAll(Contexts.ToArbitrary(), context =>
        {
            RuleReport report = RuleSet.Default.Evaluate(context);
            bool sorted = report.Findings.Zip(report.Findings.Skip(1)).All(p =>
                p.First.Severity < p.Second.Severity
                || (p.First.Severity == p.Second.Severity && string.CompareOrdinal(p.First.RuleId, p.Second.RuleId) <= 0));
            bool counted = report.ErrorCount + report.WarningCount + report.InfoCount == report.Findings.Length
                && report.IsReadyToSubmit == report.Findings.All(f => f.Severity != RuleSeverity.Error);
            return (sorted && counted).Label(RuleTestSupport.Describe(report));
        });

    [Property(MaxTest = 500 / Cases.Divisor)]
    public Property Evaluation_is_deterministic()
        => Prop.ForAll(Contexts.ToArbitrary(), context => RuleSet.Default.Evaluate(context) == RuleSet.Default.Evaluate(context with { }));

    [Property(MaxTest = 500 / Cases.Divisor)]
    public Property Every_finding_path_names_an_existing_field()
        => Prop.ForAll(Contexts.ToArbitrary(), context =>
        {
            Finding[] bad = [.. RuleSet.Default.Evaluate(context).Findings.Where(f => !PathExists(context.Application, f.Path))];
            return (bad.Length == 0).Label(string.Join(", ", bad.Select(f => f.RuleId + " " + f.Path)));
        });

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Without_an_id_never_reports_it()
        => Prop.ForAll(Contexts.ToArbitrary(), Gen.Elements(KnownIds).ToArbitrary(), (context, id) =>
        {
            RuleReport without = RuleSet.Default.Without(id).Evaluate(context);
            RuleReport all = RuleSet.Default.Evaluate(context);
            return without.Findings.All(f => f.RuleId != id)
                && without.Findings.SequenceEqual(all.Findings.Where(f => f.RuleId != id));
        });

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property WithSeverity_changes_only_that_rules_severity()
        => Prop.ForAll(Contexts.ToArbitrary(), Gen.Elements(KnownIds).ToArbitrary(), Gen.Elements(Enum.GetValues<RuleSeverity>()).ToArbitrary(), (context, id, severity) =>
        {
            // With unconfirmed facts enforced every finding takes the set's severity for its rule.
            RuleContext enforced = context with { EnforceUnconfirmedFacts = true };
            var changed = Ordered(RuleSet.Default.WithSeverity(id, severity).Evaluate(enforced));
            var original = Ordered(RuleSet.Default.Evaluate(enforced));
            return changed.SequenceEqual(original.Select(f => f.RuleId == id ? f with { Severity = severity } : f));
        });

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Unconfirmed_findings_are_at_most_warnings_unless_enforced()
        => Prop.ForAll(Contexts.ToArbitrary(), Gen.Elements(KnownIds).ToArbitrary(), Gen.Elements(Enum.GetValues<RuleSeverity>()).ToArbitrary(), (context, id, severity) =>
        {
            // The same findings either way; without enforcement an error may only have become a warning, never
            // anything else, and a severity the set lowers below a warning is kept.
            RuleSet set = RuleSet.Default.WithSeverity(id, severity);
            var relaxed = Ordered(set.Evaluate(context));
            var enforced = Ordered(set.Evaluate(context with { EnforceUnconfirmedFacts = true }));
            return relaxed.Length == enforced.Length
                && relaxed.Zip(enforced).All(p => p.First with { Severity = p.Second.Severity } == p.Second
                    && (p.First.Severity == p.Second.Severity || (p.First.Severity == RuleSeverity.Warning && p.Second.Severity == RuleSeverity.Error)));
        });

    private static Finding[] Ordered(RuleReport report)
        => [.. report.Findings.OrderBy(f => f.RuleId, StringComparer.Ordinal).ThenBy(f => f.Path, StringComparer.Ordinal).ThenBy(f => f.Message, StringComparer.Ordinal)];

    [Fact]
    public void The_path_resolver_refuses_fields_that_do_not_exist()
    {
        FilingApplication app = RuleTestSupport.Website;
        Assert.True(PathExists(app, "Services[0].Domains[0].Holder"));
        Assert.True(PathExists(app, "Subject.MailingAddress"));
        Assert.False(PathExists(app, "Services[1]"));
        Assert.False(PathExists(app, "Services[0].Domains[0].Owner"));
        Assert.False(PathExists(app, "Subject.MailingAddress.City"));
    }

    /// <summary>Whether a path names a property of the application: every segment exists, every index is in range,
    /// and every object on the way (not the last) is not null.</summary>
    internal static bool PathExists(object root, string path)
    {
        object? current = root;
        string[] segments = path.Split('.');
        for (int s = 0; s < segments.Length; s++)
        {
            if (current is null)
            {
                return false;
            }

            string segment = segments[s];
            int bracket = segment.IndexOf('[', StringComparison.Ordinal);
            string name = bracket < 0 ? segment : segment[..bracket];
            PropertyInfo? property = current.GetType().GetProperty(name, BindingFlags.Public | BindingFlags.Instance);
            if (property is null)
            {
                return false;
            }

            current = property.GetValue(current);
            if (bracket >= 0)
            {
                int index = int.Parse(segment[(bracket + 1)..^1], System.Globalization.CultureInfo.InvariantCulture);
                if (current is not IList list || index < 0 || index >= list.Count)
                {
                    return false;
                }

                current = list[index];
            }
        }

        return true;
    }
}
