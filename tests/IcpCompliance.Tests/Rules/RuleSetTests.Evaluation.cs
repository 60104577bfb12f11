using System;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

public sealed partial class RuleSetTests
{
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
    public void A_report_is_equal_only_to_a_report_with_the_same_findings()
    {
        RuleReport report = Evaluate(Website);
        Assert.True(report.Equals(Evaluate(Website)));
        Assert.False(report.Equals(null));
        Assert.False(report.Equals(Evaluate(MiniProgram)));
    }

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
    public void A_new_subject_is_recognized_only_from_two_different_credit_codes_or_an_individuals_takeover()
    {
        FilingApplication change = Changed(Website, FilingOperation.Change);
        FilingApplication byIdDocument = change with { Subject = change.Subject with { Certificate = SubjectCertificate.FromIdentityDocument(change.People[1].Document) } };
        Assert.DoesNotContain("ICP0803", RuleSet.Default.Evaluate(Context(byIdDocument) with { PreviouslyApproved = Website }).Ids());
        Assert.DoesNotContain("ICP0803", RuleSet.Default.Evaluate(Context(change) with { PreviouslyApproved = byIdDocument }).Ids());
    }

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
}
