using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;
using static IcpCompliance.Tests.Rules.Scenarios.ScenarioBases;

namespace IcpCompliance.Tests.Rules.Scenarios;

/// <summary>
/// The scenario suite: realistic applications, each a small change to one of <see cref="ScenarioBases"/>, each named
/// after the source sentence it enforces and quoting it, with the verdict a hosting provider must get (ready to submit
/// or not) and the field the decisive finding concerns. The first group are fully correct applications of several
/// provinces and kinds of subject; then applications a source lets through although an older verdict refused them;
/// then applications a source refuses.
/// </summary>
internal static class SourceScenarios
{
    private const string IcpGuide = "Alibaba Cloud community blog: How to Register for an ICP Number";
    private const string SmsFaq = "SMS verification FAQ";
    private const string WeChatGuide = "WeChat Mini Program Registration, Verification & Filing Guide (with FAQs)";
    private const string Huawei = "Huawei Cloud ICP knowledge base, 备案管局咨询 (facts §4)";

    internal static readonly ImmutableArray<SourceScenario> All = [.. Build()];

    private static SourceScenario Ready(string name, string quote, string source, FilingApplication application, string? ruleId = null, string? path = null)
        => new(name, quote, source, () => Context(application), true, ruleId, path);

    private static SourceScenario Refused(string name, string quote, string source, FilingApplication application, string ruleId, string path)
        => new(name, quote, source, () => Context(application), false, ruleId, path);

