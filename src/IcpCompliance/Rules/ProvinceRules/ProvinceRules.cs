using System.Collections.Immutable;
using System.Globalization;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Regions;
using NodaTime;

namespace IcpCompliance.Rules;

/// <summary>ICP06xx: the requirements of the province's bureau, read from <see cref="ProvinceRequirements"/>. The
/// code is province-agnostic: which province asks for what is data.</summary>
internal static class ProvinceRules
{
    private const string Source = "ProvinceRequirements (each fact carries its own source; docs/provinces.md)";

    internal static readonly IRule BureauOfTheSubject = Define.Rule(
        new Rule
        {
            Id = "ICP0600",
            DefaultSeverity = RuleSeverity.Error,
            Title = "An organization files with the bureau of the province where it is registered",
            TitleChinese = "单位主体须向其注册地所在省份的管局备案",
            Explanation = "The application goes to the communications administration of the province where the business is registered: the province of the address on its certificate (证件住所) and of the division in its credit code (digits 3–8). Subject.Province names the bureau, and every province rule reads it, so it must agree with both. (An individual's province is checked against their document's address by ICP0603.)",
            ExplanationChinese = "申请提交至主体注册地所在省份的通信管理局：即证件住所所在省份，也是统一社会信用代码第3至8位行政区划所在省份。Subject.Province 指明受理的管局，各省规则均以其为准，因此须与两者一致。（个人主体的省份由ICP0603按证件地址检查。）",
            Source = "Alibaba Cloud community blog: How to Register for an ICP Number (\"The submission will be made to the local branch of China's Ministry of Industry and Information Technology (MIIT) in the province or municipality where your business is registered, which is what the law requires.\"); GB 32100 (digits 3–8 of the credit code: the registering authority's division; facts §5.2, §11)",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingSubject subject = context.Application.Subject;
            if (!subject.EntityType.IsOrganization)
            {
                return;
            }

            Province bureau = subject.Province;
            if (subject.Address.Province != bureau)
            {
                findings.Report(
                    FieldPath.SubjectProvince,
                    "The application names the " + bureau.EnglishName + " bureau, but the address on the subject's certificate is in " + subject.Address.Province.EnglishName + " (Subject.Address.Province).",
                    "申请选择的是" + bureau.ShortChineseName + "管局，但主体证件住所位于" + subject.Address.Province.ShortChineseName + "。",
                    "File with the bureau of " + subject.Address.Province.EnglishName + ", where the subject is registered, or correct the address.",
                    "请向注册地" + subject.Address.Province.ShortChineseName + "的管局备案，或更正证件住所。");
            }

            if (subject.Certificate.TryPickT0(out UnifiedSocialCreditCode code, out _) && code.Province is Province issued && issued != bureau)
            {
                findings.Report(
                    FieldPath.SubjectProvince,
                    "The application names the " + bureau.EnglishName + " bureau, but the credit code " + code + " was issued in " + issued.EnglishName + " (division " + code.RegionCode.ToString("D6", CultureInfo.InvariantCulture) + ").",
                    "申请选择的是" + bureau.ShortChineseName + "管局，但统一社会信用代码" + code + "的登记机关位于" + issued.ShortChineseName + "（行政区划" + code.RegionCode.ToString("D6", CultureInfo.InvariantCulture) + "）。",
                    "File with the bureau of the province where the subject is registered (" + issued.EnglishName + "), or correct the credit code.",
                    "请向主体注册地（" + issued.ShortChineseName + "）的管局备案，或更正统一社会信用代码。");
            }
        });

