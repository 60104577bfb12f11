using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>
/// Input that once passed silently: no service at all, the same domain listed 200,000 times, the same person many
/// times. Each gets a finding, and the rules stay linear on it (these tests would not finish in the suite's time if a
/// rule, the matching of services or the sorting of findings were quadratic).
/// </summary>
public sealed class RepeatedInputTests
{
    private const int Copies = 200_000;

    [Fact]
    public void A_first_filing_with_no_service_is_not_ready()
    {
        RuleReport report = Evaluate(Website with { Services = [] });
        Assert.False(report.IsReadyToSubmit);
        Assert.Contains(report.Findings, f => f.RuleId == "ICP0104" && f.Path == "Services" && f.Severity == RuleSeverity.Error);
    }

    [Fact]
    public void The_same_domain_listed_200000_times_is_reported_once_per_repeat()
    {
        FilingApplication app = Website.WithService(s => s with { Domains = [.. Enumerable.Repeat(s.Domains[0], Copies)] });
        RuleReport report = Evaluate(app);
        Finding[] repeats = [.. report.Findings.Where(f => f.RuleId == "ICP0507")];
        Assert.Equal(Copies - 1, repeats.Length);
        Assert.Equal("Services[0].Domains[1]", repeats[0].Path);
        Assert.Equal("Services[0].Domains[199999]", repeats[^1].Path);
        Assert.All(repeats, f => Assert.Equal(RuleSeverity.Warning, f.Severity));
    }

    [Fact]
    public void The_same_person_listed_200000_times_is_reported_once_per_repeat()
    {
        FilingApplication app = Website with { People = [.. Website.People, .. Enumerable.Repeat(Website.People[2], Copies)] };
        RuleReport report = Evaluate(app);
        Assert.Equal(Copies, report.Findings.Count(f => f.RuleId == "ICP0408" && f.Severity == RuleSeverity.Warning));
        Assert.DoesNotContain(report.Findings, f => f.RuleId == "ICP0408" && f.Path == "People[2]");
    }

    /// <summary>A few entries are compared pairwise and many through a set: both report exactly the repeats.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(16)]
    [InlineData(17)]
    [InlineData(40)]
    public void Repeats_are_found_the_same_way_for_few_and_many_entries(int count)
    {
        // Domains 0, 1, 2, 0, 1, 2, … over two websites; people likewise, the repeats after the first three.
        FilingApplication three = Domains(Website, 3);
        var names = three.Services[0].Domains;
        FilingService first = three.Services[0] with { Domains = [.. Enumerable.Range(0, count / 2).Select(i => names[i % 3])] };
        FilingService second = first with { Name = "示例科技商城", Domains = [.. Enumerable.Range(count / 2, count - (count / 2)).Select(i => names[i % 3])] };
        FilingApplication app = three with { Services = [first, second], People = [.. Enumerable.Range(0, count).Select(i => Website.People[i % 3])] };
        string[] expected =
        [
            .. Enumerable.Range(0, count).Where(i => i >= 3).Select(i => i < count / 2 ? $"Services[0].Domains[{i}]" : $"Services[1].Domains[{i - (count / 2)}]"),
        ];
        RuleReport report = Evaluate(app);
        Assert.Equal(expected, report.Findings.Where(f => f.RuleId == "ICP0507").Select(f => f.Path));
        Assert.Equal(Enumerable.Range(3, count - 3).Select(i => $"People[{i}]"), report.Findings.Where(f => f.RuleId == "ICP0408").Select(f => f.Path));
    }

    [Fact]
    public void Errors_reported_after_200000_warnings_still_sort_first()
    {
        // Hebei's three months' domain validity is confirmed (an error); .rocks is unknown (a warning); the warnings
        // of ICP0502 and ICP0507 come before the errors of ICP0607 in evaluation order.
        FilingApplication hebei = Website.InProvince(Province.Hebei, "石家庄市")
            .WithDomain(d => d with { Domain = Domain("shili-keji.rocks"), ExpiresOn = Today.PlusMonths(1) });
        FilingApplication app = hebei.WithService(s => s with { Domains = [.. Enumerable.Repeat(s.Domains[0], Copies)] });
        RuleReport report = Evaluate(app);
        Assert.Equal(Copies, report.ErrorCount);
        Assert.True(report.Findings.Take(Copies).All(f => f.Severity == RuleSeverity.Error && f.RuleId == "ICP0607"));
        Assert.Equal("Services[0].Domains[0].ExpiresOn", report.Findings[0].Path);
        Assert.Equal("Services[0].Domains[199999].ExpiresOn", report.Findings[Copies - 1].Path);
        Assert.Equal((2 * Copies) - 1, report.WarningCount);
    }

    [Fact]
    public void Matching_200000_domains_against_an_approved_filing_of_200000_is_linear()
    {
        FilingApplication approved = Domains(Website, Copies);
        FilingApplication access = (approved with { Operation = FilingOperation.AddAccess, SubjectNumber = IcpFilingNumber.Parse("京ICP备2026012345号").Value })
            .WithService(s => s with { Principal = s.Principal with { Name = "周杰", Document = Id("110108199003072513") } });
        RuleReport report = RuleSet.Default.Evaluate(Context(access) with { PreviouslyApproved = approved });
        Assert.Single(report.Findings, f => f.RuleId == "ICP0801" && f.Path == "Services[0].Principal");
    }
}
