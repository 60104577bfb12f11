using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>Who can hold an ICP Commercial License is data with its source: "an ICP Commercial License is not granted to
/// applicants that do not have a permanent legal business presence in Mainland China" (the ICP guide), and the license
/// goes to companies (facts §1.2, "typically", so unconfirmed for the other organizations).</summary>
public sealed class LicenseEligibilityTests
{
    [Fact]
    public void Every_kind_of_subject_has_one_entry_with_a_source()
    {
        Assert.Equal(EntityType.All, LicenseEligibility.Default.Select(e => e.EntityType));
        Assert.All(LicenseEligibility.Default, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        Assert.Equal([EntityType.Enterprise], LicenseEligibility.Default.Where(e => e.Eligible).Select(e => e.EntityType));
        Assert.Equal(
            [EntityType.Enterprise, EntityType.ForeignRepresentativeOffice, EntityType.Individual],
            LicenseEligibility.Default.Where(e => e.Confirmed).Select(e => e.EntityType));
    }

    [Fact]
    public void A_provider_replaces_the_table_and_ICP0202_follows_it()
    {
        FilingApplication institution = Website.WithService(s => s with { IsCommercial = true }) with
        {
            Subject = Website.Subject with { EntityType = EntityType.PublicInstitution },
        };
        Finding warning = Evaluate(institution).Findings.Single(f => f.RuleId == "ICP0202");
        Assert.Equal(RuleSeverity.Warning, warning.Severity);
        Assert.Contains("unconfirmed", warning.Message, System.StringComparison.Ordinal);

        var ours = LicenseEligibility.Default.Select(e => e.EntityType == EntityType.PublicInstitution ? e with { Eligible = true, Source = "our license counsel" } : e).ToImmutableArray();
        Assert.DoesNotContain("ICP0202", RuleSet.Default.Evaluate(Context(institution) with { CommercialLicenseEligibility = ours }).Ids());

        var refused = LicenseEligibility.Default.Select(e => e.EntityType == EntityType.PublicInstitution ? e with { Confirmed = true } : e).ToImmutableArray();
        Assert.Equal(RuleSeverity.Error, RuleSet.Default.Evaluate(Context(institution) with { CommercialLicenseEligibility = refused }).Findings.Single(f => f.RuleId == "ICP0202").Severity);

        // A kind of subject the table does not list is an open question: a warning.
        Assert.Equal(RuleSeverity.Warning, RuleSet.Default.Evaluate(Context(institution) with { CommercialLicenseEligibility = [] }).Findings.Single(f => f.RuleId == "ICP0202").Severity);
    }
}
