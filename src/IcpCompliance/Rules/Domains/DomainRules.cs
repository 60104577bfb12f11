using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using IcpCompliance.Filing;
using IcpCompliance.Identity;

namespace IcpCompliance.Rules;

/// <summary>ICP05xx: domains.</summary>
internal static class DomainRules
{
    private const string HuaweiDomains = "Huawei Cloud ICP knowledge base 备案条件咨询 doc_0078, doc_0180; facts §3b";

    // The Chinese TLDs public bodies use, in the ASCII form DomainName holds.
    private static readonly string GovernmentTld = new IdnMapping().GetAscii("政务");
    private static readonly string PublicWelfareTld = new IdnMapping().GetAscii("公益");

    internal static readonly IRule WebsiteHasDomain = Define.Rule(
        new Rule
        {
            Id = "ICP0501",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A website is filed with at least one domain",
            TitleChinese = "网站须至少填写一个域名",
            Explanation = "A website's filing is a filing of its domains; a website without a domain cannot be filed.",
            ExplanationChinese = "网站备案即对域名备案；没有域名的网站无法备案。",
            Source = HuaweiDomains,
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.Kind == ServiceKind.Website && s.Domains.IsEmpty,
            ".Domains",
            "has no domain.",
            "未填写域名。",
            "Add the site's domain.",
            "请填写网站域名。"));

    internal static readonly IRule SuffixApproved = Define.Rule(
        new Rule
        {
            Id = "ICP0502",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The domain's suffix is approved for filing",
            TitleChinese = "域名后缀须为工信部批准的可备案后缀",
            Explanation = "MIIT files only domains under the suffixes it has approved (《工业和信息化部关于规范互联网信息服务使用域名的通知》). The list (RuleContext.TopLevelDomains) is three-valued data with a source and a date per suffix: a suffix it marks not approved is an error; one it marks unclear, or does not know, is a warning that names where to check (MIIT's register of domain registries, domain.miit.gov.cn), never an error.",
            ExplanationChinese = "工信部只受理其批准的域名后缀下的域名备案（《工业和信息化部关于规范互联网信息服务使用域名的通知》）。后缀列表（RuleContext.TopLevelDomains）为三值数据，每个后缀注明来源和日期：列为未批准的后缀报错；列为不明确或列表中没有的后缀为警告，并提示查询工信部域名注册管理机构名单（domain.miit.gov.cn），不会报错。",
            Source = "FilingTopLevelDomains (each suffix with its source and date; facts §12: Tencent Cloud 备案域名 2022-08-30, a 2025-04-15 list of 174 suffixes, MIIT-based mirrors, reports of refusals)",
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) => EachDomain(context, findings, static (context, findings, domain, path) =>
        {
            if (domain.Domain.Name.Length == 0)
            {
                return;
            }

            FilingSuffix? entry = context.TopLevelDomains.Find(domain.Domain);
            string name = domain.Domain.Name;
            switch (entry?.Status ?? FilingSuffixStatus.Unknown)
            {
                case FilingSuffixStatus.Approved:
                    return;
                case FilingSuffixStatus.NotApproved:
                    findings.Report(
                        path,
                        name + " is under " + entry!.DisplayName + ", which MIIT has not approved for filing (as of " + entry.AsOf + ").",
                        name + "的后缀 " + entry.DisplayName + " 不是工信部批准的可备案后缀（截至" + entry.AsOf + "）。",
                        "Use a domain under an approved suffix such as .cn or .com; MIIT's register of domain registries (domain.miit.gov.cn) lists them.",
                        "请改用可备案后缀的域名，如 .cn 或 .com；可在工信部域名注册管理机构名单（domain.miit.gov.cn）中查询。");
                    return;
                case FilingSuffixStatus.Unclear:
                    findings.ReportUnconfirmed(
                        path,
                        name + " is under " + entry!.DisplayName + ", whose approval for filing is unclear (" + entry.AsOf + (entry.Notes is null ? string.Empty : "; " + entry.Notes) + ").",
                        name + "的后缀 " + entry.DisplayName + " 是否可备案尚不明确（" + entry.AsOf + "）。",
                        "Check MIIT's register of domain registries (domain.miit.gov.cn, 域名注册管理机构) or ask the provider before submitting.",
                        "提交前请查询工信部域名注册管理机构名单（domain.miit.gov.cn）或咨询接入商。");
                    return;
                default:
                    string suffix = "." + new IdnMapping().GetUnicode(domain.Domain.TopLevelDomain);
                    findings.ReportUnconfirmed(
                        path,
                        name + " is under " + suffix + ", which the list of fileable suffixes does not know.",
                        name + "的后缀 " + suffix + " 不在可备案后缀列表中，无法确认是否可备案。",
                        "Check MIIT's register of domain registries (domain.miit.gov.cn, 域名注册管理机构); if the suffix is approved, add it to the list (FilingTopLevelDomains.With).",
                        "请查询工信部域名注册管理机构名单（domain.miit.gov.cn）；如该后缀已获批准，可将其加入列表（FilingTopLevelDomains.With）。");
                    return;
            }
        }));

