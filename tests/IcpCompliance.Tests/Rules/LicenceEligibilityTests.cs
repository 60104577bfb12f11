using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>Who can hold an ICP Commercial Licence is data with its source: "an ICP Commercial License is not granted to
/// applicants that do not have a permanent legal business presence in Mainland China" (the ICP guide), and the licence
/// goes to companies (facts §1.2, "typically", so unconfirmed for the other organisations).</summary>
public sealed class LicenceEligibilityTests
{
    [Fact]
    public void Every_kind_of_subject_has_one_entry_with_a_source()
    {
        Assert.Equal(EntityType.All, LicenceEligibility.Default.Select(e => e.EntityType));
        Assert.All(LicenceEligibility.Default, e => Assert.False(string.IsNullOrWhiteSpace(e.Source)));
        Assert.Equal([EntityType.Enterprise], LicenceEligibility.Default.Where(e => e.Eligible).Select(e => e.EntityType));
        Assert.Equal(
            [EntityType.Enterprise, EntityType.ForeignRepresentativeOffice, EntityType.Individual],
            LicenceEligibility.Default.Where(e => e.Confirmed).Select(e => e.EntityType));
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

        var ours = LicenceEligibility.Default.Select(e => e.EntityType == EntityType.PublicInstitution ? e with { Eligible = true, Source = "our licence counsel" } : e).ToImmutableArray();
        Assert.DoesNotContain("ICP0202", RuleSet.Default.Evaluate(Context(institution) with { CommercialLicenceEligibility = ours }).Ids());

        var refused = LicenceEligibility.Default.Select(e => e.EntityType == EntityType.PublicInstitution ? e with { Confirmed = true } : e).ToImmutableArray();
        Assert.Equal(RuleSeverity.Error, RuleSet.Default.Evaluate(Context(institution) with { CommercialLicenceEligibility = refused }).Findings.Single(f => f.RuleId == "ICP0202").Severity);

        // A kind of subject the table does not list is an open question: a warning.
        Assert.Equal(RuleSeverity.Warning, RuleSet.Default.Evaluate(Context(institution) with { CommercialLicenceEligibility = [] }).Findings.Single(f => f.RuleId == "ICP0202").Severity);
    }
}
