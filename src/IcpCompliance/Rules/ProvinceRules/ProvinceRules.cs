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

    internal static readonly IRule MainlandRegistrar = Define.Rule(
        "ICP0601",
        RuleSeverity.Error,
        "Domains are registered with a Mainland registrar where the province requires it",
        "省份要求时域名须在内地注册商注册",
        "The Beijing, Hunan, Jilin and Inner Mongolia bureaus reject domains registered with overseas registrars.",
        "北京、湖南、吉林、内蒙古管局不受理境外注册商注册的域名。",
        Source,
        Define.Websites,
        Define.Submissions,
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
        "ICP0602",
        RuleSeverity.Error,
        "The province's commitment letter is signed and stamped",
        "须提供签字盖章的省级备案承诺书",
        "Guangdong asks for its own filing commitment letter (《广东省互联网信息服务备案承诺书》), signed and stamped on the provider's template.",
        "广东要求提供按接入商模板签字盖章的《广东省互联网信息服务备案承诺书》。",
        Source,
        Define.All,
        Define.Submissions,
        static (context, findings) =>
        {
            if (context.Bureau.CommitmentLetterRequired is { Value: true } fact && !context.Application.Provided(FilingDocument.StampedCommitmentLetter))
            {
                Report(
                    findings,
                    fact,
                    FieldPath.Documents,
                    "The " + Name(context) + " bureau requires its filing commitment letter, signed and stamped; it is missing.",
                    NameChinese(context) + "管局要求提供签字盖章的备案承诺书，当前缺少。",
                    "Download the province's commitment letter from the provider, sign and stamp it, and add the scan.",
                    "请从接入商处下载该省备案承诺书，签字盖章后上传扫描件。");
            }
        });

    internal static readonly IRule OutOfProvinceIndividual = Define.Rule(
        "ICP0603",
        RuleSeverity.Error,
        "An individual with an ID card from another province meets the province's conditions",
        "外省个人备案须符合本省要求",
        "Several bureaus refuse individuals whose ID card was issued in another province, or accept them only with a residence permit or social security records of the province.",
        "多个省份不受理外省身份证的个人备案，或要求提供本省居住证或社保证明。",
        Source,
        Define.All,
        Define.Submissions,
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (application.Subject.EntityType != EntityType.Individual
                || context.Bureau.OutOfProvinceIndividuals is not { } fact
                || fact.Value == OutOfProvinceIndividuals.Allowed
                || !application.Subject.Certificate.TryPickT1(out IdentityDocument? document, out _)
                || !document.IsT0
                || document.AsT0.IsResidencePermit
                || document.AsT0.Province == application.Province)
            {
                return;
            }

            bool permit = application.Provided(FilingDocument.ResidencePermit);
            bool socialSecurity = application.Provided(FilingDocument.SocialSecurityRecord);
            bool satisfied = fact.Value switch
            {
                OutOfProvinceIndividuals.WithResidencePermit => permit,
                OutOfProvinceIndividuals.WithResidencePermitOrSocialSecurity => permit || socialSecurity,
                _ => false,
            };
            if (satisfied)
            {
                return;
            }

            bool refused = fact.Value == OutOfProvinceIndividuals.Refused;
            Report(
                findings,
                fact,
                FieldPath.SubjectCertificate,
                refused
                    ? "The " + Name(context) + " bureau files only individuals with an ID card of the province."
                    : "An individual with an ID card from another province needs a residence permit" + (fact.Value == OutOfProvinceIndividuals.WithResidencePermitOrSocialSecurity ? " or social security records" : string.Empty) + " of " + Name(context) + ".",
                refused
                    ? NameChinese(context) + "管局只受理本省身份证的个人备案。"
                    : "外省身份证的个人备案须提供" + NameChinese(context) + (fact.Value == OutOfProvinceIndividuals.WithResidencePermitOrSocialSecurity ? "居住证或社保证明。" : "居住证。"),
                refused ? "File in the province that issued the ID card." : "Add the residence permit (or the records) to the documents.",
                refused ? "请在身份证签发地所在省份备案。" : "请补充居住证（或社保证明）。");
        });

    internal static readonly IRule MinimumAge = Define.Rule(
        "ICP0604",
        RuleSeverity.Error,
        "An individual subject is old enough for the province",
        "个人主体须达到本省规定年龄",
        "Hebei, Inner Mongolia and Hunan file individuals aged 18 or over; Shandong's rule is written as 17.",
        "河北、内蒙古、湖南要求个人年满18周岁；山东规定为年满17周岁。",
        Source,
        Define.All,
        Define.Submissions,
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
        "ICP0605",
        RuleSeverity.Error,
        "The principals' mobile numbers are registered in the province where it requires",
        "省份要求时负责人手机号码须为本省号码",
        "Hunan's bureau wants the responsible persons' mobile numbers to be Hunan numbers. A number whose home province is not recorded (Person.MobileRegisteredIn) is reported too, as it cannot be confirmed.",
        "湖南管局要求负责人手机号码为湖南号码。未填写号码归属地（Person.MobileRegisteredIn）的也会报告，因为无法确认。",
        Source,
        Define.All,
        Define.Submissions,
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
        "ICP0606",
        RuleSeverity.Error,
        "The mailing address is in the same province or city as the certificate's where required",
        "省份要求时通讯地址须与证件地址同省或同市",
        "Hebei wants the mailing address in the same city as the certificate's address, Henan in the same province and city, Guizhou at the certificate's address.",
        "河北要求通讯地址与证件地址同市，河南要求同省同市，贵州要求与证件地址一致。",
        Source,
        Define.All,
        Define.Submissions,
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
        "ICP0607",
        RuleSeverity.Error,
        "Each domain stays registered long enough for the province",
        "域名剩余有效期须满足本省要求",
        "Bureaus want a domain's registration to run for more than three months after submission (some one month).",
        "管局要求域名在提交后剩余有效期超过三个月（部分省份为一个月）。",
        Source,
        Define.Websites,
        Define.Submissions,
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
        "ICP0608",
        RuleSeverity.Error,
        "The application files no more domains than the province allows per order",
        "单次申请的域名数量不超过本省限制",
        "Shanxi allows three new domains per order, Henan five per enterprise submission, Hunan one; Hainan allows one domain in an individual's first filing.",
        "山西每单最多三个新增域名，河南企业每次最多五个，湖南一个；海南个人首次备案仅限一个域名。",
        Source,
        Define.Websites,
        Define.NewServices,
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
        "ICP0609",
        RuleSeverity.Error,
        "The application files no more services than the province allows per order",
        "单次申请的服务数量不超过本省限制",
        "Hunan files one site per order.",
        "湖南每单仅受理一个网站。",
        Source,
        Define.All,
        Define.NewServices,
        static (context, findings) =>
        {
            if (context.Bureau.MaxServicesPerOrder is { } fact && context.Application.Services.Length > fact.Value)
            {
                string max = fact.Value.ToString(CultureInfo.InvariantCulture);
                string n = context.Application.Services.Length.ToString(CultureInfo.InvariantCulture);
                Report(
                    findings,
                    fact,
                    FieldPath.Services,
                    "The application files " + n + " services; the " + Name(context) + " bureau accepts at most " + max + " per order.",
                    "本次申请包含" + n + "个服务；" + NameChinese(context) + "管局每单最多受理" + max + "个。",
                    "Submit the services in separate orders.",
                    "请将服务分多次提交。");
            }
        });

    internal static readonly IRule OneDomainPerWebsite = Define.Rule(
        "ICP0610",
        RuleSeverity.Error,
        "Each website has one domain where the province requires it",
        "省份要求时每个网站只能有一个域名",
        "Xinjiang files one domain per website: a site with several domains is split into several sites.",
        "新疆要求一个网站对应一个域名：多域名网站须拆分为多个网站。",
        Source,
        Define.Websites,
        Define.Submissions,
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
        "ICP0611",
        RuleSeverity.Error,
        "Foreign nationals file as individuals only where the province accepts them",
        "省份不受理时外国人不能以个人身份备案",
        "Hebei does not file foreign nationals as individual subjects.",
        "河北不受理外国人个人备案。",
        Source,
        Define.All,
        Define.Submissions,
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
                    "File through an organisation in the Mainland instead.",
                    "请改由内地单位主体备案。");
            }
        });

    internal static readonly IRule PrincipalAuthorisation = Define.Rule(
        "ICP0612",
        RuleSeverity.Error,
        "A subject principal who is not the legal representative is authorised in writing",
        "主体负责人非法定代表人时须提供授权书",
        "Most bureaus want an organisation's subject principal to be its legal representative; where another person is principal, the legal representative's authorisation letter is required (Shanghai, Anhui; other provinces by the general rule).",
        "多数管局要求单位的主体负责人为法定代表人；由他人担任的，须提供法定代表人授权书（上海、安徽；其他省份按一般规则）。",
        Source,
        Define.All,
        Define.Submissions,
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (!application.Subject.EntityType.IsOrganisation
                || context.Bureau.PrincipalNotLegalRepresentativeNeedsAuthorisation is not { Value: true } fact
                || application.PersonIn(PersonRole.SubjectPrincipal) is not Person principal
                || application.PersonIn(PersonRole.LegalRepresentative) is not Person representative
                || PeopleRules.SamePerson(principal, representative)
                || application.Provided(FilingDocument.AuthorisationLetter))
            {
                return;
            }

            Report(
                findings,
                fact,
                FieldPath.Documents,
                "The subject principal " + principal.Name + " is not the legal representative " + representative.Name + ", and no authorisation letter is provided.",
                "主体负责人" + principal.Name + "不是法定代表人" + representative.Name + "，且未提供授权书。",
                "Add the legal representative's signed and stamped authorisation letter, or name the legal representative as principal.",
                "请补充法定代表人签字盖章的授权书，或由法定代表人担任主体负责人。");
        });

    internal static readonly IRule PrincipalsSamePerson = Define.Rule(
        "ICP0613",
        RuleSeverity.Error,
        "The subject principal is also each service's principal where the province requires it",
        "省份要求时主体负责人与网站负责人须为同一人",
        "Anhui wants the subject principal and the service principals to be the same person.",
        "安徽要求主体负责人与网站负责人为同一人。",
        Source,
        Define.All,
        Define.Submissions,
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
        "ICP0614",
        RuleSeverity.Error,
        "A legal representative from outside the Mainland authorises a Mainland ID holder",
        "非内地法定代表人须授权持内地身份证者",
        "Where the legal representative is a foreign, Hong Kong, Macao or Taiwan resident, Shanxi and Shandong want a Mainland citizen as subject principal, with the legal representative's authorisation letter.",
        "法定代表人为外籍或港澳台人士的，山西、山东要求由持内地居民身份证者担任主体负责人，并提供法定代表人授权书。",
        Source,
        Define.All,
        Define.Submissions,
        static (context, findings) =>
        {
            FilingApplication application = context.Application;
            if (context.Bureau.NonMainlandLegalRepresentativeMustAuthorise is not { Value: true } fact
                || application.PersonIn(PersonRole.LegalRepresentative) is not Person representative
                || representative.Residency == Residency.MainlandCitizen)
            {
                return;
            }

            Person? principal = application.PersonIn(PersonRole.SubjectPrincipal);
            if (principal is { Residency: Residency.MainlandCitizen } && application.Provided(FilingDocument.AuthorisationLetter))
            {
                return;
            }

            Report(
                findings,
                fact,
                FieldPath.People,
                "The legal representative " + representative.Name + " is not a Mainland citizen: the " + Name(context) + " bureau wants a Mainland ID holder as subject principal, authorised in writing.",
                "法定代表人" + representative.Name + "非内地居民：" + NameChinese(context) + "管局要求由持内地居民身份证者担任主体负责人并提供授权书。",
                "Name a Mainland citizen as subject principal and add the legal representative's authorisation letter.",
                "请由内地居民担任主体负责人，并补充法定代表人授权书。");
        });

    internal static readonly IRule EstablishmentApproval = Define.Rule(
        "ICP0615",
        RuleSeverity.Error,
        "Government bodies and public institutions provide their establishment approval where required",
        "省份要求时党政机关、事业单位须提供编办批文",
        "Jiangxi wants Party and government bodies and public institutions to file with their establishment approval (编办批文).",
        "江西要求党政机关、事业单位备案时提供编办批文。",
        Source,
        Define.All,
        Define.Submissions,
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

    internal static readonly IRule OtherRequirements = Define.Rule(
        "ICP0699",
        RuleSeverity.Info,
        "Other requirements of the province's bureau",
        "本省管局的其他要求",
        "Requirements of the province's bureau that the filing model cannot check, listed so the applicant sees them before submitting.",
        "本省管局的其他要求（无法由申请数据自动检查），提交前供申请人参考。",
        Source,
        Define.All,
        Define.Submissions,
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

    private static void Report<T>(FindingCollector findings, ProvinceFact<T> fact, string path, string message, string messageChinese, string hint, string hintChinese)
        => findings.Report(
            path,
            message + (fact.Confirmed ? string.Empty : Unconfirmed(fact.Source)),
            messageChinese + (fact.Confirmed ? string.Empty : UnconfirmedChinese),
            hint,
            hintChinese);
}
