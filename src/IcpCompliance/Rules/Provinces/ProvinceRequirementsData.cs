using System;
using System.Collections.Generic;
using IcpCompliance.Regions;

namespace IcpCompliance.Rules;

/// <summary>
/// The built-in province table, one entry per province, each fact with its source. Facts the project's source
/// documents state outright (Beijing's Mainland registrar, Guangdong's signed and stamped documents) and facts from the
/// Huawei Cloud knowledge base's summary of each bureau's requirements are confirmed; facts from third-party
/// checklists, dated provider notes, or a general rule applied to a province without a source of its own are not
/// (facts §4, §4b, §3b, §5.5, §8), and the rules report them at most as warnings.
/// </summary>
internal static class ProvinceRequirementsData
{
    internal const string Huawei = "Huawei Cloud ICP knowledge base, 备案管局咨询 (support.huaweicloud.com/prepare-icp, as of 2026-07-02)";
    internal const string HuaweiCommon = "Huawei Cloud ICP knowledge base, 备案管局咨询: \"most provinces\" (general rule, not stated for this province)";
    internal const string HuaweiDomainValidity = "Huawei Cloud ICP knowledge base, 备案管局咨询: domain validity over three months (Hebei, Shanxi, Inner Mongolia, Shanghai, Zhejiang, Guizhou)";
    internal const string UsualDomainValidity = "Huawei Cloud ICP knowledge base: domain validity \"usually\" over three months; Baidu Cloud: one or three months depending on the bureau (general rule, not stated for this province)";
    internal const string Registrars = "Hosting provider's note on bureaus that reject overseas registrars (provider-authored, not confirmed by the bureaus)";
    internal const string Checklist = "Third-party province materials checklist derived from Alibaba Cloud's (ICP_PROVINCE_SPECIFIC_MATERIALS)";
    internal const string DatedNote = "Older hosting provider note (dated; may no longer apply)";
    internal const string BeijingRegistrar = Internal.SourceDocuments.IcpGuide + ": \"certain regions in China, including Beijing, require that your domain be registered in Mainland China in order to be eligible for ICP registration\"";
    internal const string GuangdongStamped = Internal.SourceDocuments.WeChatGuide + ": \"For Guangdong-based companies, signed and stamped documents must be uploaded.\"; the letter's name and template: " + Checklist;
    internal const string EmptySubject = "Huawei Cloud ICP knowledge base, 备案成功后咨询 doc_0037 (empty subjects)";

    private static readonly HashSet<Province> EmptySubjectAllowed =
    [
        Province.Tianjin, Province.Liaoning, Province.Sichuan, Province.Yunnan, Province.Jiangsu, Province.Zhejiang,
        Province.Shanghai, Province.Guangxi, Province.Shanxi, Province.Beijing, Province.Guizhou,
    ];

    private static readonly HashSet<Province> DomainValidityStated =
    [
        Province.Hebei, Province.Shanxi, Province.InnerMongolia, Province.Shanghai, Province.Zhejiang, Province.Guizhou,
    ];

    internal static IEnumerable<BureauRequirements> Create()
    {
        foreach (Province province in Province.All)
        {
            yield return Specific(Common(province));
        }
    }

    private static ProvinceFact<bool> Yes(string source, bool confirmed = true) => new(true, source, confirmed);

    private static ProvinceFact<int> Number(int value, string source, bool confirmed = true) => new(value, source, confirmed);

    private static ProvinceFact<OutOfProvinceIndividuals> Individuals(OutOfProvinceIndividuals value, string source, bool confirmed = true) => new(value, source, confirmed);

    private static ProvinceNote Note(string text, string textChinese, string source, bool confirmed = true) => new(text, textChinese, source, confirmed);

    // What applies everywhere unless the province says otherwise.
    private static BureauRequirements Common(Province province) => new()
    {
        Province = province,
        MinimumDomainValidityMonths = DomainValidityStated.Contains(province)
            ? Number(3, HuaweiDomainValidity)
            : Number(3, UsualDomainValidity, confirmed: false),
        PrincipalNotLegalRepresentativeNeedsAuthorization = Yes(HuaweiCommon, confirmed: false),
        EmptySubjectMayAddServices = new ProvinceFact<bool>(EmptySubjectAllowed.Contains(province), EmptySubject, true),
    };