    internal static readonly IRule RegistrableOnly = Define.Rule(
        new Rule
        {
            Id = "ICP0503",
            DefaultSeverity = RuleSeverity.Warning,
            Title = "Only registrable domains are filed",
            TitleChinese = "只能备案注册域名（主域名）",
            Explanation = "A filing names the registered domain (example.com.cn), not a subdomain (www.example.com.cn); subdomains are covered by it. The sources do not say so outright: it follows from the domain's registration certificate and real-name holder, which only a registered domain has, so it is a warning.",
            ExplanationChinese = "备案填写注册域名（如 example.com.cn），不填写子域名（如 www.example.com.cn）；子域名随主域名备案。来源未明确规定：仅注册域名才有域名证书和实名持有者，由此推断，因此为警告。",
            Source = "Inferred from the domain registration certificate (Alibaba Cloud community blog: How to Register for an ICP Number) and the real-name holder rule (Huawei Cloud doc_0078; facts §3b); a warning",
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) => EachDomain(context, findings, static (_, findings, domain, path) =>
        {
            if (!domain.Domain.IsRegistrableDomain)
            {
                string registrable = domain.Domain.RegistrableDomain?.Name ?? domain.Domain.Name;
                findings.Report(
                    path,
                    domain.Domain.Name + " is not a registrable domain.",
                    domain.Domain.Name + "不是注册域名。",
                    "File " + registrable + " instead.",
                    "请改为备案 " + registrable + "。");
            }
        }));

    internal static readonly IRule HolderMatchesSubject = Define.Rule(
        new Rule
        {
            Id = "ICP0504",
            DefaultSeverity = RuleSeverity.Error,
            Title = "The domain's real-name holder is the subject",
            TitleChinese = "域名实名持有者须与备案主体一致",
            Explanation = "The domain's real-name holder (持有者) must be the filing subject exactly as on its certificate.",
            ExplanationChinese = "域名实名持有者须与备案主体名称完全一致。",
            Source = HuaweiDomains,
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) => EachDomain(context, findings, static (context, findings, domain, path) =>
        {
            string subject = context.Application.Subject.Name;
            if (!string.Equals(domain.Holder.Trim(), subject.Trim(), StringComparison.Ordinal))
            {
                findings.Report(
                    path + ".Holder",
                    domain.Domain.Name + " is held by \"" + domain.Holder + "\", not by the subject \"" + subject + "\".",
                    domain.Domain.Name + "的持有者为“" + domain.Holder + "”，与备案主体“" + subject + "”不一致。",
                    "Transfer the domain to the subject (or correct its real-name record) before filing.",
                    "请先将域名过户到备案主体名下（或更正实名信息）。");
            }
        }));

