using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>More examples for the rules whose main case in <see cref="RuleCases"/> reaches only one of their
/// branches: another message, another path, another province's setting, the two sides of an edge. Each fires on its
/// path and, where it has one, stays quiet on its close variant; docs/rules.md lists what each reports, so every
/// message a rule can give is pinned word for word.</summary>
internal static class RuleVariants
{
    internal sealed record Variant(string Id, string When, string Path, Func<RuleContext> Fires, Func<RuleContext>? Quiet);

    private static readonly IdentityDocument Passport = PassportNumber.Parse("E12345678", "USA").Value;

    private static readonly IdentityDocument TravelPermit = TravelPermitNumber.Parse("H12345678").Value;

    // Declared after the documents above: static fields are initialized in order, and Build reads them.
    internal static readonly ImmutableArray<Variant> All = [.. Build()];

    private static Variant V(string id, string when, string path, FilingApplication fires, FilingApplication? quiet = null)
        => new(id, when, path, () => Context(fires), quiet is null ? null : () => Context(quiet));

    private static Variant V(string id, string when, string path, Func<RuleContext> fires, Func<RuleContext>? quiet = null)
        => new(id, when, path, fires, quiet);

    /// <summary>A domain under a Chinese suffix: strict reading takes only the ASCII form, lenient maps this one.</summary>
    private static DomainName Unicode(string text) => DomainName.Parse(text, IcpCompliance.Parsing.ParseMode.Lenient).Value;

    private static FilingApplication Entity(FilingApplication app, EntityType type) => app with { Subject = app.Subject with { EntityType = type } };

    private static FilingApplication WithPrincipal(FilingApplication app, Func<Person, Person> change)
        => app.WithService(s => s with { Principal = change(s.Principal) });

