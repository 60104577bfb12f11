using System;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using NodaTime;

namespace IcpCompliance.Testing;

/// <summary>
/// Complete, fictitious applications for examples, documentation, tests and benchmarks (the CLI's
/// <c>check --example</c> runs on <see cref="CompanyWebsite"/>); <see cref="FilingApplicationBuilder"/> starts from them. The names, numbers and domains are made up; the
/// identifiers pass their checksums so that every check runs on them.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public static class SampleFilings
{
    /// <summary>A Beijing enterprise's first filing of its company website, hosted in the Mainland: the journey
    /// most applicants take.</summary>
    public static FilingApplication CompanyWebsite { get; } = CreateCompanyWebsite();

    /// <summary>A Shenzhen (Guangdong) enterprise's first filing of a WeChat Mini Program, with the platform account
    /// the Mini Program path starts from.</summary>
    public static FilingApplication WeChatMiniProgram { get; } = CreateWeChatMiniProgram();

    private static FilingApplication CreateCompanyWebsite()
    {
        var principal = new Person
        {
            Role = PersonRole.SubjectPrincipal,
            Name = "张伟",
            Residency = Residency.MainlandCitizen,
            Document = Id("11010819850315123X"),
            DocumentValidUntil = new LocalDate(2035, 3, 15),
            Mobile = Mobile("13812345678"),
            Email = "zhangwei@shili-keji.cn",
        };
        var address = new Address { Province = Province.Beijing, City = "北京市", Detail = "海淀区中关村大街1号示例大厦5层" };
        return new FilingApplication
        {
            Operation = FilingOperation.FirstFiling,
            Subject = new FilingSubject
            {
                EntityType = EntityType.Enterprise,
                Name = "北京示例科技有限公司",
                Province = Province.Beijing,
                Certificate = Credit("91110108MA01ABCD5T"),
                Address = address,
            },
            People =
            [
                principal with { Role = PersonRole.LegalRepresentative },
                principal,
                new Person
                {
                    Role = PersonRole.EmergencyContact,
                    Name = "王芳",
                    Residency = Residency.MainlandCitizen,
                    Document = Id("110105199201014323"),
                    DocumentValidUntil = new LocalDate(2032, 1, 1),
                    Mobile = Mobile("13700001111"),
                },
            ],
            Services =
            [
                new FilingService
                {
                    Kind = ServiceKind.Website,
                    Name = "示例科技官网",
                    Description = "介绍公司产品与服务的企业官网",
                    Domains =
                    [
                        new DomainRegistration
                        {
                            Domain = Domain("shili-keji.cn"),
                            Holder = "北京示例科技有限公司",
                            Registrar = "示例域名注册服务有限公司",
                            RegisteredInMainland = true,
                            ExpiresOn = new LocalDate(2028, 6, 30),
                        },
                    ],
                    HostingRegion = HostingRegion.Mainland,
                    HostingProvider = "示例云计算有限公司",
                    Principal = new Person
                    {
                        Role = PersonRole.ServicePrincipal,
                        Name = "李娜",
                        Residency = Residency.MainlandCitizen,
                        Document = Id("110108199007082348"),
                        DocumentValidUntil = new LocalDate(2030, 7, 8),
                        Mobile = Mobile("13912345678"),
                        Email = "lina@shili-keji.cn",
                    },
                },
            ],
            Documents =
            [
                FilingDocument.BusinessLicenseScan,
                FilingDocument.IdentityDocumentScans,
                FilingDocument.FaceVerification,
                FilingDocument.DomainCertificate,
                FilingDocument.NoPreApprovalDeclaration,
            ],
        };
    }

    private static FilingApplication CreateWeChatMiniProgram()
    {
        var principal = new Person
        {
            Role = PersonRole.SubjectPrincipal,
            Name = "陈静",
            Residency = Residency.MainlandCitizen,
            Document = Id("440305198802123456"),
            DocumentValidUntil = new LocalDate(2038, 2, 12),
            Mobile = Mobile("13512345678"),
            Email = "chenjing@shili-wangluo.cn",
        };
        var administrator = new Person
        {
            Role = PersonRole.Administrator,
            Name = "刘洋",
            Residency = Residency.MainlandCitizen,
            Document = Id("440306199506062346"),
            DocumentValidUntil = new LocalDate(2035, 6, 6),
            Mobile = Mobile("13612345678"),
        };
        return new FilingApplication
        {
            Operation = FilingOperation.FirstFiling,
            Subject = new FilingSubject
            {
                EntityType = EntityType.Enterprise,
                Name = "深圳示例网络有限公司",
                Province = Province.Guangdong,
                Certificate = Credit("91440300MA01B2C34B"),
                Address = new Address { Province = Province.Guangdong, City = "深圳市", Detail = "南山区科技园示例路8号" },
            },
            People =
            [
                principal with { Role = PersonRole.LegalRepresentative },
                principal,
                administrator with { Role = PersonRole.EmergencyContact },
            ],
            Services =
            [
                new FilingService
                {
                    Kind = ServiceKind.MiniProgram,
                    Name = "示例好物",
                    Description = "展示公司商品信息的小程序",
                    AppId = "wx0123456789abcdef",
                    HostingRegion = HostingRegion.Mainland,
                    HostingProvider = "示例云计算有限公司",
                    Principal = principal with { Role = PersonRole.ServicePrincipal },
                    Account = new PlatformAccount
                    {
                        Platform = "WeChat",
                        Email = "mp@shili-wangluo.cn",
                        Administrator = administrator,
                        Verified = true,
                    },
                },
            ],
            Documents =
            [
                FilingDocument.BusinessLicenseScan,
                FilingDocument.IdentityDocumentScans,
                FilingDocument.FaceVerification,
                FilingDocument.StampedCommitmentLetter,
                FilingDocument.NoPreApprovalDeclaration,
            ],
        };
    }

    // The samples are constants written by hand: a value that does not parse is a bug in this file, so it throws
    // when the type is first used, and the tests touch every sample.
    private static IdentityDocument Id(string text) => Valid(ResidentIdNumber.Parse(text, ParseMode.Strict).Match(v => (ResidentIdNumber?)v, _ => null), text);

    private static UnifiedSocialCreditCode Credit(string text) => Valid(UnifiedSocialCreditCode.Parse(text, ParseMode.Strict).Match(v => (UnifiedSocialCreditCode?)v, _ => null), text);

    private static MobileNumber Mobile(string text) => Valid(MobileNumber.Parse(text, ParseMode.Strict).Match(v => (MobileNumber?)v, _ => null), text);

    private static DomainName Domain(string text) => Valid(DomainName.Parse(text, ParseMode.Strict).Match(v => (DomainName?)v, _ => null), text);

    private static T Valid<T>(T? value, string text)
        where T : struct
        => value ?? throw new InvalidOperationException($"Sample value '{text}' does not parse.");
}
