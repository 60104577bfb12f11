using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>ICP02xx: the ICP Commercial License (经营许可证).</summary>
internal static class CommercialLicenseRules
{
    private const string Source = "Alibaba Cloud community blog: How to Register for an ICP Number (\"If your site is a commercial site, then you will also need to apply for an ICP Commercial License in addition to the ICP Filing\"; it \"takes about 60 days\"); Huawei Cloud ICP knowledge base 备案成功后咨询 doc_0033, doc_0274; facts §1.2, §3d";

    internal static readonly IRule CommercialNeedsLicense = Define.Rule(
        new Rule
        {
            Id = "ICP0201",
            DefaultSeverity = RuleSeverity.Warning,
            Title = "Commercial services need an ICP Commercial License as well as the filing",
            TitleChinese = "经营性服务除备案外还需取得ICP经营许可证",
            Explanation = "A service that takes payment for goods or services (经营性) needs an ICP Commercial License from the provincial communications administration in addition to the filing, applied for after the filing number is issued; it takes about 60 days.",
            ExplanationChinese = "提供有偿服务（经营性）的服务除ICP备案外，还需向省通信管理局申请ICP经营许可证，一般在取得备案号后申请，约需60天。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.IsCommercial,
            ".IsCommercial",
            "is commercial: it also needs an ICP Commercial License before it takes payments.",
            "为经营性服务：收费前还需取得ICP经营许可证。",
            "Apply to the provincial communications administration for the ICP Commercial License once the filing number is issued.",
            "取得备案号后向省通信管理局申请ICP经营许可证。"));

    internal static readonly IRule LicenseNeedsMainlandPresence = Define.Rule(
        new Rule
        {
            Id = "ICP0202",
            DefaultSeverity = RuleSeverity.Error,
            Title = "Only a subject that can hold a commercial license runs a commercial service",
            TitleChinese = "只有可取得经营许可证的主体才能提供经营性服务",
            Explanation = "The license is not granted to applicants without a permanent legal business presence in the Mainland (individuals, a foreign enterprise's representative office), and it goes to companies: who can hold it is data (LicenseEligibility) with its source. A commercial service of a subject that cannot hold it is an error where the source is firm, a warning where it is not.",
            ExplanationChinese = "经营许可证不授予在内地没有常设合法经营实体的申请人（个人、外国企业常驻代表机构），且由公司申请：哪些主体可以取得由数据（LicenseEligibility）给出并注明来源。主体无法取得许可证却提供经营性服务的，来源确定时报错，来源未经证实时为警告。",
            Source = "LicenseEligibility (each entry carries its source); Alibaba Cloud community blog: How to Register for an ICP Number; Tencent Cloud 经营性备案; facts §1.2",
            ServiceKinds = Define.All,
            Operations = Define.Submissions,
        },
        static (context, findings) =>
        {
            EntityType entity = context.Application.Subject.EntityType;
            LicenseEligibility? eligibility = null;
            foreach (LicenseEligibility entry in context.CommercialLicenseEligibility)
            {
                if (entry.EntityType == entity)
                {
                    eligibility = entry;
                    break;
                }
            }

            if (eligibility is { Eligible: true })
            {
                return;
            }

            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (!services[i].IsCommercial)
                {
                    continue;
                }

                string path = FieldPath.Service(i) + ".IsCommercial";
                string message = "\"" + services[i].Name + "\" is commercial, but " + Wording.WithArticle(entity.EnglishNoun) + " cannot obtain an ICP Commercial License";
                string messageChinese = "“" + services[i].Name + "”为经营性服务，但" + entity.ChineseName + "无法取得ICP经营许可证";
                const string Hint = "Work with a Mainland company that holds the license, or set up a Mainland company to run the service.";
                const string HintChinese = "请与持有经营许可证的内地公司合作，或在内地设立公司运营该服务。";
                if (eligibility is { Confirmed: true })
                {
                    findings.Report(path, message + ".", messageChinese + "。", Hint, HintChinese);
                }
                else
                {
                    string source = eligibility?.Source ?? "no entry for this kind of subject";
                    findings.ReportUnconfirmed(
                        path,
                        message + " (unconfirmed; source: " + source + ").",
                        messageChinese + "（来源未经证实）。",
                        Hint + " Confirm with the provincial communications administration.",
                        HintChinese + "请向省通信管理局确认。");
                }
            }
        });
}
