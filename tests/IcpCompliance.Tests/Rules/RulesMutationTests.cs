using System;
using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using IcpCompliance.Tests.TestSupport;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>The engine's edges that the rule cases do not reach, each found by a mutation Stryker left alive: the
/// first rule of a set, topic ids near the scheme, matching services across an approved filing, the order of one
/// rule's findings, and every member of the equality of rules and bureau requirements.</summary>
public sealed class RulesMutationTests
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

    [Theory]
    [InlineData("ICP0101", RuleTopic.NeedForFiling)]
    [InlineData("ICP0899", RuleTopic.Changes)]
    [InlineData("ICP01011", RuleTopic.Other)]
    [InlineData("XCP0101", RuleTopic.Other)]
    [InlineData("ICP1101", RuleTopic.Other)]
    [InlineData("ICP0001", RuleTopic.Other)]
    [InlineData("ICP0901", RuleTopic.Other)]
    public void The_topic_comes_only_from_ids_of_the_built_in_scheme(string id, RuleTopic topic)
        => Assert.Equal(topic, (RuleSet.Default.Rules[0] with { Id = id }).Topic);

    [Fact]
    public void Applying_to_a_null_operation_is_a_programmer_error()
        => Assert.Throws<ArgumentNullException>(() => RuleSet.Default.Rules[0].AppliesTo((FilingOperation)null!));

    [Fact]
    public void A_service_is_matched_in_the_approved_filing_by_app_id_then_domain_then_kind_and_name()
    {
        FilingService site = Website.Services[0];
        FilingService mini = MiniProgram.Services[0];
        FilingService shop = site with { Name = "示例商城", Domains = [site.Domains[0] with { Domain = Domain("shili-shop.cn") }] };
        FilingApplication approved = Website with { Services = [mini, shop, site] };

        // The same app id or a shared domain finds the service whatever its name; the kind must agree.
        Assert.Same(approved.Services[0], new ServiceMatch(approved).Find(mini with { Name = "改名后的小程序" }));
        Assert.Same(approved.Services[2], new ServiceMatch(approved).Find(site with { Name = "改名后的官网" }));
        Assert.Same(approved.Services[2], new ServiceMatch(approved).Find(site with { Domains = [Domains(Website, 2).Services[0].Domains[1], site.Domains[0]] }));
        Assert.Null(new ServiceMatch(approved).Find(mini with { Kind = ServiceKind.App, Name = "改名后的应用" }));

        // Without either, the name decides, within the kind.
        Assert.Same(approved.Services[1], new ServiceMatch(approved).Find(shop with { Domains = [] }));
        Assert.Null(new ServiceMatch(approved).Find(shop with { Kind = ServiceKind.App, Domains = [] }));
        Assert.Null(new ServiceMatch(approved).Find(mini with { AppId = "wx1111111111111111", Name = "新小程序" }));
        Assert.Null(new ServiceMatch(approved).Find(mini with { AppId = null, Name = "新小程序" }));

        // An app id of null never matches another null app id.
        FilingApplication websitesOnly = Website with { Services = [shop] };
        Assert.Null(new ServiceMatch(websitesOnly).Find(site with { Name = "新网站", Domains = [] }));
    }

    [Fact]
    public void One_rules_findings_keep_the_order_the_rule_reported_them_in()
    {
        RuleVariants.Variant latin = RuleVariants.All.Single(v => v.Id == "ICP0308" && v.When.StartsWith("every field", StringComparison.Ordinal));
        string[] paths = [.. RuleSet.Default.Evaluate(latin.Fires()).Findings.Where(f => f.RuleId == "ICP0308").Select(f => f.Path)];
        Assert.Equal(
            [
                "Subject.Name", "Subject.Address.Detail", "Subject.Address.City", "Subject.MailingAddress.Detail",
                "Subject.MailingAddress.City", "Services[0].Description", "People[0].Name",
            ],
            paths);
    }

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

    [Fact]
    public void Every_member_of_a_bureaus_requirements_takes_part_in_its_equality()
    {
        BureauRequirements beijing = ProvinceRequirements.Default.For(Province.Beijing);
        var yes = new ProvinceFact<bool>(true, "test", confirmed: true);
        var two = new ProvinceFact<int>(2, "test", confirmed: true);
        Func<BureauRequirements, BureauRequirements>[] changes =
        [
            b => b with { Province = Province.Tianjin },
            b => b with { MainlandRegistrarRequired = yes },
            b => b with { CommitmentLetterRequired = yes },
            b => b with { OutOfProvinceIndividuals = new ProvinceFact<OutOfProvinceIndividuals>(OutOfProvinceIndividuals.Refused, "test", confirmed: true) },
            b => b with { ForeignIndividualsRefused = yes },
            b => b with { MinimumAge = two },
            b => b with { LocalMobileRequired = yes },
            b => b with { AddressScope = new ProvinceFact<AddressScope>(AddressScope.SameCity, "test", confirmed: true) },
            b => b with { MinimumDomainValidityMonths = two },
            b => b with { MaxDomainsPerOrder = two },
            b => b with { MaxDomainsPerOrganisationOrder = two },
            b => b with { MaxDomainsForIndividualFirstFiling = two },
            b => b with { MaxServicesPerOrder = two },
            b => b with { OneDomainPerWebsite = yes },
            b => b with { PrincipalNotLegalRepresentativeNeedsAuthorisation = null },
            b => b with { SubjectPrincipalMustBeServicePrincipal = yes },
            b => b with { NonMainlandLegalRepresentativeMustAuthorise = yes },
            b => b with { PublicBodiesNeedEstablishmentApproval = yes },
            b => b with { EmptySubjectMayAddServices = null },
            b => b with { Notes = [] },
        ];
        EqualityAssert.EachChangeMatters(beijing, changes);
    }

    [Fact]
    public void Tables_name_the_province_that_is_missing_or_repeated()
    {
        BureauRequirements[] all = [.. ProvinceRequirements.Default.All];
        ArgumentException twice = Assert.Throws<ArgumentException>(() => ProvinceRequirements.Create([.. all, all[0]]));
        Assert.StartsWith("Province Beijing appears twice.", twice.Message, StringComparison.Ordinal);
        ArgumentException missing = Assert.Throws<ArgumentException>(() => ProvinceRequirements.Create(all.Skip(1)));
        Assert.StartsWith("Province Beijing is missing.", missing.Message, StringComparison.Ordinal);
        Assert.Throws<ArgumentNullException>(() => ProvinceRequirements.Create([.. all.Skip(1), null!]));
        Assert.Throws<ArgumentNullException>(() => ProvinceRequirements.Default.With(null!));
    }

    [Fact]
    public void A_report_is_equal_only_to_a_report_with_the_same_findings()
    {
        RuleReport report = Evaluate(Website);
        Assert.True(report.Equals(Evaluate(Website)));
        Assert.False(report.Equals(null));
        Assert.False(report.Equals(Evaluate(MiniProgram)));
    }

    [Theory]
    [InlineData("\u4E00", true)]
    [InlineData("\u9FFF", true)]
    [InlineData("\u3400", true)]
    [InlineData("\u4DBF", true)]
    [InlineData("\u4DC0", false)] // Yijing hexagram symbols, between extension A and the basic block
    [InlineData("\u33FF", false)]
    [InlineData("\uA000", false)]
    [InlineData("Shili 科技", true)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void Chinese_text_is_text_with_an_ideograph_of_the_basic_block_or_extension_A(string? text, bool chinese)
        => Assert.Equal(chinese, ChineseText.HasIdeograph(text));

    [Fact]
    public void The_smaller_of_a_bureaus_two_domain_limits_applies_to_an_individuals_first_filing()
    {
        var limit = (int value) => new ProvinceFact<int>(value, "test", confirmed: true);
        BureauRequirements beijing = ProvinceRequirements.Default.For(Province.Beijing);
        FilingApplication twoDomains = Domains(Individual(), 2);
        bool Fires(BureauRequirements bureau, FilingApplication application)
            => RuleSet.Default.Evaluate(Context(application) with { Provinces = ProvinceRequirements.Default.With(bureau) }).Findings.Any(f => f.RuleId == "ICP0608");

        Assert.True(Fires(beijing with { MaxDomainsPerOrder = limit(1), MaxDomainsForIndividualFirstFiling = limit(3) }, twoDomains));
        Assert.True(Fires(beijing with { MaxDomainsPerOrder = limit(3), MaxDomainsForIndividualFirstFiling = limit(1) }, twoDomains));
        Assert.False(Fires(beijing with { MaxDomainsPerOrder = limit(2), MaxDomainsForIndividualFirstFiling = limit(3) }, twoDomains));
        Assert.False(Fires(beijing with { MaxDomainsPerOrder = limit(3), MaxDomainsForIndividualFirstFiling = limit(2) }, twoDomains));
    }

    [Fact]
    public void Rules_that_look_at_one_kind_of_service_ignore_the_others()
    {
        // Two Mini Programs still need an emergency contact: each non-website service counts, not every other one.
        FilingApplication twoMiniPrograms = MiniProgram with { People = MiniProgram.People.RemoveAt(2), Services = [MiniProgram.Services[0], MiniProgram.Services[0] with { Name = "示例好物二号", AppId = "wx1111111111111111" }] };
        Assert.Contains("ICP0705", Evaluate(twoMiniPrograms).Ids());

        // The domain certificate is asked for once, however many websites the application files.
        FilingApplication twoWebsites = Website with { Services = [Website.Services[0], Domains(Website, 2).Services[0] with { Name = "示例科技商城" }] };
        Assert.Single(Evaluate(twoWebsites.WithoutDocument(FilingDocument.DomainCertificate)).Findings, f => f.RuleId == "ICP0307");

        // A domain given on a Mini Program is not checked as a website's domain.
        FilingApplication miniProgramWithDomain = MiniProgram.WithService(s => s with { Domains = [Website.Services[0].Domains[0] with { Holder = "别人" }] });
        Assert.DoesNotContain("ICP0504", Evaluate(miniProgramWithDomain).Ids());

        // Only public bodies are held to .gov.cn, .政务, .cn or .公益.
        Assert.DoesNotContain("ICP0506", Evaluate(Website.WithDomain(d => d with { Domain = Domain("shili-keji.com") })).Ids());
    }

    [Fact]
    public void A_new_subject_is_recognised_only_from_two_different_credit_codes_or_an_individuals_takeover()
    {
        FilingApplication change = Changed(Website, FilingOperation.Change);
        FilingApplication byIdDocument = change with { Subject = change.Subject with { Certificate = SubjectCertificate.FromIdentityDocument(change.People[1].Document) } };
        Assert.DoesNotContain("ICP0803", RuleSet.Default.Evaluate(Context(byIdDocument) with { PreviouslyApproved = Website }).Ids());
        Assert.DoesNotContain("ICP0803", RuleSet.Default.Evaluate(Context(change) with { PreviouslyApproved = byIdDocument }).Ids());
    }
}