    internal static readonly IRule MainlandRegistrar = Define.Rule(
        new Rule
        {
            Id = "ICP0601",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Domains are registered with a Mainland registrar where the province requires it",
            TitleChinese = "省份要求时域名须在内地注册商注册",
            Explanation = "Certain regions, including " + ProvinceLists.English(b => b.MainlandRegistrarRequired is { Value: true, Confirmed: true }) + ", require the domain to be registered in Mainland China to be eligible for ICP registration; a provider's note adds " + ProvinceLists.English(b => b.MainlandRegistrarRequired is { Value: true, Confirmed: false }) + " (unconfirmed).",
            ExplanationChinese = "部分地区（包括" + ProvinceLists.Chinese(b => b.MainlandRegistrarRequired is { Value: true, Confirmed: true }) + "）要求域名在中国内地注册方可备案；某接入商的说明另列" + ProvinceLists.Chinese(b => b.MainlandRegistrarRequired is { Value: true, Confirmed: false }) + "（未经证实）。",
            Source = Source,
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Bureau.MainlandRegistrarRequired is not { Value: true } fact)
            {
                return;
            }

            DomainRules.EachDomain(context, findings, fact, static (context, findings, domain, path, fact) =>
            {
                if (!domain.RegisteredInMainland)
                {
                    Report(
                        findings,
                        fact,
                        path + ".RegisteredInMainland",
                        domain.Domain.Name + " is registered with an overseas registrar, which the " + Name(context) + " bureau rejects.",
                        domain.Domain.Name + "在境外注册商注册，" + NameChinese(context) + "管局不予受理。",
                        "Transfer the domain to a Mainland registrar and wait for its real-name verification before filing.",
                        "请将域名转入内地注册商，完成实名认证后再备案。");
                }
            });
        });

    internal static readonly IRule CommitmentLetter = Define.Rule(
        new Rule
        {
            Id = "ICP0602",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The province's commitment letter is signed and stamped",
            TitleChinese = "须提供签字盖章的省级备案承诺书",
            Explanation = "Guangdong-based companies upload signed and stamped documents: the province's filing commitment letter (《广东省互联网信息服务备案承诺书》) on the provider's template.",
            ExplanationChinese = "广东的企业须上传签字盖章的材料：按接入商模板签字盖章的《广东省互联网信息服务备案承诺书》。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Bureau.CommitmentLetterRequired is { Value: true } fact && !context.Application.Provided(FilingDocument.StampedCommitmentLetter))
            {
                // The source speaks of companies ("Guangdong-based companies"); for anyone else the fact is unconfirmed.
                ProvinceFact<bool> applies = context.Application.Subject.EntityType.IsOrganization ? fact : fact with { Confirmed = false };
                Report(
                    findings,
                    applies,
                    FieldPath.Documents,
                    "The " + Name(context) + " bureau requires its filing commitment letter, signed and stamped; it is missing.",
                    NameChinese(context) + "管局要求提供签字盖章的备案承诺书，当前缺少。",
                    "Download the province's commitment letter from the provider, sign and stamp it, and add the scan.",
                    "请从接入商处下载该省备案承诺书，签字盖章后上传扫描件。");
            }
        });

    internal static readonly IRule OutOfProvinceIndividual = Define.Rule(
        new Rule
        {
            Id = "ICP0603",
            DefaultSeverity = RuleSeverity.Error,
            Title = "An individual whose document's address is in another province meets the conditions for filing there",
            TitleChinese = "证件地址在外省的个人须符合跨省备案条件",
            Explanation = "An individual files with the bureau of the province where their identity document's address is (Subject.Address); filing in another province needs a residence permit or social-security records of that province, and several bureaus accept only a residence permit or refuse such filings. The ID number's region prefix is where the number was first issued and does not move with the person, so it is not used. Where the province's data says nothing, a Mini Program follows the WeChat guide's national rule (an error without the permit or records) and any other service the general rule (a warning).",
            ExplanationChinese = "个人向其身份证件地址所在省份的管局备案（Subject.Address）；在其他省份备案须提供该省居住证或社保证明，部分管局只接受居住证或不受理跨省备案。身份证号码的地址码是首次签发地，不随本人迁移，因此不作依据。省份数据未作规定时，小程序按微信指南的全国规则（缺少居住证或社保证明即报错），其他服务按一般规则（警告）。",
            Source = "WeChat Mini Program Registration, Verification & Filing Guide (\"Cross-province filing is not recommended. For personal entities, temporary residence permits or social security documentation are required.\"); ProvinceRequirements.OutOfProvinceIndividuals (each fact with its source; docs/provinces.md)",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            FilingSubject subject = application.Subject;
            if (subject.EntityType != EntityType.Individual || subject.Address.Province == subject.Province)
            {
                return;
            }

            bool permit = application.Provided(FilingDocument.ResidencePermit);
            bool socialSecurity = application.Provided(FilingDocument.SocialSecurityRecord);
            string home = subject.Address.Province.EnglishName;
            string homeChinese = subject.Address.Province.ShortChineseName;
            if (context.Bureau.OutOfProvinceIndividuals is { } fact)
            {
                bool satisfied = fact.Value switch
                {
                    OutOfProvinceIndividuals.Allowed => true,
                    OutOfProvinceIndividuals.WithResidencePermit => permit,
                    OutOfProvinceIndividuals.WithResidencePermitOrSocialSecurity => permit || socialSecurity,
                    _ => false,
                };
                if (satisfied)
                {
                    return;
                }

                bool refused = fact.Value == OutOfProvinceIndividuals.Refused;
                bool either = fact.Value == OutOfProvinceIndividuals.WithResidencePermitOrSocialSecurity;
                Report(
                    findings,
                    fact,
                    refused ? FieldPath.SubjectAddress : FieldPath.Documents,
                    refused
                        ? "The subject's document address is in " + home + ", and the " + Name(context) + " bureau files only individuals of the province."
                        : "The subject's document address is in " + home + ": filing in " + Name(context) + " needs a residence permit" + (either ? " or social-security records" : string.Empty) + " of " + Name(context) + ".",
                    refused
                        ? "主体证件地址位于" + homeChinese + "，" + NameChinese(context) + "管局只受理本省个人备案。"
                        : "主体证件地址位于" + homeChinese + "：在" + NameChinese(context) + "备案须提供" + NameChinese(context) + (either ? "居住证或社保证明。" : "居住证。"),
                    refused ? "File with the bureau of " + home + ", where the document's address is." : "Add the residence permit" + (either ? " (or the social-security records)" : string.Empty) + " to the documents.",
                    refused ? "请向证件地址所在的" + homeChinese + "管局备案。" : (either ? "请补充居住证（或社保证明）。" : "请补充居住证。"));
                return;
            }

            if (permit || socialSecurity)
            {
                return;
            }

            string message = "The subject's document address is in " + home + ": filing with the " + Name(context) + " bureau needs a residence permit or social-security records of " + Name(context) + ".";
            string messageChinese = "主体证件地址位于" + homeChinese + "：向" + NameChinese(context) + "管局备案须提供" + NameChinese(context) + "居住证或社保证明。";
            const string Hint = "Add the residence permit (or the social-security records), or file with the bureau of the document's province.";
            const string HintChinese = "请补充居住证（或社保证明），或向证件地址所在省份的管局备案。";
            bool miniProgram = false;
            foreach (FilingService service in application.Services)
            {
                miniProgram |= service.Kind == ServiceKind.MiniProgram;
            }

            if (miniProgram)
            {
                findings.Report(FieldPath.Documents, message, messageChinese, Hint, HintChinese);
            }
            else
            {
                findings.ReportUnconfirmed(
                    FieldPath.Documents,
                    message + " (the sources state this for Mini Programs; for other services it is the general rule, unconfirmed for " + Name(context) + ")",
                    messageChinese + "（来源针对小程序；其他服务为一般规则，该省未经证实）",
                    Hint,
                    HintChinese);
            }
        });

    internal static readonly IRule MinimumAge = Define.Rule(
        new Rule
        {
            Id = "ICP0604",
            DefaultSeverity = RuleSeverity.Error,
            Title = "An individual subject is old enough for the province",
            TitleChinese = "个人主体须达到本省规定年龄",
            Explanation = ProvinceLists.English(b => b.MinimumAge?.Value == 18) + " file individuals aged 18 or over; " + ProvinceLists.English(b => b.MinimumAge?.Value == 17) + "'s rule is written as 17.",
            ExplanationChinese = ProvinceLists.Chinese(b => b.MinimumAge?.Value == 18) + "要求个人年满18周岁；" + ProvinceLists.Chinese(b => b.MinimumAge?.Value == 17) + "规定为年满17周岁。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (application.Subject.EntityType != EntityType.Individual
                || context.Bureau.MinimumAge is not { } fact
                || !application.Subject.Certificate.TryPickT1(out IdentityDocument? document, out _)
                || !document.IsT0)
            {
                return;
            }

            LocalDate birth = document.AsT0.BirthDate;
            int age = context.EvaluationDate.Year - birth.Year;
            if (context.EvaluationDate < birth.PlusYears(age))
            {
                age--;
            }

            if (age < fact.Value)
            {
                string min = fact.Value.ToString(CultureInfo.InvariantCulture);
                string years = age.ToString(CultureInfo.InvariantCulture);
                Report(
                    findings,
                    fact,
                    FieldPath.SubjectCertificate,
                    "The subject is " + years + "; the " + Name(context) + " bureau files individuals aged " + min + " or over.",
                    "主体年龄为" + years + "岁；" + NameChinese(context) + "管局要求个人年满" + min + "周岁。",
                    "File once of age, or have a guardian who is of age file instead.",
                    "请在达到规定年龄后备案，或由符合年龄要求的监护人备案。");
            }
        });

    internal static readonly IRule LocalMobile = Define.Rule(
        new Rule
        {
            Id = "ICP0605",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The principals' mobile numbers are registered in the province where it requires",
            TitleChinese = "省份要求时负责人手机号码须为本省号码",
            Explanation = "Hunan's bureau wants the responsible persons' mobile numbers to be Hunan numbers. A number whose home province is not recorded (Person.MobileRegisteredIn) is reported too, as it cannot be confirmed.",
            ExplanationChinese = "湖南管局要求负责人手机号码为湖南号码。未填写号码归属地（Person.MobileRegisteredIn）的也会报告，因为无法确认。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Bureau.LocalMobileRequired is not { Value: true } fact)
            {
                return;
            }

            Province province = context.Application.Province;
            foreach (PersonAt at in new PeopleOf(context.Application))
            {
                if (at.IsPrincipal && at.Person.Mobile is not null && at.Person.MobileRegisteredIn != province)
                {
                    Report(
                        findings,
                        fact,
                        at.Path + ".Mobile",
                        at.Person.Name + "'s mobile number is not known to be a " + Name(context) + " number, which the bureau requires.",
                        at.Person.Name + "的手机号码未确认为" + NameChinese(context) + "号码，管局要求使用本省号码。",
                        "Give a mobile number registered in " + Name(context) + " and record its home province.",
                        "请填写归属地为" + NameChinese(context) + "的手机号码并注明归属地。");
                }
            }
        });

    internal static readonly IRule AddressScopeRule = Define.Rule(
        new Rule
        {
            Id = "ICP0606",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The mailing address is in the same province or city as the certificate's where required",
            TitleChinese = "省份要求时通讯地址须与证件地址同省或同市",
            Explanation = "Hebei wants the mailing address in the same city as the certificate's address, Henan in the same province and city, Guizhou at the certificate's address.",
            ExplanationChinese = "河北要求通讯地址与证件地址同市，河南要求同省同市，贵州要求与证件地址一致。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingSubject subject = context.Application.Subject;
            if (context.Bureau.AddressScope is not { } fact || fact.Value == AddressScope.Any || subject.MailingAddress is not Address mailing)
            {
                return;
            }

            bool sameProvince = mailing.Province == subject.Address.Province;
            bool fits = fact.Value == AddressScope.SameProvince
                ? sameProvince
                : sameProvince && string.Equals(mailing.City, subject.Address.City, System.StringComparison.Ordinal);
            if (!fits)
            {
                Report(
                    findings,
                    fact,
                    FieldPath.SubjectMailingAddress,
                    "The mailing address is not in the same " + (fact.Value == AddressScope.SameProvince ? "province" : "city") + " as the certificate's address, which the " + Name(context) + " bureau requires.",
                    NameChinese(context) + "管局要求通讯地址与证件地址" + (fact.Value == AddressScope.SameProvince ? "同省" : "同市") + "，当前不符。",
                    "Give a mailing address in the certificate's " + (fact.Value == AddressScope.SameProvince ? "province" : "city") + ".",
                    "请填写与证件地址" + (fact.Value == AddressScope.SameProvince ? "同省" : "同市") + "的通讯地址。");
            }
        });

    internal static readonly IRule DomainValidity = Define.Rule(
        new Rule
        {
            Id = "ICP0607",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Each domain stays registered long enough for the province",
            TitleChinese = "域名剩余有效期须满足本省要求",
            Explanation = "Bureaus want a domain's registration to run for more than three months after submission (some one month).",
            ExplanationChinese = "管局要求域名在提交后剩余有效期超过三个月（部分省份为一个月）。",
            Source = Source,
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Bureau.MinimumDomainValidityMonths is not { } fact)
            {
                return;
            }

            LocalDate needed = context.EvaluationDate.PlusMonths(fact.Value);
            DomainRules.EachDomain(context, findings, (fact, needed), static (context, findings, domain, path, state) =>
            {
                (ProvinceFact<int> fact, LocalDate needed) = state;
                if (domain.ExpiresOn is LocalDate expires && expires <= needed)
                {
                    string months = fact.Value.ToString(CultureInfo.InvariantCulture);
                    string on = expires.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture);
                    Report(
                        findings,
                        fact,
                        path + ".ExpiresOn",
                        domain.Domain.Name + " expires on " + on + "; the " + Name(context) + " bureau wants more than " + months + " months left.",
                        domain.Domain.Name + "将于" + on + "到期；" + NameChinese(context) + "管局要求剩余有效期超过" + months + "个月。",
                        "Renew the domain before filing.",
                        "请先续费域名再备案。");
                }
            });
        });

    internal static readonly IRule DomainsPerOrder = Define.Rule(
        new Rule
        {
            Id = "ICP0608",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The application files no more domains than the province allows per order",
            TitleChinese = "单次申请的域名数量不超过本省限制",
            Explanation = "Shanxi allows three new domains per order, Hunan one; Henan five per submission of an organization (its source speaks of enterprises, so individuals are not limited by it); Hainan one domain in an individual's first filing.",
            ExplanationChinese = "山西每单最多三个新增域名，湖南一个；河南单位每次最多五个（来源针对企业，不适用于个人）；海南个人首次备案仅限一个域名。",
            Source = Source,
            ServiceKinds = Define.Websites,
            Operations = Define.NewServices,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            int count = 0;
            foreach (FilingService service in application.Services)
            {
                count += service.Kind == ServiceKind.Website ? service.Domains.Length : 0;
            }

            BureauRequirements bureau = context.Bureau;
            ProvinceFact<int>? fact = bureau.MaxDomainsPerOrder;
            if (application.Subject.EntityType.IsOrganization && bureau.MaxDomainsPerOrganizationOrder is { } organization && (fact is null || organization.Value < fact.Value))
            {
                fact = organization;
            }

            if (application.Subject.EntityType == EntityType.Individual && application.Operation == FilingOperation.FirstFiling
                && bureau.MaxDomainsForIndividualFirstFiling is { } individual && (fact is null || individual.Value < fact.Value))
            {
                fact = individual;
            }

            if (fact is not null && count > fact.Value)
            {
                string max = fact.Value.ToString(CultureInfo.InvariantCulture);
                string n = count.ToString(CultureInfo.InvariantCulture);
                Report(
                    findings,
                    fact,
                    FieldPath.Services,
                    "The application files " + n + " domains; the " + Name(context) + " bureau accepts at most " + max + " per order.",
                    "本次申请包含" + n + "个域名；" + NameChinese(context) + "管局每单最多受理" + max + "个。",
                    "Split the domains over several orders.",
                    "请将域名分多次提交。");
            }
        });

    internal static readonly IRule ServicesPerOrder = Define.Rule(
        new Rule
        {
            Id = "ICP0609",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The application files no more websites than the province allows per order",
            TitleChinese = "单次申请的网站数量不超过本省限制",
            Explanation = "Hunan files one site per order. The source speaks of websites (网站/域名), so Apps and Mini Programs in the same order are not counted.",
            ExplanationChinese = "湖南每单仅受理一个网站。来源针对网站（网站/域名），同一订单中的App和小程序不计入。",
            Source = Source,
            ServiceKinds = Define.Websites,
            Operations = Define.NewServices,
        },
        static (context, findings) =>
        {
            int websites = 0;
            foreach (FilingService service in context.Application.Services)
            {
                websites += service.Kind == ServiceKind.Website ? 1 : 0;
            }

            if (context.Bureau.MaxServicesPerOrder is { } fact && websites > fact.Value)
            {
                string max = fact.Value.ToString(CultureInfo.InvariantCulture);
                string n = websites.ToString(CultureInfo.InvariantCulture);
                Report(
                    findings,
                    fact,
                    FieldPath.Services,
                    "The application files " + n + " websites; the " + Name(context) + " bureau accepts at most " + max + " per order.",
                    "本次申请包含" + n + "个网站；" + NameChinese(context) + "管局每单最多受理" + max + "个。",
                    "Submit the websites in separate orders.",
                    "请将网站分多次提交。");
            }
        });

    internal static readonly IRule OneDomainPerWebsite = Define.Rule(
        new Rule
        {
            Id = "ICP0610",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Each website has one domain where the province requires it",
            TitleChinese = "省份要求时每个网站只能有一个域名",
            Explanation = "Xinjiang files one domain per website: a site with several domains is split into several sites.",
            ExplanationChinese = "新疆要求一个网站对应一个域名：多域名网站须拆分为多个网站。",
            Source = Source,
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Bureau.OneDomainPerWebsite is not { Value: true } fact)
            {
                return;
            }

            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (services[i].Kind == ServiceKind.Website && services[i].Domains.Length > 1)
                {
                    Report(
                        findings,
                        fact,
                        FieldPath.Service(i) + ".Domains",
                        "\"" + services[i].Name + "\" has several domains; the " + Name(context) + " bureau files one domain per website.",
                        "“" + services[i].Name + "”有多个域名；" + NameChinese(context) + "管局要求一个网站一个域名。",
                        "Split the site into one website per domain.",
                        "请将网站按域名拆分为多个网站。");
                }
            }
        });

    internal static readonly IRule ForeignIndividuals = Define.Rule(
        new Rule
        {
            Id = "ICP0611",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Foreign nationals file as individuals only where the province accepts them",
            TitleChinese = "省份不受理时外国人不能以个人身份备案",
            Explanation = ProvinceLists.English(b => b.ForeignIndividualsRefused?.Value == true) + " does not file foreign nationals as individual subjects.",
            ExplanationChinese = ProvinceLists.Chinese(b => b.ForeignIndividualsRefused?.Value == true) + "不受理外国人个人备案。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (application.Subject.EntityType == EntityType.Individual
                && context.Bureau.ForeignIndividualsRefused is { Value: true } fact
                && application.PersonIn(PersonRole.SubjectPrincipal) is { Residency: Residency.Foreigner })
            {
                Report(
                    findings,
                    fact,
                    FieldPath.SubjectCertificate,
                    "The " + Name(context) + " bureau does not file foreign nationals as individuals.",
                    NameChinese(context) + "管局不受理外国人个人备案。",
                    "File through an organization in the Mainland instead.",
                    "请改由内地单位主体备案。");
            }
        });

    internal static readonly IRule PrincipalAuthorization = Define.Rule(
        new Rule
        {
            Id = "ICP0612",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A subject principal who is not the legal representative is authorized in writing",
            TitleChinese = "主体负责人非法定代表人时须提供授权书",
            Explanation = "Most bureaus want an organization's subject principal to be its legal representative; where another person is principal, the legal representative's authorization letter is required (" + ProvinceLists.English(b => b.PrincipalNotLegalRepresentativeNeedsAuthorization is { Value: true, Confirmed: true }) + "; other provinces by the general rule).",
            ExplanationChinese = "多数管局要求单位的主体负责人为法定代表人；由他人担任的，须提供法定代表人授权书（" + ProvinceLists.Chinese(b => b.PrincipalNotLegalRepresentativeNeedsAuthorization is { Value: true, Confirmed: true }) + "；其他省份按一般规则）。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (!application.Subject.EntityType.IsOrganization
                || context.Bureau.PrincipalNotLegalRepresentativeNeedsAuthorization is not { Value: true } fact
                || application.Provided(FilingDocument.AuthorizationLetter))
            {
                return;
            }

            Person? principal = application.PersonIn(PersonRole.SubjectPrincipal);
            Person? representative = application.PersonIn(PersonRole.LegalRepresentative);
            if (principal is null || representative is null)
            {
                // Not silently passed: without both people the letter cannot be ruled out (ICP0303 and ICP0407 report
                // the missing person itself).
                Report(
                    findings,
                    fact,
                    FieldPath.People,
                    "Whether the subject principal needs the legal representative's authorization letter cannot be checked: the " + (representative is null ? "legal representative" : "subject principal") + " is not named.",
                    "无法检查主体负责人是否需要法定代表人授权书：未填写" + (representative is null ? "法定代表人" : "主体负责人") + "。",
                    "Name both the legal representative and the subject principal; add the authorization letter when they are different people.",
                    "请填写法定代表人和主体负责人；两者不是同一人时补充授权书。");
                return;
            }

            if (PeopleRules.SamePerson(principal, representative))
            {
                return;
            }

            Report(
                findings,
                fact,
                FieldPath.Documents,
                "The subject principal " + principal.Name + " is not the legal representative " + representative.Name + ", and no authorization letter is provided.",
                "主体负责人" + principal.Name + "不是法定代表人" + representative.Name + "，且未提供授权书。",
                "Add the legal representative's signed and stamped authorization letter, or name the legal representative as principal.",
                "请补充法定代表人签字盖章的授权书，或由法定代表人担任主体负责人。");
        });

    internal static readonly IRule PrincipalsSamePerson = Define.Rule(
        new Rule
        {
            Id = "ICP0613",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The subject principal is also each service's principal where the province requires it",
            TitleChinese = "省份要求时主体负责人与网站负责人须为同一人",
            Explanation = ProvinceLists.English(b => b.SubjectPrincipalMustBeServicePrincipal?.Value == true) + " wants the subject principal and the service principals to be the same person.",
            ExplanationChinese = ProvinceLists.Chinese(b => b.SubjectPrincipalMustBeServicePrincipal?.Value == true) + "要求主体负责人与网站负责人为同一人。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (context.Bureau.SubjectPrincipalMustBeServicePrincipal is not { Value: true } fact
                || application.PersonIn(PersonRole.SubjectPrincipal) is not Person principal)
            {
                return;
            }

            ImmutableArray<FilingService> services = application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (!PeopleRules.SamePerson(services[i].Principal, principal))
                {
                    Report(
                        findings,
                        fact,
                        FieldPath.ServicePrincipal(i),
                        "\"" + services[i].Name + "\"'s principal is not the subject principal " + principal.Name + ", which the " + Name(context) + " bureau requires.",
                        "“" + services[i].Name + "”的负责人不是主体负责人" + principal.Name + "，" + NameChinese(context) + "管局要求为同一人。",
                        "Name the subject principal as the service's principal.",
                        "请由主体负责人担任网站负责人。");
                }
            }
        });

    internal static readonly IRule NonMainlandRepresentative = Define.Rule(
        new Rule
        {
            Id = "ICP0614",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A legal representative from outside the Mainland authorizes a Mainland ID holder",
            TitleChinese = "非内地法定代表人须授权持内地身份证者",
            Explanation = "Where the legal representative is a foreign, Hong Kong, Macao or Taiwan resident, " + ProvinceLists.English(b => b.NonMainlandLegalRepresentativeMustAuthorize?.Value == true) + " want a Mainland citizen as subject principal, with the legal representative's authorization letter.",
            ExplanationChinese = "法定代表人为外籍或港澳台人士的，" + ProvinceLists.Chinese(b => b.NonMainlandLegalRepresentativeMustAuthorize?.Value == true) + "要求由持内地居民身份证者担任主体负责人，并提供法定代表人授权书。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (!application.Subject.EntityType.IsOrganization
                || context.Bureau.NonMainlandLegalRepresentativeMustAuthorize is not { Value: true } fact)
            {
                return;
            }

            if (application.PersonIn(PersonRole.LegalRepresentative) is not Person representative)
            {
                // Not silently passed: whether the rule applies depends on the missing person (ICP0407 reports it).
                Report(
                    findings,
                    fact,
                    FieldPath.People,
                    "The " + Name(context) + " bureau's rule for a legal representative from outside the Mainland cannot be checked: the legal representative is not named.",
                    "无法检查" + NameChinese(context) + "管局对非内地法定代表人的要求：未填写法定代表人。",
                    "Name the legal representative; if they are not a Mainland citizen, name a Mainland citizen as subject principal and add the authorization letter.",
                    "请填写法定代表人；如其非内地居民，请由内地居民担任主体负责人并补充授权书。");
                return;
            }

            if (representative.Residency == Residency.MainlandCitizen)
            {
                return;
            }

            Person? principal = application.PersonIn(PersonRole.SubjectPrincipal);
            if (principal is { Residency: Residency.MainlandCitizen } && application.Provided(FilingDocument.AuthorizationLetter))
            {
                return;
            }

            Report(
                findings,
                fact,
                FieldPath.People,
                "The legal representative " + representative.Name + " is not a Mainland citizen: the " + Name(context) + " bureau wants a Mainland ID holder as subject principal, authorized in writing.",
                "法定代表人" + representative.Name + "非内地居民：" + NameChinese(context) + "管局要求由持内地居民身份证者担任主体负责人并提供授权书。",
                "Name a Mainland citizen as subject principal and add the legal representative's authorization letter.",
                "请由内地居民担任主体负责人，并补充法定代表人授权书。");
        });

    internal static readonly IRule EstablishmentApproval = Define.Rule(
        new Rule
        {
            Id = "ICP0615",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Government bodies and public institutions provide their establishment approval where required",
            TitleChinese = "省份要求时党政机关、事业单位须提供编办批文",
            Explanation = "Jiangxi wants Party and government bodies and public institutions to file with their establishment approval (编办批文).",
            ExplanationChinese = "江西要求党政机关、事业单位备案时提供编办批文。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            EntityType entity = context.Application.Subject.EntityType;
            if ((entity == EntityType.GovernmentBody || entity == EntityType.PublicInstitution)
                && context.Bureau.PublicBodiesNeedEstablishmentApproval is { Value: true } fact
                && !context.Application.Provided(FilingDocument.EstablishmentApproval))
            {
                Report(
                    findings,
                    fact,
                    FieldPath.Documents,
                    "The " + Name(context) + " bureau wants the establishment approval of " + Wording.WithArticle(entity.EnglishNoun) + "; it is missing.",
                    NameChinese(context) + "管局要求" + entity.ChineseName + "提供编办批文，当前缺少。",
                    "Add the establishment approval (编办批文).",
                    "请补充编办批文。");
            }
        });

    internal static readonly IRule EmptySubject = Define.Rule(
        new Rule
        {
            Id = "ICP0616",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A subject left with no services adds one only where the province allows it",
            TitleChinese = "空壳主体仅在本省允许时可直接新增网站",
            Explanation = "A filed subject whose services have all been canceled (空壳主体) may add services directly only in " + ProvinceLists.English(b => b.EmptySubjectMayAddServices?.Value == true) + "; elsewhere it is canceled and filed again. The rule needs the approved filing (RuleContext.PreviouslyApproved) to know that it holds no service.",
            ExplanationChinese = "所有服务均已注销的已备案主体（空壳主体），仅" + ProvinceLists.Chinese(b => b.EmptySubjectMayAddServices?.Value == true) + "可直接新增网站；其他省份须注销主体后重新备案。本规则需要已备案信息（RuleContext.PreviouslyApproved）以确认主体没有服务。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = [FilingOperation.AddService],
        },
        static (context, findings) =>
        {
            if (context.PreviouslyApproved is { Services.IsEmpty: true }
                && context.Bureau.EmptySubjectMayAddServices is { Value: false } fact)
            {
                Report(
                    findings,
                    fact,
                    FieldPath.Operation,
                    "The subject holds no approved service (an empty subject), and the " + Name(context) + " bureau does not let an empty subject add services.",
                    "该主体已无备案服务（空壳主体），" + NameChinese(context) + "管局不允许空壳主体直接新增网站。",
                    "Cancel the subject's filing and file again as a first filing.",
                    "请注销主体备案后，以首次备案重新提交。");
            }
        });

    internal static readonly IRule OtherRequirements = Define.Rule(
        new Rule
        {
            Id = "ICP0699",
            DefaultSeverity = RuleSeverity.Info,
            Title = "Other requirements of the province's bureau",
            TitleChinese = "本省管局的其他要求",
            Explanation = "Requirements of the province's bureau that the filing model cannot check, listed so the applicant sees them before submitting.",
            ExplanationChinese = "本省管局的其他要求（无法由申请数据自动检查），提交前供申请人参考。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            foreach (ProvinceNote note in context.Bureau.Notes)
            {
                findings.Report(
                    FieldPath.SubjectProvince,
                    note.Text + (note.Confirmed ? string.Empty : Unconfirmed(note.Source)),
                    note.TextChinese + (note.Confirmed ? string.Empty : UnconfirmedChinese),
                    "Check that the application meets this requirement of the " + Name(context) + " bureau.",
                    "请确认申请符合" + NameChinese(context) + "管局的此项要求。");
            }
        });

    private const string UnconfirmedChinese = "（该省要求来源未经核实）";

    private static string Unconfirmed(string source) => " (unverified province requirement; source: " + source + ")";

    private static string Name(RuleContext context) => context.Application.Province.EnglishName;

    private static string NameChinese(RuleContext context) => context.Application.Province.ShortChineseName;

    // A confirmed fact reports at the rule's severity; an unconfirmed one at most as a warning (unless the context
    // enforces unconfirmed facts), and says so with its source.
    private static void Report<T>(FindingCollector findings, ProvinceFact<T> fact, string path, string message, string messageChinese, string hint, string hintChinese)
    {
        if (fact.Confirmed)
        {
            findings.Report(path, message, messageChinese, hint, hintChinese);
        }
        else
        {
            findings.ReportUnconfirmed(path, message + Unconfirmed(fact.Source), messageChinese + UnconfirmedChinese, hint, hintChinese);
        }
    }
}