    private static IEnumerable<SourceScenario> Build()
    {
        FilingApplication web = BeijingCompanyWebsite;
        FilingApplication mp = GuangdongCompanyMiniProgram;
        FilingApplication personalMp = BeijingPersonalMiniProgram;
        IcpFilingNumber subjectNumber = IcpFilingNumber.Parse("京ICP备2026012345号").Value;

        // Fully correct applications: ready, nothing to look at.
        yield return Ready(
            "A Beijing company files its website with the documents the guide lists",
            "For an ICP Filing, you will need the following items: The business license of your company or the organization code. A valid ID of the person in charge of the business office in China. A valid ID of the person in charge of the websites. Complete the real-time face identification verification.",
            IcpGuide,
            web);
        yield return Ready(
            "A Guangdong company's verified Mini Program files with signed and stamped documents",
            "For Guangdong-based companies, signed and stamped documents must be uploaded.",
            WeChatGuide,
            mp);
        yield return Ready(
            "A Shanghai resident files a personal website with the resident identity card",
            "Mainland China citizens will need to submit a scan of their resident identity card.",
            IcpGuide,
            ShanghaiPersonalBlog);
        yield return Ready(
            "A Hunan resident files with a Hunan mobile number",
            "湖南(43): one site/domain per order; subject with >1 approved site needs 网站建设方案书; individuals ≥18; responsible person's mobile must be a Hunan number",
            Huawei,
            HunanPersonalWebsite);
        yield return Ready(
            "A Hebei company files in the province where it is registered",
            "The submission will be made to the local branch of China's Ministry of Industry and Information Technology (MIIT) in the province or municipality where your business is registered, which is what the law requires.",
            IcpGuide,
            HebeiCompanyWebsite);
        yield return Ready(
            "A Zhejiang public institution files a .cn site with its organization certificate",
            "党政机关 domains must end .gov.cn or .政务; 事业单位 .cn or .公益 (《互联网政务应用安全管理规定》)",
            "facts §4 (Huawei Cloud 备案管局咨询, Shanghai and Zhejiang entries)",
            ZhejiangPublicInstitution);
        yield return Ready(
            "A Jiangxi government body files a .gov.cn site with its establishment approval",
            "江西(36): cross-province individuals need 本省居住证; 党政机关/事业单位 need 编办 pre-approval",
            Huawei,
            JiangxiGovernmentBody);
        yield return Ready(
            "A Sichuan company files its App by its package name",
            "App/mini program filing via access provider (ISP) or distribution platform through the 国家互联网基础资源管理系统; submission includes subject identity, package name, public key / signature MD5",
            "facts §3 (MIIT 2023 App filing notice as summarized; Huawei Cloud filing-rules.yml AppFeatureInfo)",
            SichuanCompanyApp);
        yield return Ready(
            "A personal Mini Program files without verification and without commercial services",
            "Note: Mini Programs under personal entities cannot use commercial services or be verified.",
            WeChatGuide,
            personalMp);

        // Applications the sources let through.
        yield return Ready(
            "An ID number's region prefix does not decide the province: a Beijing-issued card with a Shanghai address files in Shanghai",
            "digits 1–6 of a resident ID number (the household-registration place when the number was first issued, not necessarily the birth place)",
            "facts §11 (GB 11643)",
            Individual("110108199003072513", Province.Shanghai));
        yield return Ready(
            "An individual living in Zhejiang files in Shanghai with a Shanghai residence permit",
            "上海(31): out-of-city individual needs 本市居住证 or 临时居住证 (valid >1 month)",
            Huawei,
            ShanghaiPersonalBlog.InProvince(Province.Zhejiang, "杭州市").FiledIn(Province.Shanghai).WithDocument(FilingDocument.ResidencePermit));
        yield return Ready(
            "An approved suffix (.xyz) is no reason to refuse a domain",
            "Consequence for checks: \"approved\" and \"not approved\" are data with a date; a suffix the data does not know, or marks unclear, is not grounds to refuse an application.",
            "facts §12 (fileable-tlds.tsv: .xyz approved, 2025-04-15)",
            web.WithDomain(d => d with { Domain = Domain("shili-keji.xyz") }));
        yield return Ready(
            "A disputed suffix (.org) is a warning that says where to check, not a refusal",
            "Disputed: .org (refused 2018 and 2024 reports, listed 2025), .tech (a 2026 report of Tencent marking it temporarily not fileable), .la (one tool's list only).",
            "facts §12",
            web.WithDomain(d => d with { Domain = Domain("shili-keji.org") }),
            "ICP0502",
            "Services[0].Domains[0]");
        yield return Ready(
            "A suffix the list does not know (.rocks) is a warning, not a refusal",
            "Consequence for checks: \"approved\" and \"not approved\" are data with a date; a suffix the data does not know, or marks unclear, is not grounds to refuse an application.",
            "facts §12",
            web.WithDomain(d => d with { Domain = Domain("shili-keji.rocks") }),
            "ICP0502",
            "Services[0].Domains[0]");
        yield return Ready(
            "A Jilin company with an overseas registrar gets a warning: only a provider's note says Jilin refuses it",
            "Domain registrar location: 湖南, 吉林, 内蒙古, 北京 bureaus reject domains registered with overseas registrars — src: code (find_string \"北京管局\", provider Desc component) [provider-authored]",
            "facts §5.5",
            Renamed(web.InProvince(Province.Jilin, "长春市"), "吉林示例科技有限公司").WithDomain(d => d with { RegisteredInMainland = false }),
            "ICP0601",
            "Services[0].Domains[0].RegisteredInMainland");
        yield return Ready(
            "A Mini Program hosted in Hong Kong still files",
            "Starting September 1, 2023, all Mini Programs must complete ICP filing before being published.",
            WeChatGuide,
            mp.WithService(s => s with { HostingRegion = HostingRegion.HongKong }),
            "ICP0103",
            "Services[0].HostingRegion");
        yield return Ready(
            "An individual business's commercial site gets a warning: the license condition is a provider's \"typically\"",
            "Tencent Cloud: 经营性备案 typically requires registered capital ≥ 1,000,000 CNY (subject to local bureau)",
            "facts §1.2",
            (web with { Subject = web.Subject with { EntityType = EntityType.IndividualBusiness } }).WithService(s => s with { IsCommercial = true }),
            "ICP0202",
            "Services[0].IsCommercial") with { Also = ["ICP0201"] };
        yield return Ready(
            "Hunan's one site per order does not count an App filed beside the site",
            "湖南(43): one site/domain per order",
            Huawei,
            HunanPersonalWebsite with { Services = [HunanPersonalWebsite.Services[0], SichuanCompanyApp.Services[0] with { Principal = HunanPersonalWebsite.Services[0].Principal }] });
        yield return Ready(
            "Henan's five domains per enterprise submission does not limit an individual",
            "河南(41): address same province and city; ≤5 domains per enterprise submission",
            Huawei,
            Domains(Individual(WithCheck("41010219900307251"), Province.Henan), 6));
        yield return Ready(
            "An App needs no emergency contact: the guide asks it of Mini Programs",
            "Required Materials: 5. Emergency Contact Number",
            WeChatGuide,
            SichuanCompanyApp with { People = SichuanCompanyApp.People.RemoveAt(2) });

        // Applications the sources refuse.
        yield return Refused(
            "A website hosted in Hong Kong is not filed here",
            "By hosting in Hong Kong, you won't need to apply for an ICP number.",
            IcpGuide,
            web.WithService(s => s with { HostingRegion = HostingRegion.HongKong }),
            "ICP0101",
            "Services[0].HostingRegion");
        yield return Refused(
            "A first filing names the website it files",
            "Chinese law requires that you obtain an ICP number when you host a website in Mainland China.",
            IcpGuide,
            web with { Services = [] },
            "ICP0104",
            "Services");
        yield return Refused(
            "A suffix reported not fileable (.io) is refused",
            "Not fileable (reports): .ai, .io, .dev, .moe, .ee; .tech status unclear",
            "facts §5.5, §12",
            web.WithDomain(d => d with { Domain = Domain("shili-keji.io") }),
            "ICP0502",
            "Services[0].Domains[0]");
        yield return Refused(
            "Beijing requires a domain registered in Mainland China",
            "In addition, certain regions in China, including Beijing, require that your domain be registered in Mainland China in order to be eligible for ICP registration.",
            IcpGuide,
            web.WithDomain(d => d with { RegisteredInMainland = false }),
            "ICP0601",
            "Services[0].Domains[0].RegisteredInMainland");
        yield return Refused(
            "A Guangdong company uploads its signed and stamped documents",
            "For Guangdong-based companies, signed and stamped documents must be uploaded.",
            WeChatGuide,
            mp.WithoutDocument(FilingDocument.StampedCommitmentLetter),
            "ICP0602",
            "Documents");
        yield return Refused(
            "A company files where it is registered, not with another province's bureau",
            "The submission will be made to the local branch of China's Ministry of Industry and Information Technology (MIIT) in the province or municipality where your business is registered, which is what the law requires.",
            IcpGuide,
            web.FiledIn(Province.Shanghai),
            "ICP0600",
            "Subject.Province");
        yield return Refused(
            "A company whose credit code was issued in another province names that province's bureau",
            "The submission will be made to the local branch of China's Ministry of Industry and Information Technology (MIIT) in the province or municipality where your business is registered, which is what the law requires.",
            IcpGuide,
            web with { Subject = web.Subject with { Certificate = Credit("91", 440300) } },
            "ICP0600",
            "Subject.Province");
        yield return Refused(
            "A company names its legal representative, who receives the SMS",
            "As part of the SMS verification, both the person responsible for the website and the legal representative receive an SMS with a verification code on their respective Chinese mobile number.",
            SmsFaq,
            web with { People = web.People.RemoveAt(0) },
            "ICP0407",
            "People") with { Also = ["ICP0612"] };
        yield return Refused(
            "The legal representative gives a Chinese mobile number",
            "As part of the SMS verification, both the person responsible for the website and the legal representative receive an SMS with a verification code on their respective Chinese mobile number.",
            SmsFaq,
            web.WithPeople(PersonRole.LegalRepresentative, p => p with { Mobile = null }),
            "ICP0401",
            "People[0].Mobile");
        yield return Refused(
            "The person responsible for the website gives a Chinese mobile number",
            "Confirmation of your submission and details of any problems found within your application will be sent by text message to the Mainland China mobile number you have provided.",
            IcpGuide,
            web.WithService(s => s with { Principal = s.Principal with { Mobile = null } }),
            "ICP0401",
            "Services[0].Principal.Mobile");
        yield return Refused(
            "A personal Mini Program cannot enable payments",
            "Note: Mini Programs under personal entities cannot use commercial services or be verified.",
            WeChatGuide,
            Account(personalMp, a => a with { PaymentsEnabled = true, BankAccountProvided = true }),
            "ICP0701",
            "Services[0].Account.PaymentsEnabled");
        yield return Refused(
            "A personal Mini Program cannot be verified",
            "Note: Mini Programs under personal entities cannot use commercial services or be verified.",
            WeChatGuide,
            Account(personalMp, a => a with { Verified = true }),
            "ICP0701",
            "Services[0].Account.Verified");
        yield return Refused(
            "A company's Mini Program is verified before it files",
            "Starting September 1, 2023, all Mini Programs must complete ICP filing before being published. Verification must be completed before filing.",
            WeChatGuide,
            Account(mp, a => a with { Verified = false }),
            "ICP0702",
            "Services[0].Account.Verified");
        yield return Refused(
            "The Mini Program's email is not used by another WeChat account",
            "Email Address: A valid email that has not been registered with the WeChat Official Platform, WeChat Open Platform, or linked to a personal WeChat account.",
            WeChatGuide,
            Account(mp, a => a with { EmailUsedByAnotherAccount = true }),
            "ICP0703",
            "Services[0].Account.Email");
        yield return Refused(
            "The Mini Program's administrator gives a mobile number",
            "Both the legal representative and administrator must verify via SMS within 24 hours on the MIIT filing portal",
            WeChatGuide,
            Account(mp, a => a with { Administrator = a.Administrator! with { Mobile = null } }),
            "ICP0704",
            "Services[0].Account.Administrator.Mobile");
        yield return Refused(
            "A Mini Program names an emergency contact",
            "Required Materials: 5. Emergency Contact Number",
            WeChatGuide,
            mp with { People = mp.People.RemoveAt(2) },
            "ICP0705",
            "People");
        yield return Refused(
            "WeChat Pay needs the bank information",
            "Bank Information: Required for enabling WeChat Pay.",
            WeChatGuide,
            Account(mp, a => a with { PaymentsEnabled = true }),
            "ICP0706",
            "Services[0].Account.BankAccountProvided");
        yield return Refused(
            "The forms are completed in Chinese",
            "All of the documents and forms submitted to the application must be completed in Chinese. English or any other language besides Mandarin Chinese is not accepted.",
            IcpGuide,
            web with { Subject = web.Subject with { Name = "Shili Technology Co., Ltd." } },
            "ICP0308",
            "Subject.Name") with { Also = ["ICP0504"] };
        yield return Refused(
            "The principals complete face verification",
            "Complete the real-time face identification verification.",
            IcpGuide,
            web.WithoutDocument(FilingDocument.FaceVerification),
            "ICP0306",
            "Documents");
        yield return Refused(
            "A company gives its business license",
            "The business license of your company or the organization code.",
            IcpGuide,
            web.WithoutDocument(FilingDocument.BusinessLicenseScan),
            "ICP0301",
            "Documents");
        yield return Refused(
            "A foreign person in charge of the website gives a passport",
            "Non-Mainland Chinese citizens will need to scan relevant pages of their passport, and Hong Kong, Macao, and Taiwan residents will need to scan their Mainland Travel Permit.",
            IcpGuide,
            web.WithService(s => s with { Principal = s.Principal with { Residency = Residency.Foreigner } }),
            "ICP0304",
            "Services[0].Principal.Document");
        yield return Refused(
            "A Hong Kong resident gives the Mainland Travel Permit",
            "Non-Mainland Chinese citizens will need to scan relevant pages of their passport, and Hong Kong, Macao, and Taiwan residents will need to scan their Mainland Travel Permit.",
            IcpGuide,
            web.WithPeople(PersonRole.EmergencyContact, p => p with { Residency = Residency.HongKongResident }),
            "ICP0304",
            "People[2].Document");
        yield return Refused(
            "A website files its domain's registration certificate",
            "When you apply for your ICP number, you will need to supply a copy of your domain name's registration certificate.",
            IcpGuide,
            web.WithoutDocument(FilingDocument.DomainCertificate),
            "ICP0307",
            "Documents");
        yield return Refused(
            "An individual cannot run a commercial site",
            "Note that an ICP Commercial License is not granted to applicants that do not have a permanent legal business presence in Mainland China",
            IcpGuide,
            ShanghaiPersonalBlog.WithService(s => s with { IsCommercial = true }),
            "ICP0202",
            "Services[0].IsCommercial") with { Also = ["ICP0201"] };
        yield return Refused(
            "A representative office cannot run a commercial site",
            "Note that an ICP Commercial License is not granted to applicants that do not have a permanent legal business presence in Mainland China",
            IcpGuide,
            (web with { Subject = web.Subject with { EntityType = EntityType.ForeignRepresentativeOffice } }).WithService(s => s with { IsCommercial = true }),
            "ICP0202",
            "Services[0].IsCommercial") with { Also = ["ICP0201"] };
        yield return Refused(
            "The person in charge gives a valid ID",
            "A valid ID of the person in charge of the business office in China.",
            IcpGuide,
            web.WithPeople(PersonRole.SubjectPrincipal, p => p with { DocumentValidUntil = Today.PlusDays(-1) }),
            "ICP0402",
            "People[1].DocumentValidUntil");
        yield return Refused(
            "The person in charge of the business is named",
            "A valid ID of the person in charge of the business office in China.",
            IcpGuide,
            web with { People = web.People.RemoveAt(1) },
            "ICP0303",
            "People") with { Also = ["ICP0612"] };
        yield return Refused(
            "A personal Mini Program filed outside the province of the holder's address needs a residence permit or social security records",
            "Cross-province filing is not recommended. For personal entities, temporary residence permits or social security documentation are required.",
            WeChatGuide,
            personalMp.InProvince(Province.Hebei, "石家庄市").FiledIn(Province.Beijing),
            "ICP0603",
            "Documents");
        yield return Refused(
            "Guangxi files no individual from another region",
            "广西(45): no out-of-region individual filing",
            Huawei,
            ShanghaiPersonalBlog.FiledIn(Province.Guangxi),
            "ICP0603",
            "Subject.Address");
        yield return Refused(
            "Shanghai wants its residence permit from an individual living elsewhere",
            "上海(31): out-of-city individual needs 本市居住证 or 临时居住证 (valid >1 month)",
            Huawei,
            ShanghaiPersonalBlog.InProvince(Province.Zhejiang, "杭州市").FiledIn(Province.Shanghai),
            "ICP0603",
            "Documents");
        yield return Refused(
            "Hebei files individuals aged 18 or over",
            "河北(13): 通讯地址与证件住址 must be same city; no change+new-site in one order; individuals ≥18, no foreigners",
            Huawei,
            Individual(WithCheck("13010220100101123"), Province.Hebei),
            "ICP0604",
            "Subject.Certificate");
        yield return Refused(
            "Hunan wants a Hunan mobile number",
            "湖南(43): responsible person's mobile must be a Hunan number",
            Huawei,
            HunanPersonalWebsite.WithPeople(PersonRole.SubjectPrincipal, p => p with { MobileRegisteredIn = Province.Guangdong }),
            "ICP0605",
            "People[0].Mobile");
        yield return Refused(
            "Hebei wants the mailing address in the certificate's city",
            "河北(13): 通讯地址与证件住址 must be same city",
            Huawei,
            HebeiCompanyWebsite with { Subject = HebeiCompanyWebsite.Subject with { MailingAddress = HebeiCompanyWebsite.Subject.Address with { City = "保定市" } } },
            "ICP0606",
            "Subject.MailingAddress");
        yield return Refused(
            "Xinjiang files one domain per website",
            "新疆(65): one site = one domain (split multi-domain sites); individuals: local ID only",
            Huawei,
            Domains(Renamed(web.InProvince(Province.Xinjiang, "乌鲁木齐市"), "新疆示例科技有限公司"), 2),
            "ICP0610",
            "Services[0].Domains");
        yield return Refused(
            "Hunan files one website per order",
            "湖南(43): one site/domain per order",
            Huawei,
            HunanPersonalWebsite with { Services = [HunanPersonalWebsite.Services[0], HunanPersonalWebsite.Services[0] with { Name = "赵磊的相册", Domains = [HunanPersonalWebsite.Services[0].Domains[0] with { Domain = Domain("zhaolei-photo.cn") }] }] },
            "ICP0609",
            "Services") with { Also = ["ICP0608"] };
        yield return Refused(
            "Shanxi takes at most three new domains per order",
            "山西(14): ≤3 new domains per order (except change)",
            Huawei,
            Domains(Renamed(web.InProvince(Province.Shanxi, "太原市"), "山西示例科技有限公司"), 4),
            "ICP0608",
            "Services");
        yield return Refused(
            "Anhui wants the subject principal to be the website's principal",
            "安徽(34): 主体负责人 may be non-legal-rep with 授权书, but 主体负责人 and 网站负责人 must be the same person",
            Huawei,
            Renamed(web.InProvince(Province.Anhui, "合肥市"), "安徽示例科技有限公司"),
            "ICP0613",
            "Services[0].Principal");
        yield return Refused(
            "Shanxi wants a foreign legal representative to authorize a Mainland ID holder",
            "山西(14): foreign/HK/MO/TW legal rep must authorize a Mainland-ID holder (+授权书)",
            Huawei,
            Renamed(web.InProvince(Province.Shanxi, "太原市"), "山西示例科技有限公司").WithPeople(PersonRole.LegalRepresentative, p => p with { Name = "John Smith", Residency = Residency.Foreigner, Document = IcpCompliance.Identity.PassportNumber.Parse("E12345678", "USA").Value }),
            "ICP0614",
            "People") with { Also = ["ICP0612"] };
        yield return Refused(
            "A Jiangxi government body gives its establishment approval",
            "江西(36): 党政机关/事业单位 need 编办 pre-approval",
            Huawei,
            JiangxiGovernmentBody.WithoutDocument(FilingDocument.EstablishmentApproval),
            "ICP0615",
            "Documents");
        yield return Refused(
            "A government body files a .gov.cn or .政务 domain",
            "党政机关 domains must end .gov.cn or .政务; 事业单位 .cn or .公益 (《互联网政务应用安全管理规定》)",
            "facts §4",
            JiangxiGovernmentBody.WithDomain(d => d with { Domain = Domain("nanchang-shili.com") }),
            "ICP0506",
            "Services[0].Domains[0]");
        yield return Refused(
            "The domain's real-name holder is the subject",
            "Domain: real-name holder (持有者, 证件类型, 证件号码) must equal filing subject; TLD must be MIIT-approved",
            "facts §3b (Huawei Cloud doc_0078, doc_0180)",
            web.WithDomain(d => d with { Holder = "张伟" }),
            "ICP0504",
            "Services[0].Domains[0].Holder");
        yield return Refused(
            "A service without pre-approval content declares it",
            "Provide a declaration stating no pre-approval is required, or contact customer service for free filing assistance.",
            WeChatGuide,
            web.WithoutDocument(FilingDocument.NoPreApprovalDeclaration),
            "ICP0309",
            "Documents");
        yield return new SourceScenario(
            "A new webmaster is filed by a change before a new service is added",
            "You also need to ensure that you keep the registration details up to date with MIIT. For example, if your webmaster changes, then you will need to supply the details of whoever takes over the role.",
            IcpGuide,
            () => Context((web with { Operation = FilingOperation.AddAccess, SubjectNumber = subjectNumber }).WithService(s => s with { Principal = s.Principal with { Name = "周杰", Document = Id("110108199003072513") } })) with { PreviouslyApproved = web },
            false,
            "ICP0801",
            "Services[0].Principal");
        yield return new SourceScenario(
            "A Mini Program's administrator stays the one submitted",
            "Administrator Information: Must be provided and cannot be changed after submission.",
            WeChatGuide,
            () => Context(Account(mp with { Operation = FilingOperation.Change }, a => a with { Administrator = a.Administrator! with { Name = "王强", Document = Id("440305199003072511") } })) with { PreviouslyApproved = mp },
            false,
            "ICP0404",
            "Services[0].Account.Administrator");
        yield return new SourceScenario(
            "A different credit code is another subject, not a change",
            "Different USCC = different subject → cancel+refile or 网站迁移; individual → enterprise requires cancel and refile",
            "facts §6 (Huawei Cloud filing-rules.yml SubjectChange)",
            () => Context(web with { Operation = FilingOperation.Change, Subject = web.Subject with { Certificate = Credit("91", 110105) } }) with { PreviouslyApproved = web },
            false,
            "ICP0803",
            "Subject.Certificate");
        yield return new SourceScenario(
            "Hebei does not let a subject left without services add one",
            "空壳主体 (subject with zero services): only 天津, 辽宁, 四川, 云南, 江苏, 浙江, 上海, 广西, 山西, 北京, 贵州 allow adding services directly; others require 注销 then refile",
            "facts §3b (Huawei Cloud doc_0037)",
            () => Context(HebeiCompanyWebsite with { Operation = FilingOperation.AddService, SubjectNumber = IcpFilingNumber.Parse("冀ICP备2026012345号").Value }) with { PreviouslyApproved = HebeiCompanyWebsite with { Services = [] } },
            false,
            "ICP0616",
            "Operation");
        yield return new SourceScenario(
            "A provider that enforces unconfirmed facts refuses Jilin's overseas registrar",
            "Domain registrar location: 湖南, 吉林, 内蒙古, 北京 bureaus reject domains registered with overseas registrars — src: code (find_string \"北京管局\", provider Desc component) [provider-authored]",
            "facts §5.5, with RuleContext.EnforceUnconfirmedFacts",
            () => Context(Renamed(web.InProvince(Province.Jilin, "长春市"), "吉林示例科技有限公司").WithDomain(d => d with { RegisteredInMainland = false })) with { EnforceUnconfirmedFacts = true },
            false,
            "ICP0601",
            "Services[0].Domains[0].RegisteredInMainland");
    }

    internal static IEnumerable<string> Names => All.Select(s => s.Name);
}
