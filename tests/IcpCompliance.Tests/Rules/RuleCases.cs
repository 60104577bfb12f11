using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>For every built-in rule, an application that makes it fire (with the path it must report) and a
/// close variant that must not.</summary>
internal static class RuleCases
{
    internal sealed record Case(string Id, Func<RuleContext> Fires, Func<RuleContext> Quiet, string Path);

    internal static readonly IReadOnlyDictionary<string, Case> All = Build().ToDictionary(c => c.Id);

    private static Case C(string id, FilingApplication fires, FilingApplication quiet, string path)
        => new(id, () => Context(fires), () => Context(quiet), path);

    private static Case C(string id, Func<RuleContext> fires, Func<RuleContext> quiet, string path) => new(id, fires, quiet, path);

    private static IEnumerable<Case> Build()
    {
        FilingApplication web = Website;
        FilingApplication mp = MiniProgram;
        FilingApplication shanghai = web.InProvince(Province.Shanghai, "上海市");
        FilingApplication overseasRegistrar = web.WithDomain(d => d with { RegisteredInMainland = false });
        FilingApplication commercial = web.WithService(s => s with { IsCommercial = true });
        FilingApplication personalMp = mp with { Subject = mp.Subject with { EntityType = EntityType.Individual } };
        FilingApplication otherLegalRep = web.WithPeople(PersonRole.LegalRepresentative, p => p with { Name = "王强", Document = Id("110108199003072513") });
        FilingApplication foreignLegalRep = web.InProvince(Province.Shanxi, "太原市").WithPeople(PersonRole.LegalRepresentative, p => p with { Name = "John Smith", Residency = Residency.Foreigner });
        FilingApplication education = web.WithService(s => s with { ContentCategories = [PreApprovalCategory.Education] });
        FilingApplication addAccess = Changed(web, FilingOperation.AddAccess) with { SubjectNumber = IcpCompliance.Numbers.IcpFilingNumber.Parse("京ICP备2026012345号").Value };
        FilingApplication changedPrincipal = addAccess.WithService(s => s with { Principal = s.Principal with { Name = "周杰", Document = Id("110108199003072513") } });
        FilingApplication change = Changed(web, FilingOperation.Change);

        yield return C("ICP0101", web.WithService(s => s with { HostingRegion = HostingRegion.HongKong }), web, "Services[0].HostingRegion");
        yield return C("ICP0102", web, web.WithService(s => s with { HostingRegion = HostingRegion.Overseas }), "Services[0].HostingRegion");
        yield return C("ICP0103", mp.WithService(s => s with { HostingRegion = HostingRegion.HongKong }), mp, "Services[0].HostingRegion");
        yield return C("ICP0104", web with { Services = [] }, web, "Services");
        yield return C("ICP0201", commercial, web, "Services[0].IsCommercial");
        yield return C("ICP0202", Individual().WithService(s => s with { IsCommercial = true }), commercial, "Services[0].IsCommercial");
        yield return C("ICP0301", web.WithoutDocument(FilingDocument.BusinessLicenseScan), Individual(), "Documents");
        yield return C("ICP0302", web with { Subject = web.Subject with { Certificate = SubjectCertificate.FromIdentityDocument(web.People[0].Document) } }, web, "Subject.Certificate");
        yield return C("ICP0303", web with { People = web.People.RemoveAt(1) }, web, "People");
        yield return C("ICP0304", web.WithPeople(PersonRole.EmergencyContact, p => p with { Residency = Residency.Foreigner }), web, "People[2].Document");
        yield return C("ICP0305", web.WithoutDocument(FilingDocument.IdentityDocumentScans), web, "Documents");
        yield return C("ICP0306", web.WithoutDocument(FilingDocument.FaceVerification), web, "Documents");
        yield return C("ICP0307", web.WithoutDocument(FilingDocument.DomainCertificate), mp, "Documents");
        yield return C("ICP0308", web.WithService(s => s with { Name = "Shili Tech" }), web, "Services[0].Name");
        yield return C("ICP0309", education, education.WithService(s => s with { PreApprovals = [new PreApproval { Category = PreApprovalCategory.Education, DocumentNumber = "京教审〔2026〕1号" }] }).WithDocument(FilingDocument.PreApprovalDocuments), "Services[0].PreApprovals");
        yield return C("ICP0401", web.WithService(s => s with { Principal = s.Principal with { Mobile = null } }), Changed(web, FilingOperation.CancelService).WithService(s => s with { Principal = s.Principal with { Mobile = null } }), "Services[0].Principal.Mobile");
        yield return C("ICP0402", web.WithPeople(PersonRole.EmergencyContact, p => p with { DocumentValidUntil = Today.PlusDays(-1) }), web.WithPeople(PersonRole.EmergencyContact, p => p with { DocumentValidUntil = Today }), "People[2].DocumentValidUntil");
        yield return C("ICP0403", web.WithPeople(PersonRole.EmergencyContact, p => p with { DocumentValidUntil = Today.PlusDays(10) }), web.WithPeople(PersonRole.EmergencyContact, p => p with { DocumentValidUntil = Today.PlusDays(30) }), "People[2].DocumentValidUntil");
        FilingApplication newAdmin = Account(Changed(mp, FilingOperation.Change), a => a with { Administrator = a.Administrator! with { Name = "王强", Document = Id("440305199003072511") } });
        yield return C("ICP0404", () => Context(newAdmin) with { PreviouslyApproved = mp }, () => Context(Changed(mp, FilingOperation.Change)) with { PreviouslyApproved = mp }, "Services[0].Account.Administrator");
        yield return C("ICP0405", web.WithPeople(PersonRole.EmergencyContact, p => p with { Document = Id("119901199001011239") }), web, "People[2].Document");
        yield return C("ICP0406", web.WithPeople(PersonRole.EmergencyContact, p => p with { Document = Id("110103201201011234") }), web.WithPeople(PersonRole.EmergencyContact, p => p with { Document = Id("110103199501011236") }), "People[2].Document");
        yield return C("ICP0407", web with { People = web.People.RemoveAt(0) }, Individual(), "People");
        yield return C("ICP0408", web with { People = web.People.Add(web.People[2]) }, web, "People[3]");
        yield return C("ICP0501", web.WithService(s => s with { Domains = [] }), web, "Services[0].Domains");
        yield return C("ICP0502", web.WithDomain(d => d with { Domain = Domain("shili-keji.io") }), web, "Services[0].Domains[0]");
        yield return C("ICP0503", web.WithDomain(d => d with { Domain = Domain("www.shili-keji.cn") }), web, "Services[0].Domains[0]");
        yield return C("ICP0504", web.WithDomain(d => d with { Holder = "张伟" }), web, "Services[0].Domains[0].Holder");
        yield return C("ICP0505", shanghai.WithDomain(d => d with { RegisteredInMainland = false }), overseasRegistrar, "Services[0].Domains[0].RegisteredInMainland");
        yield return C("ICP0506", web with { Subject = web.Subject with { EntityType = EntityType.GovernmentBody } }, web with { Subject = web.Subject with { EntityType = EntityType.PublicInstitution } }, "Services[0].Domains[0]");
        yield return C("ICP0507", web.WithService(s => s with { Domains = [s.Domains[0], s.Domains[0]] }), Domains(web, 2), "Services[0].Domains[1]");
        yield return C("ICP0600", web.FiledIn(Province.Shanghai), shanghai, "Subject.Province");
        yield return C("ICP0601", overseasRegistrar, shanghai.WithDomain(d => d with { RegisteredInMainland = false }), "Services[0].Domains[0].RegisteredInMainland");
        yield return C("ICP0602", mp.WithoutDocument(FilingDocument.StampedCommitmentLetter), web, "Documents");
        yield return C("ICP0603", Individual().FiledIn(Province.Shanxi), Individual(), "Subject.Address");
        yield return C("ICP0604", Individual("130102201201011231", Province.Hebei), Individual("130102198501011239", Province.Hebei), "Subject.Certificate");
        yield return C("ICP0605", Individual("43010219900307251X", Province.Hunan).WithPeople(PersonRole.SubjectPrincipal, p => p with { MobileRegisteredIn = Province.Beijing }), Individual("43010219900307251X", Province.Hunan), "People[0].Mobile");
        FilingApplication hebei = web.InProvince(Province.Hebei, "石家庄市");
        yield return C("ICP0606", hebei with { Subject = hebei.Subject with { MailingAddress = hebei.Subject.Address with { City = "保定市" } } }, hebei with { Subject = hebei.Subject with { MailingAddress = hebei.Subject.Address with { Detail = "长安区示例路2号" } } }, "Subject.MailingAddress");
        yield return C("ICP0607", web.WithDomain(d => d with { ExpiresOn = Today.PlusMonths(3) }), web.WithDomain(d => d with { ExpiresOn = Today.PlusMonths(3).PlusDays(1) }), "Services[0].Domains[0].ExpiresOn");
        FilingApplication henan = web.InProvince(Province.Henan, "郑州市");
        yield return C("ICP0608", Domains(henan, 6), Domains(henan, 5), "Services");
        FilingApplication hunan = web.InProvince(Province.Hunan, "长沙市");
        yield return C("ICP0609", hunan with { Services = [hunan.Services[0], hunan.Services[0] with { Name = "示例科技商城" }] }, hunan, "Services");
        FilingApplication xinjiang = web.InProvince(Province.Xinjiang, "乌鲁木齐市");
        yield return C("ICP0610", Domains(xinjiang, 2), Domains(xinjiang, 1), "Services[0].Domains");
        yield return C("ICP0611", Individual("130102198501011239", Province.Hebei).WithPeople(PersonRole.SubjectPrincipal, p => p with { Residency = Residency.Foreigner }), Individual().WithPeople(PersonRole.SubjectPrincipal, p => p with { Residency = Residency.Foreigner }), "Subject.Certificate");
        yield return C("ICP0612", otherLegalRep, otherLegalRep.WithDocument(FilingDocument.AuthorizationLetter), "Documents");
        yield return C("ICP0613", web.InProvince(Province.Anhui, "合肥市"), web, "Services[0].Principal");
        yield return C("ICP0614", foreignLegalRep, foreignLegalRep.WithDocument(FilingDocument.AuthorizationLetter), "People");
        FilingApplication jiangxiInstitution = web.InProvince(Province.Jiangxi, "南昌市") is var jx ? jx with { Subject = jx.Subject with { EntityType = EntityType.PublicInstitution } } : web;
        yield return C("ICP0615", jiangxiInstitution, jiangxiInstitution.WithDocument(FilingDocument.EstablishmentApproval), "Documents");
        FilingApplication hebeiAddsToEmptySubject = Changed(web.InProvince(Province.Hebei, "石家庄市"), FilingOperation.AddService);
        yield return C(
            "ICP0616",
            () => Context(hebeiAddsToEmptySubject) with { PreviouslyApproved = hebeiAddsToEmptySubject with { Services = [] } },
            () => Context(Changed(web, FilingOperation.AddService)) with { PreviouslyApproved = web with { Services = [] } },
            "Operation");
        yield return C("ICP0699", web, web.InProvince(Province.Jiangsu, "南京市"), "Subject.Province");
        yield return C("ICP0701", personalMp.WithService(s => s with { IsCommercial = true }), mp.WithService(s => s with { IsCommercial = true }), "Services[0].IsCommercial");
        yield return C("ICP0702", Account(mp, a => a with { Verified = false }), mp, "Services[0].Account.Verified");
        yield return C("ICP0703", Account(mp, a => a with { EmailUsedByAnotherAccount = true }), mp, "Services[0].Account.Email");
        yield return C("ICP0704", Account(mp, a => a with { Administrator = null }), mp, "Services[0].Account.Administrator");
        yield return C("ICP0705", mp with { People = mp.People.RemoveAt(2) }, web with { People = web.People.RemoveAt(2) }, "People");
        yield return C("ICP0706", Account(mp, a => a with { PaymentsEnabled = true }), Account(mp, a => a with { PaymentsEnabled = true, BankAccountProvided = true }), "Services[0].Account.BankAccountProvided");
        yield return C("ICP0707", Account(mp, a => a with { BankAccountProvided = true }), mp, "Services[0].Account.BankAccountProvided");
        yield return C("ICP0708", mp.WithService(s => s with { AppId = null }), mp, "Services[0].AppId");
        yield return C("ICP0801", () => Context(changedPrincipal) with { PreviouslyApproved = web }, () => Context(addAccess) with { PreviouslyApproved = web }, "Services[0].Principal");
        yield return C("ICP0802", () => Context(change) with { PreviouslyApproved = web }, () => Context(change.WithService(s => s with { Principal = s.Principal with { Mobile = Mobile("13900001111") } })) with { PreviouslyApproved = web }, "Operation");
        yield return C("ICP0803", () => Context(change with { Subject = change.Subject with { Certificate = Credit("91440300MA01B2C34B") } }) with { PreviouslyApproved = web }, () => Context(change with { Subject = change.Subject with { Name = "北京示例信息技术有限公司" } }) with { PreviouslyApproved = web }, "Subject.Certificate");
    }

    /// <summary>Every example: the firing and quiet side of each case and of each of <see cref="RuleVariants"/>.</summary>
    internal static RuleContext[] Examples()
        => [.. All.Values.SelectMany(c => new[] { c.Fires(), c.Quiet() }), .. RuleVariants.All.SelectMany(v => v.Quiet is null ? [v.Fires()] : new[] { v.Fires(), v.Quiet() })];

    internal static ImmutableArray<string> Ids => [.. All.Keys.Order(StringComparer.Ordinal)];
}
