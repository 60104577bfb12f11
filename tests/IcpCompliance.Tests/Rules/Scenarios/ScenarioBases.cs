using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Regions;
using IcpCompliance.Testing;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules.Scenarios;

/// <summary>
/// The realistic base applications the scenarios change one thing in: fully correct filings of several provinces and
/// kinds of subject, each ready to submit with no warning under the default rules.
/// </summary>
internal static class ScenarioBases
{
    /// <summary>A Beijing enterprise's company website (the library's sample).</summary>
    internal static FilingApplication BeijingCompanyWebsite => SampleFilings.CompanyWebsite;

    /// <summary>A Shenzhen (Guangdong) enterprise's WeChat Mini Program (the library's sample), verified, with the
    /// province's signed and stamped commitment letter.</summary>
    internal static FilingApplication GuangdongCompanyMiniProgram => SampleFilings.WeChatMiniProgram;

    /// <summary>A Shanghai resident's personal blog.</summary>
    internal static FilingApplication ShanghaiPersonalBlog => Individual(WithCheck("31010419880512301"), Province.Shanghai);

    /// <summary>A Hunan resident's personal website, with a Hunan mobile number, as Hunan's bureau wants.</summary>
    internal static FilingApplication HunanPersonalWebsite => Individual("43010219900307251X", Province.Hunan);

    /// <summary>A Hebei enterprise's company website.</summary>
    internal static FilingApplication HebeiCompanyWebsite => Renamed(BeijingCompanyWebsite.InProvince(Province.Hebei, "石家庄市"), "河北示例科技有限公司");

    /// <summary>A Zhejiang public institution's website under .cn, filed with its organization certificate.</summary>
    internal static FilingApplication ZhejiangPublicInstitution
    {
        get
        {
            FilingApplication app = Renamed(BeijingCompanyWebsite.InProvince(Province.Zhejiang, "杭州市"), "浙江省示例研究院");
            return app with
            {
                Subject = app.Subject with { EntityType = EntityType.PublicInstitution, Certificate = Credit("12", 330000) },
                Documents = [.. app.Documents.Where(d => d != FilingDocument.BusinessLicenseScan), FilingDocument.OrganizationCertificateScan],
            };
        }
    }

    /// <summary>A Jiangxi government body's website under .gov.cn, with its establishment approval (编办批文).</summary>
    internal static FilingApplication JiangxiGovernmentBody
    {
        get
        {
            FilingApplication app = Renamed(BeijingCompanyWebsite.InProvince(Province.Jiangxi, "南昌市"), "南昌市示例管理局");
            return app.WithDomain(d => d with { Domain = Domain("shili.gov.cn") }) with
            {
                Subject = app.Subject with { EntityType = EntityType.GovernmentBody, Certificate = Credit("11", 360100) },
                Documents = [.. app.Documents.Where(d => d != FilingDocument.BusinessLicenseScan), FilingDocument.OrganizationCertificateScan, FilingDocument.EstablishmentApproval],
            };
        }
    }

    /// <summary>A Chengdu (Sichuan) enterprise's App, identified by its package name.</summary>
    internal static FilingApplication SichuanCompanyApp
    {
        get
        {
            FilingApplication app = Renamed(BeijingCompanyWebsite.InProvince(Province.Sichuan, "成都市"), "成都示例软件有限公司");
            return app.WithService(s => s with { Kind = ServiceKind.App, Name = "示例记账", Description = "个人记账工具App", Domains = [], AppId = "cn.shili.jizhang" })
                .WithoutDocument(FilingDocument.DomainCertificate);
        }
    }

    /// <summary>A Beijing resident's personal WeChat Mini Program: not verified (a personal account cannot be), not
    /// commercial, with an emergency contact.</summary>
    internal static FilingApplication BeijingPersonalMiniProgram
    {
        get
        {
            FilingApplication individual = Individual();
            Person person = individual.People[0];
            FilingService service = GuangdongCompanyMiniProgram.Services[0] with
            {
                Name = "赵磊的读书笔记",
                Description = "分享读书笔记的个人小程序",
                AppId = "wx11223344556677aa",
                Principal = person with { Role = PersonRole.ServicePrincipal },
                Account = new PlatformAccount { Platform = "WeChat", Email = "zhaolei.mp@example.cn", Administrator = person with { Role = PersonRole.Administrator } },
            };
            return individual with
            {
                People = [person, GuangdongCompanyMiniProgram.People[2] with { Name = "赵敏" }],
                Services = [service],
                Documents = [FilingDocument.IdentityDocumentScans, FilingDocument.FaceVerification, FilingDocument.NoPreApprovalDeclaration],
            };
        }
    }

    /// <summary>The application with another subject name, held by every domain too.</summary>
    internal static FilingApplication Renamed(FilingApplication application, string name)
        => (application with { Subject = application.Subject with { Name = name } }).WithDomainHolder(name);

    /// <summary>A valid credit code with a registration-authority and type prefix (91 enterprise, 11 government body,
    /// 12 public institution) for a division.</summary>
    internal static UnifiedSocialCreditCode Credit(string prefix, int division)
    {
        string organization = "MB0" + prefix + "CDE";
        string code = prefix + division.ToString("D6", System.Globalization.CultureInfo.InvariantCulture) + organization + UnifiedSocialCreditCode.OrganizationCheck(organization);
        return RuleTestSupport.Credit(code + UnifiedSocialCreditCode.ComputeCheck(code));
    }
}