    private static IEnumerable<Variant> Build()
    {
        FilingApplication web = Website;
        FilingApplication mp = MiniProgram;
        FilingApplication individual = Individual();
        FilingApplication personalMp = Entity(mp, EntityType.Individual);
        FilingApplication education = web.WithService(s => s with { ContentCategories = [PreApprovalCategory.Education] });
        PreApproval educationApproval = new() { Category = PreApprovalCategory.Education, DocumentNumber = "京教审〔2026〕1号" };
        FilingApplication addAccess = Changed(web, FilingOperation.AddAccess) with { SubjectNumber = IcpFilingNumber.Parse("京ICP备2026012345号").Value };
        FilingApplication change = Changed(web, FilingOperation.Change);
        FilingApplication mpChange = Changed(mp, FilingOperation.Change);

        yield return V("ICP0101", "hosted in Macao", "Services[0].HostingRegion", web.WithService(s => s with { HostingRegion = HostingRegion.Macao }), web);
        yield return V("ICP0101", "hosted outside China (quiet: a Mini Program hosted outside China, which still files)", "Services[0].HostingRegion", web.WithService(s => s with { HostingRegion = HostingRegion.Overseas }), mp.WithService(s => s with { HostingRegion = HostingRegion.Overseas }));

        FilingApplication app = mp.WithService(s => s with { Kind = ServiceKind.App, Name = "示例好物App", AppId = "cn.shili.haowu", Account = null });
        yield return V("ICP0103", "an App hosted overseas (quiet: a website hosted overseas, which ICP0101 reports)", "Services[0].HostingRegion", app.WithService(s => s with { HostingRegion = HostingRegion.Overseas }), web.WithService(s => s with { HostingRegion = HostingRegion.Overseas }));

        yield return V(
            "ICP0104",
            "a cancellation of a service names none (quiet: the cancellation of the subject)",
            "Services",
            Changed(web, FilingOperation.CancelService) with { Services = [] },
            Changed(web, FilingOperation.CancelSubject) with { Services = [] });

        FilingApplication institution = Entity(web, EntityType.PublicInstitution).WithoutDocument(FilingDocument.BusinessLicenseScan);
        yield return V("ICP0301", "a public institution gives neither certificate (quiet: its organization certificate)", "Documents", institution, institution.WithDocument(FilingDocument.OrganizationCertificateScan));

        yield return V("ICP0302", "an individual files with a credit code", "Subject.Certificate", individual with { Subject = individual.Subject with { Certificate = web.Subject.Certificate } }, individual);

        yield return V("ICP0304", "a Mainland citizen gives a passport", "People[2].Document", web.WithPeople(PersonRole.EmergencyContact, p => p with { Document = Passport }));
        FilingApplication hongKong = web.WithPeople(PersonRole.EmergencyContact, p => p with { Residency = Residency.HongKongResident });
        yield return V("ICP0304", "a Hong Kong resident gives a resident ID card (quiet: the Mainland Travel Permit)", "People[2].Document", hongKong, hongKong.WithPeople(PersonRole.EmergencyContact, p => p with { Document = TravelPermit }));
        yield return V(
            "ICP0304",
            "a foreign service principal and a Taiwan administrator give resident ID cards",
            "Services[0].Principal.Document",
            Account(WithPrincipal(mp, p => p with { Residency = Residency.Foreigner }), a => a with { Administrator = a.Administrator! with { Residency = Residency.TaiwanResident } }));

        FilingApplication websiteAfterMiniProgram = web with { Services = [mp.Services[0], web.Services[0]] };
        yield return V(
            "ICP0307",
            "the website comes after a Mini Program (quiet: a website with no domain)",
            "Documents",
            websiteAfterMiniProgram.WithoutDocument(FilingDocument.DomainCertificate),
            web.WithService(s => s with { Domains = [] }).WithoutDocument(FilingDocument.DomainCertificate));

        FilingApplication latin = web.WithService(s => s with { Description = "The company's website" }).WithPeople(PersonRole.LegalRepresentative, p => p with { Name = "Zhang Wei" }) with
        {
            Subject = web.Subject with
            {
                Name = "Shili Technology Co., Ltd.",
                Address = web.Subject.Address with { City = "Beijing", Detail = "1 Zhongguancun Street" },
                MailingAddress = web.Subject.Address with { City = "Beijing", Detail = "2 Example Road" },
            },
        };
        yield return V(
            "ICP0308",
            "every field in Latin letters (quiet: a foreign national's Latin name)",
            "Subject.Name",
            latin,
            web.WithPeople(PersonRole.EmergencyContact, p => p with { Name = "John Smith", Residency = Residency.Foreigner, Document = Passport }));

        yield return V("ICP0309", "a service with no pre-approval content and no declaration", "Documents", web.WithoutDocument(FilingDocument.NoPreApprovalDeclaration), web);
        FilingApplication approved = education.WithService(s => s with { PreApprovals = [educationApproval] });
        yield return V("ICP0309", "the approval is held but its documents are missing", "Documents", approved, approved.WithDocument(FilingDocument.PreApprovalDocuments));
        FilingApplication twoCategories = approved.WithService(s => s with { ContentCategories = [PreApprovalCategory.Education, PreApprovalCategory.Medical] }).WithDocument(FilingDocument.PreApprovalDocuments);
        yield return V(
            "ICP0309",
            "two categories, only one approved (quiet: both)",
            "Services[0].PreApprovals",
            twoCategories,
            twoCategories.WithService(s => s with { PreApprovals = [educationApproval, new PreApproval { Category = PreApprovalCategory.Medical, DocumentNumber = "京卫审〔2026〕2号" }] }));

        FilingApplication silentPrincipal = web.WithPeople(PersonRole.SubjectPrincipal, p => p with { Mobile = null });
        yield return V(
            "ICP0401",
            "the subject principal of a first filing has no mobile (quiet: when a service is added)",
            "People[1].Mobile",
            silentPrincipal,
            Changed(silentPrincipal, FilingOperation.AddService) with { SubjectNumber = addAccess.SubjectNumber });
        yield return V("ICP0401", "the subject principal of a change has no mobile", "People[1].Mobile", Changed(silentPrincipal, FilingOperation.Change));
        FilingApplication silentRepresentative = web.WithPeople(PersonRole.LegalRepresentative, p => p with { Mobile = null });
        yield return V(
            "ICP0401",
            "an organization's legal representative has no mobile (quiet: when a service is added)",
            "People[0].Mobile",
            silentRepresentative,
            Changed(silentRepresentative, FilingOperation.AddService) with { SubjectNumber = addAccess.SubjectNumber });

        yield return V(
            "ICP0402",
            "an administrator's document has expired",
            "Services[0].Account.Administrator.DocumentValidUntil",
            Account(mp, a => a with { Administrator = a.Administrator! with { DocumentValidUntil = Today.PlusDays(-1) } }));

        yield return V(
            "ICP0403",
            "a document valid until today (quiet: until yesterday, which ICP0402 reports)",
            "People[2].DocumentValidUntil",
            web.WithPeople(PersonRole.EmergencyContact, p => p with { DocumentValidUntil = Today }),
            web.WithPeople(PersonRole.EmergencyContact, p => p with { DocumentValidUntil = Today.PlusDays(-1) }));

        FilingApplication newAdminMobile = Account(mpChange, a => a with { Administrator = a.Administrator! with { Mobile = Mobile("13600001111") } });
        yield return V(
            "ICP0404",
            "only the administrator's mobile changes (quiet: the approved filing named no administrator)",
            "Services[0].Account.Administrator",
            () => Context(newAdminMobile) with { PreviouslyApproved = mp },
            () => Context(newAdminMobile) with { PreviouslyApproved = Account(mp, a => a with { Administrator = null }) });
        yield return V(
            "ICP0404",
            "only the administrator's name changes (quiet: no approved filing is given)",
            "Services[0].Account.Administrator",
            () => Context(Account(mpChange, a => a with { Administrator = a.Administrator! with { Name = "刘阳" } })) with { PreviouslyApproved = mp },
            () => Context(Account(mpChange, a => a with { Administrator = a.Administrator! with { Name = "刘阳" } })));

        yield return V("ICP0405", "the subject's own ID number is checked too", "Subject.Certificate", Individual("119901199001011239"));
        yield return V("ICP0406", "the subject's own ID number is checked too", "Subject.Certificate", Individual("110103201201011234"), Individual("110103199501011236"));

        Person secondRepresentative = web.People[0] with { Name = "王强", Document = Id("110108199003072513") };
        yield return V(
            "ICP0408",
            "a second legal representative (quiet: the legal representative is also the subject principal)",
            "People[3]",
            web with { People = web.People.Add(secondRepresentative) },
            web);

        yield return V("ICP0502", "a suffix whose approval is unclear (.org; quiet: .xyz, approved)", "Services[0].Domains[0]", web.WithDomain(d => d with { Domain = Domain("shili-keji.org") }), web.WithDomain(d => d with { Domain = Domain("shili-keji.xyz") }));
        yield return V("ICP0502", "a suffix the list does not know (quiet: a .cn category, approved)", "Services[0].Domains[0]", web.WithDomain(d => d with { Domain = Domain("shili-keji.zz") }), web.WithDomain(d => d with { Domain = Domain("shili-keji.bj.cn") }));
        yield return V(
            "ICP0502",
            "a provider's list that refuses .xyz (quiet: the built-in list)",
            "Services[0].Domains[0]",
            () => Context(web.WithDomain(d => d with { Domain = Domain("shili-keji.xyz") })) with { TopLevelDomains = FilingTopLevelDomains.Default.With(new FilingSuffix("xyz", FilingSuffixStatus.NotApproved, "a provider's own list", "2026-12-01")) },
            () => Context(web.WithDomain(d => d with { Domain = Domain("shili-keji.xyz") })));

        yield return V("ICP0504", "the holder differs (quiet: only by surrounding spaces)", "Services[0].Domains[0].Holder", web.WithDomain(d => d with { Holder = "北京示例科技有限公司二部" }), web.WithDomain(d => d with { Holder = " 北京示例科技有限公司 " }));

        FilingApplication government = Entity(web, EntityType.GovernmentBody);
        FilingApplication publicInstitution = Entity(web, EntityType.PublicInstitution);
        yield return V("ICP0506", "a public institution under .com (quiet: a government body under .gov.cn)", "Services[0].Domains[0]", publicInstitution.WithDomain(d => d with { Domain = Domain("shili-keji.com") }), government.WithDomain(d => d with { Domain = Domain("shili-keji.gov.cn") }));
        yield return V("ICP0506", "a government body under .公益 (quiet: under .政务)", "Services[0].Domains[0]", government.WithDomain(d => d with { Domain = Unicode("shili-keji.公益") }), government.WithDomain(d => d with { Domain = Unicode("shili-keji.政务") }));
        yield return V("ICP0506", "a public institution under .政务 (quiet: under .公益)", "Services[0].Domains[0]", publicInstitution.WithDomain(d => d with { Domain = Unicode("shili-keji.政务") }), publicInstitution.WithDomain(d => d with { Domain = Unicode("shili-keji.公益") }));

        yield return V(
            "ICP0600",
            "the credit code was issued in another province (quiet: a national registration's code, division 100000)",
            "Subject.Province",
            web with { Subject = web.Subject with { Province = Province.Shanghai, Address = web.Subject.Address with { Province = Province.Shanghai, City = "上海市" } } },
            web.InProvince(Province.Shanghai, "上海市") with { Subject = web.InProvince(Province.Shanghai, "上海市").Subject with { Certificate = CreditIn(100000) } });

        FilingApplication inShanghai = Individual().FiledIn(Province.Shanghai);
        yield return V("ICP0603", "Shanghai wants a residence permit (quiet: given)", "Documents", inShanghai, inShanghai.WithDocument(FilingDocument.ResidencePermit));
        FilingApplication inGuangdong = Individual().FiledIn(Province.Guangdong);
        yield return V("ICP0603", "Guangdong wants a residence permit or social security records (quiet: the records)", "Documents", inGuangdong, inGuangdong.WithDocument(FilingDocument.SocialSecurityRecord));
        yield return V("ICP0603", "Shanxi refuses even with a residence permit (quiet: a document address in Shanxi)", "Subject.Address", Individual().FiledIn(Province.Shanxi).WithDocument(FilingDocument.ResidencePermit), Individual(WithCheck("14010519900307251"), Province.Shanxi));
        yield return V("ICP0603", "Guangxi refuses (quiet: a Beijing-issued ID number whose holder's address is in Guangxi)", "Subject.Address", Individual().FiledIn(Province.Guangxi), Individual("110108199003072513", Province.Guangxi));
        FilingApplication personalMiniProgram = Individual() with
        {
            Services = [mp.Services[0] with { Principal = Individual().People[0] with { Role = PersonRole.ServicePrincipal }, Account = mp.Services[0].Account! with { Verified = false } }],
        };
        yield return V(
            "ICP0603",
            "a personal Mini Program in Beijing, whose data says nothing: the WeChat guide's national rule (quiet: social security records)",
            "Documents",
            personalMiniProgram.InProvince(Province.Hebei, "石家庄市").FiledIn(Province.Beijing),
            personalMiniProgram.InProvince(Province.Hebei, "石家庄市").FiledIn(Province.Beijing).WithDocument(FilingDocument.SocialSecurityRecord));
        yield return V(
            "ICP0603",
            "a personal website in Beijing, whose data says nothing: the general rule, a warning (quiet: a residence permit)",
            "Documents",
            Individual().InProvince(Province.Hebei, "石家庄市").FiledIn(Province.Beijing),
            Individual().InProvince(Province.Hebei, "石家庄市").FiledIn(Province.Beijing).WithDocument(FilingDocument.ResidencePermit));

        yield return V("ICP0604", "the subject turns 18 tomorrow (quiet: today)", "Subject.Certificate", Individual(WithCheck("13010220081124123"), Province.Hebei), Individual(WithCheck("13010220081123123"), Province.Hebei));

        FilingApplication inHunan = Individual("43010219900307251X", Province.Hunan);
        Person contact = inHunan.People[0] with { Role = PersonRole.EmergencyContact, Name = "钱程", MobileRegisteredIn = Province.Beijing };
        yield return V(
            "ICP0605",
            "the service principal's mobile is from another province (quiet: only an emergency contact's is)",
            "Services[0].Principal.Mobile",
            WithPrincipal(inHunan, p => p with { MobileRegisteredIn = Province.Beijing }),
            inHunan with { People = inHunan.People.Add(contact) });

        FilingApplication hebei = Website.InProvince(Province.Hebei, "石家庄市");
        yield return V("ICP0606", "in Hebei, a mailing address with the same city name in another province", "Subject.MailingAddress", hebei with { Subject = hebei.Subject with { MailingAddress = hebei.Subject.Address with { Province = Province.Beijing } } });
        ProvinceRequirements sameProvince = ProvinceRequirements.Default.With(ProvinceRequirements.Default.For(Province.Beijing) with
        {
            AddressScope = new ProvinceFact<AddressScope>(AddressScope.SameProvince, "a provider's own table", confirmed: false),
        });
        FilingApplication mailedFromTianjin = web with { Subject = web.Subject with { MailingAddress = new Address { Province = Province.Tianjin, City = "天津市", Detail = "和平区示例路3号" } } };
        FilingApplication mailedFromHaidian = web with { Subject = web.Subject with { MailingAddress = web.Subject.Address with { City = "海淀区" } } };
        yield return V(
            "ICP0606",
            "a provider's table that asks for the same province, and a mailing address in Tianjin (quiet: in another city of Beijing)",
            "Subject.MailingAddress",
            () => Context(mailedFromTianjin) with { Provinces = sameProvince },
            () => Context(mailedFromHaidian) with { Provinces = sameProvince });

        FilingApplication henanIndividual = Domains(Individual(WithCheck("41010219900307251"), Province.Henan), 6);
        yield return V(
            "ICP0608",
            "in Henan, an enterprise's six domains (quiet: an individual's, which Henan's per-enterprise limit does not reach)",
            "Services",
            Domains(Website.InProvince(Province.Henan, "郑州市"), 6),
            henanIndividual);

        FilingApplication hainan = Domains(Individual(province: Province.Hainan), 2);
        yield return V(
            "ICP0608",
            "in Hainan, an individual's first filing with two domains (quiet: when a service is added)",
            "Services",
            hainan,
            Changed(hainan, FilingOperation.AddService) with { SubjectNumber = addAccess.SubjectNumber });
        FilingApplication henan = Domains(Website.InProvince(Province.Henan, "郑州市"), 5);
        yield return V(
            "ICP0608",
            "in Henan, five domains and a sixth on a second website (quiet: a Mini Program instead)",
            "Services",
            henan with { Services = henan.Services.Add(web.Services[0] with { Name = "示例科技商城" }) },
            henan with { Services = henan.Services.Add(mp.Services[0]) });

        FilingApplication otherLegalRep = web.WithPeople(PersonRole.LegalRepresentative, p => p with { Name = "王强", Document = Id("110108199003072513") }).InProvince(Province.Shanghai, "上海市");
        yield return V(
            "ICP0612",
            "in Shanghai, where the requirement is confirmed (quiet: the letter is given)",
            "Documents",
            otherLegalRep,
            otherLegalRep.WithDocument(FilingDocument.AuthorizationLetter));
        yield return V(
            "ICP0612",
            "in Shanghai, no legal representative is named, so it cannot be checked (quiet: an individual)",
            "People",
            otherLegalRep with { People = otherLegalRep.People.RemoveAt(0) },
            Individual(province: Province.Shanghai));

        FilingApplication anhui = web.InProvince(Province.Anhui, "合肥市");
        FilingService byPrincipal = web.Services[0] with { Principal = web.People[1] with { Role = PersonRole.ServicePrincipal } };
        yield return V(
            "ICP0613",
            "in Anhui, the second service has another principal (quiet: both have the subject principal)",
            "Services[1].Principal",
            anhui with { Services = [byPrincipal, web.Services[0]] },
            anhui with { Services = [byPrincipal, byPrincipal with { Name = "示例科技商城" }] });

        FilingApplication foreignBoth = web.InProvince(Province.Shanxi, "太原市")
            .WithPeople(PersonRole.LegalRepresentative, p => p with { Name = "John Smith", Residency = Residency.Foreigner })
            .WithPeople(PersonRole.SubjectPrincipal, p => p with { Residency = Residency.Foreigner })
            .WithDocument(FilingDocument.AuthorizationLetter);
        yield return V("ICP0614", "the subject principal is foreign too, with a letter", "People", foreignBoth);
        FilingApplication shanxi = web.InProvince(Province.Shanxi, "太原市");
        yield return V(
            "ICP0614",
            "in Shanxi, no legal representative is named, so it cannot be checked (quiet: a Mainland legal representative)",
            "People",
            shanxi with { People = shanxi.People.RemoveAt(0) },
            shanxi);

        FilingApplication jiangxiGovernment = Entity(web.InProvince(Province.Jiangxi, "南昌市"), EntityType.GovernmentBody);
        yield return V("ICP0615", "a government body (quiet: an enterprise)", "Documents", jiangxiGovernment, web.InProvince(Province.Jiangxi, "南昌市"));

        yield return V("ICP0699", "Shanghai's two confirmed notes", "Subject.Province", web.InProvince(Province.Shanghai, "上海市"));

        yield return V("ICP0701", "payments enabled, not commercial", "Services[0].Account.PaymentsEnabled", Account(personalMp, a => a with { PaymentsEnabled = true, Verified = false }));
        yield return V("ICP0701", "a verified account, not commercial (quiet: unverified)", "Services[0].Account.Verified", personalMp, Account(personalMp, a => a with { Verified = false }));
        FilingApplication personalBoth = individual with { Services = [individual.Services[0] with { IsCommercial = true }, personalMp.Services[0] with { IsCommercial = true }] };
        yield return V("ICP0701", "a commercial website before the Mini Program", "Services[1].IsCommercial", personalBoth);

        yield return V(
            "ICP0702",
            "a public institution's unverified account (quiet: an individual's)",
            "Services[0].Account.Verified",
            Account(Entity(mp, EntityType.PublicInstitution), a => a with { Verified = false }),
            Account(personalMp, a => a with { Verified = false }));

        yield return V("ICP0704", "no platform account", "Services[0].Account", mp.WithService(s => s with { Account = null }));
        yield return V("ICP0704", "an administrator without a mobile number", "Services[0].Account.Administrator.Mobile", Account(mp, a => a with { Administrator = a.Administrator! with { Mobile = null } }));

        yield return V("ICP0705", "the emergency contact has no mobile number (quiet: an App, for which no source asks one)", "People[2].Mobile", mp.WithPeople(PersonRole.EmergencyContact, p => p with { Mobile = null }), app with { People = app.People.RemoveAt(2) });

        FilingApplication hunanWebsite = web.InProvince(Province.Hunan, "长沙市");
        yield return V(
            "ICP0609",
            "in Hunan, two websites (quiet: a website and an App, which is not counted)",
            "Services",
            hunanWebsite with { Services = [hunanWebsite.Services[0], hunanWebsite.Services[0] with { Name = "示例科技商城", Domains = [hunanWebsite.Services[0].Domains[0] with { Domain = Domain("shili-shop.cn") }] }] },
            hunanWebsite with { Services = [hunanWebsite.Services[0], app.Services[0]] });

        yield return V(
            "ICP0616",
            "in Hainan, a subject without services adds one (quiet: the approved filing still holds a service)",
            "Operation",
            () => Context(Changed(web.InProvince(Province.Hainan, "海口市"), FilingOperation.AddService)) with { PreviouslyApproved = web with { Services = [] } },
            () => Context(Changed(web.InProvince(Province.Hainan, "海口市"), FilingOperation.AddService)) with { PreviouslyApproved = web });

        yield return V("ICP0708", "a blank AppID", "Services[0].AppId", mp.WithService(s => s with { AppId = "  " }));

        FilingApplication changedSubjectPrincipal = addAccess.WithPeople(PersonRole.SubjectPrincipal, p => p with { Mobile = Mobile("13800001111") });
        yield return V(
            "ICP0801",
            "the subject principal differs (quiet: the credit code differs, so it is another subject)",
            "People[1]",
            () => Context(changedSubjectPrincipal) with { PreviouslyApproved = web },
            () => Context(changedSubjectPrincipal with { Subject = changedSubjectPrincipal.Subject with { Certificate = Credit("91440300MA01B2C34B") } }) with { PreviouslyApproved = web });
        yield return V(
            "ICP0801",
            "the subject's details differ",
            "Subject",
            () => Context(addAccess with { Subject = addAccess.Subject with { Address = addAccess.Subject.Address with { Detail = "海淀区中关村大街2号" } } }) with { PreviouslyApproved = web });

        yield return V(
            "ICP0803",
            "an organization takes over an individual's filing (quiet: an individual with another ID number)",
            "Subject.EntityType",
            () => Context(change) with { PreviouslyApproved = individual },
            () => Context(Changed(Individual("43010219900307251X"), FilingOperation.Change)) with { PreviouslyApproved = individual });
    }
}