    internal static readonly IRule MainlandRegistrarAdvised = Define.Rule(
        new Rule
        {
            Id = "ICP0505",
            DefaultSeverity = RuleSeverity.Warning,
            Title = "Registering the domain with a Mainland registrar is advised",
            TitleChinese = "建议在内地注册商注册域名",
            Explanation = "Some bureaus reject domains registered with overseas registrars, and real-name verification is simpler with a Mainland registrar. Where the province requires it, ICP0601 reports an error instead.",
            ExplanationChinese = "部分管局不接受境外注册商注册的域名，且内地注册商的实名认证更便捷。省份有明确要求时由ICP0601报错。",
            Source = "Alibaba Cloud community blog: How to Register for an ICP Number (\"as a best practice, you should try to register to your domain name in China if possible\"); facts §5.5",
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            if (context.Bureau.MainlandRegistrarRequired is { Value: true })
            {
                return;
            }

            EachDomain(context, findings, static (_, findings, domain, path) =>
            {
                if (!domain.RegisteredInMainland)
                {
                    findings.Report(
                        path + ".RegisteredInMainland",
                        domain.Domain.Name + " is registered with an overseas registrar.",
                        domain.Domain.Name + "在境外注册商注册。",
                        "Consider transferring it to a Mainland registrar.",
                        "建议转入内地注册商。");
                }
            });
        });

    internal static readonly IRule PublicBodySuffixes = Define.Rule(
        new Rule
        {
            Id = "ICP0506",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Government bodies and public institutions use their reserved suffixes",
            TitleChinese = "党政机关、事业单位须使用规定的域名后缀",
            Explanation = "Party and government bodies use domains under .gov.cn or .政务; public institutions under .cn or .公益 (《互联网政务应用安全管理规定》).",
            ExplanationChinese = "党政机关使用 .gov.cn 或 .政务 域名；事业单位使用 .cn 或 .公益 域名（《互联网政务应用安全管理规定》）。",
            Source = "《互联网政务应用安全管理规定》 as applied by the Shanghai, Zhejiang and Inner Mongolia bureaus (Huawei Cloud 备案管局咨询); facts §4",
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            EntityType entity = context.Application.Subject.EntityType;
            if (entity != EntityType.GovernmentBody && entity != EntityType.PublicInstitution)
            {
                return;
            }

            EachDomain(context, findings, static (context, findings, domain, path) =>
            {
                bool government = context.Application.Subject.EntityType == EntityType.GovernmentBody;
                string name = domain.Domain.Name;
                string tld = domain.Domain.TopLevelDomain;
                bool fits = government
                    ? name.EndsWith(".gov.cn", StringComparison.Ordinal) || string.Equals(tld, GovernmentTld, StringComparison.Ordinal)
                    : string.Equals(tld, "cn", StringComparison.Ordinal) || string.Equals(tld, PublicWelfareTld, StringComparison.Ordinal);
                if (!fits)
                {
                    findings.Report(
                        path,
                        government ? name + " is not under .gov.cn or .政务, which government bodies must use." : name + " is not under .cn or .公益, which public institutions must use.",
                        government ? name + "不是党政机关须使用的 .gov.cn 或 .政务 域名。" : name + "不是事业单位须使用的 .cn 或 .公益 域名。",
                        government ? "Use a .gov.cn or .政务 domain." : "Use a .cn or .公益 domain.",
                        government ? "请使用 .gov.cn 或 .政务 域名。" : "请使用 .cn 或 .公益 域名。");
                }
            });
        });

