using System;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

public sealed partial class ProvinceRequirementsTests
{
    private static readonly ProvinceRequirements Table = ProvinceRequirements.Default;

    [Fact]
    public void Every_province_has_one_entry_in_code_order()
    {
        Assert.Equal(31, Table.All.Length);
        Assert.Equal(Province.All, Table.All.Select(r => r.Province));
        Assert.All(Province.All, p => Assert.Same(p, Table.For(p).Province));
    }

    [Fact]
    public void Every_fact_and_note_has_a_source_and_notes_are_bilingual()
    {
        foreach (BureauRequirements r in Table.All)
        {
            foreach (object? fact in typeof(BureauRequirements).GetProperties().Where(p => p.PropertyType.IsGenericType && p.PropertyType.GetGenericTypeDefinition() == typeof(ProvinceFact<>)).Select(p => p.GetValue(r)))
            {
                if (fact is not null)
                {
                    Assert.False(string.IsNullOrWhiteSpace((string)fact.GetType().GetProperty("Source")!.GetValue(fact)!));
                }
            }

            Assert.All(r.Notes, n => Assert.True(n.Source.Length > 0 && n.Text.Length > 0 && n.TextChinese.Any(c => c >= '\u4E00' && c <= '\u9FFF')));
        }
    }

    [Fact]
    public void The_named_provinces_carry_the_facts_the_sources_give()
    {
        Assert.All(new[] { Province.Beijing, Province.Hunan, Province.Jilin, Province.InnerMongolia }, p => Assert.Equal(true, Table.For(p).MainlandRegistrarRequired?.Value));
        Assert.True(Table.For(Province.Beijing).MainlandRegistrarRequired!.Confirmed);
        Assert.Contains("including Beijing", Table.For(Province.Beijing).MainlandRegistrarRequired!.Source, StringComparison.Ordinal);
        Assert.All(new[] { Province.Hunan, Province.Jilin, Province.InnerMongolia }, p => Assert.False(Table.For(p).MainlandRegistrarRequired!.Confirmed));
        Assert.Null(Table.For(Province.Shanghai).MainlandRegistrarRequired);
        Assert.True(Table.For(Province.Guangdong).CommitmentLetterRequired!.Confirmed);
        Assert.Contains("For Guangdong-based companies, signed and stamped documents must be uploaded.", Table.For(Province.Guangdong).CommitmentLetterRequired!.Source, StringComparison.Ordinal);
        Assert.Equal(OutOfProvinceIndividuals.WithResidencePermit, Table.For(Province.Shanghai).OutOfProvinceIndividuals!.Value);
        Assert.Equal(OutOfProvinceIndividuals.WithResidencePermitOrSocialSecurity, Table.For(Province.Guangdong).OutOfProvinceIndividuals!.Value);
        Assert.All(new[] { Province.Shanxi, Province.InnerMongolia, Province.Guangxi, Province.Qinghai, Province.Ningxia, Province.Xinjiang }, p => Assert.Equal(OutOfProvinceIndividuals.Refused, Table.For(p).OutOfProvinceIndividuals!.Value));
        Assert.Equal(18, Table.For(Province.Hebei).MinimumAge!.Value);
        Assert.Equal((17, false), (Table.For(Province.Shandong).MinimumAge!.Value, Table.For(Province.Shandong).MinimumAge!.Confirmed));
        Assert.True(Table.For(Province.Hunan).LocalMobileRequired!.Value);
        Assert.Equal(AddressScope.SameCity, Table.For(Province.Henan).AddressScope!.Value);
        Assert.Equal((3, true), (Table.For(Province.Hebei).MinimumDomainValidityMonths!.Value, Table.For(Province.Hebei).MinimumDomainValidityMonths!.Confirmed));
        Assert.False(Table.For(Province.Fujian).MinimumDomainValidityMonths!.Confirmed);
        Assert.Equal(3, Table.For(Province.Shanxi).MaxDomainsPerOrder!.Value);
        Assert.Equal(5, Table.For(Province.Henan).MaxDomainsPerOrganizationOrder!.Value);
        Assert.Null(Table.For(Province.Henan).MaxDomainsPerOrder);
        Assert.Equal(1, Table.For(Province.Hainan).MaxDomainsForIndividualFirstFiling!.Value);
        Assert.True(Table.For(Province.Beijing).EmptySubjectMayAddServices!.Value);
        Assert.False(Table.For(Province.Hebei).EmptySubjectMayAddServices!.Value);
    }

    [Fact]
    public void With_replaces_one_province_and_the_rules_follow_the_data()
    {
        BureauRequirements shanghai = Table.For(Province.Shanghai) with { MainlandRegistrarRequired = new ProvinceFact<bool>(true, "Our policy", true) };
        ProvinceRequirements mine = Table.With(shanghai);
        Assert.Same(shanghai, mine.For(Province.Shanghai));
        Assert.Equal(Table.For(Province.Beijing), mine.For(Province.Beijing));
        Assert.Null(Table.For(Province.Shanghai).MainlandRegistrarRequired);

        FilingApplication app = Website.InProvince(Province.Shanghai, "上海市").WithDomain(d => d with { RegisteredInMainland = false });
        Assert.DoesNotContain("ICP0601", RuleSet.Default.Evaluate(Context(app)).Ids());
        RuleReport report = RuleSet.Default.Evaluate(Context(app) with { Provinces = mine });
        Assert.Contains("ICP0601", report.Ids());
        Assert.DoesNotContain("ICP0505", report.Ids());
    }