    // What each province's bureau asks beyond the common requirements, keyed by the province itself (never by a bare
    // code, which a reader would have to look up).
    private static readonly Dictionary<Province, Func<BureauRequirements, BureauRequirements>> Specifics = new()
    {
        [Province.Beijing] = static r => r with
        {
            MainlandRegistrarRequired = Yes(BeijingRegistrar),
            Notes = [Note("The site must not resolve or open while the bureau reviews it.", "备案审核期间网站不得解析或开通访问。", DatedNote, confirmed: false)],
        },
        [Province.Tianjin] = static r => r with
        {
            Notes = [Note("An individual declares that the site holds no enterprise information.", "个人备案需声明网站不含企业信息。", DatedNote, confirmed: false)],
        },
        [Province.Hebei] = static r => r with
        {
            AddressScope = new ProvinceFact<AddressScope>(AddressScope.SameCity, Huawei, true),
            MinimumAge = Number(18, Huawei),
            ForeignIndividualsRefused = Yes(Huawei),
            Notes = [Note("A change and a new site cannot be submitted in one order.", "变更备案与新增网站不能在同一订单中提交。", Huawei)],
        },
        [Province.Shanxi] = static r => r with
        {
            NonMainlandLegalRepresentativeMustAuthorize = Yes(Huawei),
            MaxDomainsPerOrder = Number(3, Huawei + ": at most three new domains per order, changes excepted"),
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.Refused, Huawei),
        },
        [Province.InnerMongolia] = static r => r with
        {
            MinimumAge = Number(18, Huawei),
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.Refused, Huawei),
            MainlandRegistrarRequired = Yes(Registrars, confirmed: false),
        },
        [Province.Jilin] = static r => r with { MainlandRegistrarRequired = Yes(Registrars, confirmed: false) },
        [Province.Heilongjiang] = static r => r with
        {
            Notes = [Note("At one time a hosting provider could not file for this province; check that yours can.", "曾有接入商无法办理该省备案，请确认接入商可以办理。", DatedNote + " (historical)", confirmed: false)],
        },
        [Province.Shanghai] = static r => r with
        {
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.WithResidencePermit, Huawei + ": 本市居住证 or 临时居住证 valid for more than one month; a student ID is not accepted"),
            PrincipalNotLegalRepresentativeNeedsAuthorization = Yes(Huawei + ": 上海 ICP负责人授权书"),
            Notes =
            [
                Note("An enterprise with 30 or more sites supplies a website construction plan.", "企业网站达30个及以上需提供网站建设方案书。", Huawei),
                Note("Shanghai's electronic business license is not accepted; supply the paper license's scan.", "不接受上海电子营业执照，请提供纸质营业执照扫描件。", Huawei),
            ],
        },
        [Province.Zhejiang] = static r => r with
        {
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.WithResidencePermit, Huawei),
            Notes = [Note("An individual business (个体工商户) must have a seal and files as an enterprise; without a trade name it files as \"Name（个体工商户）\".", "个体工商户须有公章并按企业备案；无字号的以“姓名（个体工商户）”为名称。", Huawei)],
        },
        [Province.Anhui] = static r => r with
        {
            PrincipalNotLegalRepresentativeNeedsAuthorization = Yes(Huawei),
            SubjectPrincipalMustBeServicePrincipal = Yes(Huawei),
            Notes = [Note("A name change that comes with a new credit code is a new subject: cancel and file again.", "名称变更且统一社会信用代码变更的，须注销后重新备案。", Huawei)],
        },
        [Province.Jiangxi] = static r => r with
        {
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.WithResidencePermit, Huawei),
            PublicBodiesNeedEstablishmentApproval = Yes(Huawei),
            Notes =
            [
                Note("An individual with more than 7 sites or an enterprise with more than 15 files one domain per new-site order.", "个人超过7个网站、企业超过15个网站的，每个新增网站订单只能提交一个域名。", Huawei),
                Note("The site must not resolve or open while the bureau reviews it.", "备案审核期间网站不得解析或开通访问。", DatedNote, confirmed: false),
            ],
        },
        [Province.Shandong] = static r => r with
        {
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.WithResidencePermit, Huawei + ": a residence permit or a valid student ID of the province (the model has no student ID: give the residence permit)"),
            MinimumAge = Number(17, Huawei + ": written as 未满十七周岁 (under 17); other sources say 18", confirmed: false),
            NonMainlandLegalRepresentativeMustAuthorize = Yes(Huawei),
            Notes = [Note("A change of the subject from company A to company B is allowed when the legal representative stays the same.", "法定代表人相同的，可由A公司变更为B公司。", Huawei)],
        },
        [Province.Henan] = static r => r with
        {
            AddressScope = new ProvinceFact<AddressScope>(AddressScope.SameCity, Huawei, true),
            MaxDomainsPerOrganizationOrder = Number(5, Huawei + ": at most five domains per enterprise submission"),
        },
        [Province.Hubei] = static r => r with
        {
            Notes = [Note("The site must not resolve or open while the bureau reviews it.", "备案审核期间网站不得解析或开通访问。", DatedNote, confirmed: false)],
        },
        [Province.Hunan] = static r => r with
        {
            MaxServicesPerOrder = Number(1, Huawei),
            MaxDomainsPerOrder = Number(1, Huawei),
            MinimumAge = Number(18, Huawei),
            LocalMobileRequired = Yes(Huawei),
            MainlandRegistrarRequired = Yes(Registrars, confirmed: false),
            Notes = [Note("A subject with more than one approved site supplies a website construction plan.", "已有一个以上已备案网站的主体需提供网站建设方案书。", Huawei)],
        },
        [Province.Guangdong] = static r => r with
        {
            CommitmentLetterRequired = Yes(GuangdongStamped),
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.WithResidencePermitOrSocialSecurity, Checklist + ": residence, property or social security proof when the certificate's address is outside Guangdong", confirmed: false),
            Notes = [Note("The bureau may phone the principal to verify; the site must not be reachable during review.", "管局可能电话核实；审核期间网站不得访问。", DatedNote, confirmed: false)],
        },
        [Province.Guangxi] = static r => r with
        {
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.Refused, Huawei),
            Notes = [Note("Approved sites must be reachable and show the filing number linked to the MIIT system.", "备案通过的网站须能正常访问，并在首页展示链接至工信部备案系统的备案号。", Huawei)],
        },
        [Province.Hainan] = static r => r with
        {
            MaxDomainsForIndividualFirstFiling = Number(1, Huawei),
            Notes = [Note("The business license's seal must be 海南省市场监督管理局商事登记专用章 with a 琼 number.", "营业执照印章须为“海南省市场监督管理局商事登记专用章”且为琼字号。", Huawei)],
        },
        [Province.Guizhou] = static r => r with
        {
            AddressScope = new ProvinceFact<AddressScope>(AddressScope.SameCity, Huawei + ": the organizer's address must match the certificate's; no cross-city filing", true),
            Notes = [Note("The site must not resolve or open while the bureau reviews it.", "备案审核期间网站不得解析或开通访问。", DatedNote, confirmed: false)],
        },
        [Province.Gansu] = static r => r with
        {
            Notes = [Note("At one time a hosting provider could not file for this province; check that yours can.", "曾有接入商无法办理该省备案，请确认接入商可以办理。", DatedNote + " (historical)", confirmed: false)],
        },
        [Province.Qinghai] = static r => r with
        {
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.Refused, Huawei),
            Notes = [Note("A change filing supplies the full set of five photos (五图).", "变更备案须提供完整五图。", Huawei)],
        },
        [Province.Ningxia] = static r => r with
        {
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.Refused, Huawei),
            Notes = [Note("The domain's holder must be the organizer itself, not its legal representative.", "域名所有者须与主办单位名称一致，不能是法定代表人。", Huawei)],
        },
        [Province.Xinjiang] = static r => r with
        {
            OneDomainPerWebsite = Yes(Huawei),
            OutOfProvinceIndividuals = Individuals(OutOfProvinceIndividuals.Refused, Huawei),
        },
    };

    private static BureauRequirements Specific(BureauRequirements r)
        => Specifics.TryGetValue(r.Province, out Func<BureauRequirements, BureauRequirements>? specific) ? specific(r) : r;
}