    internal static readonly IRule DomainListedOnce = Define.Rule(
        new Rule
        {
            Id = "ICP0507",
            DefaultSeverity = RuleSeverity.Warning,
            Title = "Each domain is listed once in an application",
            TitleChinese = "每个域名在申请中只填写一次",
            Explanation = "A domain is filed once, under one website. The sources say nothing of a domain listed twice; it is most likely a data-entry error (or a domain meant for another site), so it is a warning on every repeat after the first.",
            ExplanationChinese = "一个域名只在一个网站下备案一次。来源未提及重复填写；重复多为录入错误（或本应属于另一网站），因此对首次之后的每次重复给出警告。",
            Source = "Sources silent (a filing lists a website's domains, each with its certificate: Alibaba Cloud community blog: How to Register for an ICP Number); a warning, not an error",
            ServiceKinds = Define.Websites,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            // Most applications list a handful of domains: compared pairwise, they cost no allocation; past that a set
            // keeps the rule linear however many are listed.
            int count = 0;
            foreach (FilingService service in context.Application.Services)
            {
                count += service.Kind == ServiceKind.Website ? service.Domains.Length : 0;
            }

            if (count < 2)
            {
                return;
            }

            HashSet<DomainName>? seen = count > SmallInput ? new HashSet<DomainName>(count) : null;
            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (services[i].Kind != ServiceKind.Website)
                {
                    continue;
                }

                ImmutableArray<DomainRegistration> domains = services[i].Domains;
                for (int j = 0; j < domains.Length; j++)
                {
                    DomainName domain = domains[j].Domain;
                    if (seen is null ? ListedBefore(services, i, j, domain) : !seen.Add(domain))
                    {
                        findings.Report(
                            DomainPath(i, j),
                            domain.Name + " is listed more than once.",
                            domain.Name + "重复填写。",
                            "List each domain once, under the website it belongs to.",
                            "每个域名只填写一次，填在其所属网站下。");
                    }
                }
            }
        });

    // How many entries a rule compares pairwise before it builds a set.
    internal const int SmallInput = 16;

    // Whether a website's domain before position (service, index) has the same name.
    private static bool ListedBefore(ImmutableArray<FilingService> services, int service, int index, DomainName domain)
    {
        for (int i = 0; i <= service; i++)
        {
            if (services[i].Kind != ServiceKind.Website)
            {
                continue;
            }

            ImmutableArray<DomainRegistration> domains = services[i].Domains;
            int end = i == service ? index : domains.Length;
            for (int j = 0; j < end; j++)
            {
                if (domains[j].Domain == domain)
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>Calls a check for each domain of each website with the domain's path.</summary>
    internal static void EachDomain(RuleContext context, FindingCollector findings, Action<RuleContext, FindingCollector, DomainRegistration, string> check)
        => EachDomain(context, findings, check, static (context, findings, domain, path, check) => check(context, findings, domain, path));

    /// <summary>Calls a check for each domain of each website with the domain's path, passing state to a static
    /// check so that no closure is allocated.</summary>
    internal static void EachDomain<TState>(RuleContext context, FindingCollector findings, TState state, Action<RuleContext, FindingCollector, DomainRegistration, string, TState> check)
    {
        ImmutableArray<FilingService> services = context.Application.Services;
        for (int i = 0; i < services.Length; i++)
        {
            if (services[i].Kind != ServiceKind.Website)
            {
                continue;
            }

            ImmutableArray<DomainRegistration> domains = services[i].Domains;
            for (int j = 0; j < domains.Length; j++)
            {
                check(context, findings, domains[j], DomainPath(i, j), state);
            }
        }
    }

    // Built for every domain checked, so cached for the first few: a path is a string only when reported.
    private static string DomainPath(int service, int domain)
        => service < 4 && domain < 4 ? CachedPaths[(service * 4) + domain] : FieldPath.Domain(service, domain);

    private static readonly string[] CachedPaths = BuildPaths();

    private static string[] BuildPaths()
    {
        var paths = new string[16];
        for (int i = 0; i < 16; i++)
        {
            paths[i] = FieldPath.Domain(i / 4, i % 4);
        }

        return paths;
    }
}