    /// <summary>"Certain regions in China, including Beijing, require that your domain be registered in Mainland China
    /// in order to be eligible for ICP registration" (the ICP guide) makes Beijing's fact an error; Jilin's comes from
    /// a provider's note only, so it says so and is a warning unless the context enforces unconfirmed facts.</summary>
    [Fact]
    public void Unconfirmed_facts_say_so_in_the_finding_and_are_warnings_unless_enforced()
    {
        FilingApplication overseas = Website.WithDomain(d => d with { RegisteredInMainland = false });
        Finding beijing = Evaluate(overseas).Findings.Single(f => f.RuleId == "ICP0601");
        Assert.Equal(RuleSeverity.Error, beijing.Severity);
        Assert.DoesNotContain("unverified", beijing.Message, StringComparison.Ordinal);

        FilingApplication jilin = overseas.InProvince(Province.Jilin, "长春市");
        Finding finding = Evaluate(jilin).Findings.Single(f => f.RuleId == "ICP0601");
        Assert.Equal(RuleSeverity.Warning, finding.Severity);
        Assert.Contains("unverified", finding.Message, StringComparison.Ordinal);
        Assert.Contains("未经核实", finding.MessageChinese, StringComparison.Ordinal);
        Assert.True(Evaluate(jilin).IsReadyToSubmit, Describe(Evaluate(jilin)));

        RuleReport enforced = RuleSet.Default.Evaluate(Context(jilin) with { EnforceUnconfirmedFacts = true });
        Assert.Equal(RuleSeverity.Error, enforced.Findings.Single(f => f.RuleId == "ICP0601").Severity);
        Assert.False(enforced.IsReadyToSubmit);

        // A provider's own (lower) severity is never raised: the lower of the two applies.
        RuleReport relaxed = RuleSet.Default.WithSeverity("ICP0601", RuleSeverity.Info).Evaluate(Context(jilin));
        Assert.Equal(RuleSeverity.Info, relaxed.Findings.Single(f => f.RuleId == "ICP0601").Severity);

        var confirmed = Table.With(Table.For(Province.Jilin) with { MainlandRegistrarRequired = new ProvinceFact<bool>(true, "Jilin bureau notice", true) });
        Finding sure = RuleSet.Default.Evaluate(Context(jilin) with { Provinces = confirmed }).Findings.Single(f => f.RuleId == "ICP0601");
        Assert.DoesNotContain("unverified", sure.Message, StringComparison.Ordinal);
        Assert.Equal(RuleSeverity.Error, sure.Severity);
    }

    [Fact]
    public void Hainan_allows_one_domain_in_an_individuals_first_filing()
    {
        FilingApplication one = Individual("460102199001011233", Province.Hainan);
        FilingApplication two = one.WithService(s => s with { Domains = [s.Domains[0], s.Domains[0] with { Domain = Domain("zhaolei.cn") }] });
        Assert.DoesNotContain("ICP0608", Evaluate(one).Ids());
        Assert.Contains("ICP0608", Evaluate(two).Ids());
        Assert.DoesNotContain("ICP0608", Evaluate(two with { Operation = FilingOperation.AddService }).Ids());
    }

    /// <summary>"For personal entities, temporary residence permits or social security documentation are required"
    /// (the WeChat guide), keyed on the document's address, never on the ID number's prefix.</summary>
    [Fact]
    public void Out_of_province_individuals_are_accepted_with_the_document_the_province_names()
    {
        FilingApplication shanghai = Individual().FiledIn(Province.Shanghai);
        Assert.Contains("ICP0603", Evaluate(shanghai).Ids());
        Assert.DoesNotContain("ICP0603", Evaluate(shanghai.WithDocument(FilingDocument.ResidencePermit)).Ids());
        Assert.Contains("ICP0603", Evaluate(shanghai.WithDocument(FilingDocument.SocialSecurityRecord)).Ids());
        FilingApplication guangdong = Individual().FiledIn(Province.Guangdong).WithDocument(FilingDocument.StampedCommitmentLetter);
        Assert.Contains("ICP0603", Evaluate(guangdong).Ids());
        Assert.DoesNotContain("ICP0603", Evaluate(guangdong.WithDocument(FilingDocument.SocialSecurityRecord)).Ids());
        Assert.Contains("ICP0603", Evaluate(Individual().FiledIn(Province.Xinjiang).WithDocument(FilingDocument.ResidencePermit)).Ids());

        // A Beijing-issued ID number whose holder lives in Shanghai files in Shanghai without a permit: the prefix is
        // where the number was first issued, and it does not move with the person.
        Assert.DoesNotContain("ICP0603", Evaluate(Individual("110108199003072513", Province.Shanghai)).Ids());
    }

    [Fact]
    public void Invalid_tables_are_programmer_errors()
    {
        Assert.Throws<ArgumentException>(() => ProvinceRequirements.Create(Table.All.Skip(1)));
        Assert.Throws<ArgumentException>(() => ProvinceRequirements.Create([.. Table.All, Table.All[0]]));
        Assert.Throws<ArgumentNullException>(() => ProvinceRequirements.Create(null!));
        Assert.Throws<ArgumentNullException>(() => Table.For(null!));
        Assert.True(Table.All.SequenceEqual(ProvinceRequirements.Create(Table.All.Reverse()).All));
    }

    [Fact]
    public void Sms_goes_to_the_subject_principal_only_for_first_filings_and_changes()
    {
        FilingApplication noMobile = Website.WithPeople(PersonRole.SubjectPrincipal, p => p with { Mobile = null });
        Assert.Contains("People[1].Mobile", Evaluate(noMobile).Findings.Where(f => f.RuleId == "ICP0401").Select(f => f.Path));
        Assert.DoesNotContain("ICP0401", Evaluate(noMobile with { Operation = FilingOperation.AddService }).Ids());
    }
}
