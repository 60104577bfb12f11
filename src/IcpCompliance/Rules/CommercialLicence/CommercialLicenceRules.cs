using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>ICP02xx: the ICP Commercial Licence (经营许可证).</summary>
internal static class CommercialLicenceRules
{
    private const string Source = "《互联网信息服务管理办法》 (经营性/非经营性); Huawei Cloud ICP knowledge base 备案成功后咨询 doc_0033, doc_0274; Tencent Cloud 经营性备案; facts §1.2, §3d";

    internal static readonly IRule CommercialNeedsLicence = Define.Rule(
        "ICP0201",
        RuleSeverity.Warning,
        "Commercial services need an ICP Commercial Licence as well as the filing",
        "经营性服务除备案外还需取得ICP经营许可证",
        "A service that takes payment for goods or services (经营性) needs an ICP Commercial Licence from the provincial communications administration in addition to the filing, applied for after the filing number is issued (typically 40–60 working days).",
        "提供有偿服务（经营性）的服务除ICP备案外，还需向省通信管理局申请ICP经营许可证，一般在取得备案号后申请（通常需40至60个工作日）。",
        Source,
        Define.All,
        Define.Submissions,
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.IsCommercial,
            ".IsCommercial",
            "is commercial: it also needs an ICP Commercial Licence before it takes payments.",
            "为经营性服务：收费前还需取得ICP经营许可证。",
            "Apply to the provincial communications administration for the ICP Commercial Licence once the filing number is issued.",
            "取得备案号后向省通信管理局申请ICP经营许可证。"));

    internal static readonly IRule LicenceNeedsMainlandPresence = Define.Rule(
        "ICP0202",
        RuleSeverity.Error,
        "Only a subject with a permanent legal presence in the Mainland can hold a commercial licence",
        "只有在内地有常设法人实体的主体才能取得经营许可证",
        "An individual or a foreign enterprise's representative office has no permanent legal presence in the Mainland and cannot obtain an ICP Commercial Licence, so it cannot run a commercial service.",
        "个人或外国企业常驻代表机构在内地没有常设法人实体，无法取得ICP经营许可证，因此不能提供经营性服务。",
        Source,
        Define.All,
        Define.Submissions,
        static (context, findings) =>
        {
            EntityType entity = context.Application.Subject.EntityType;
            if (entity.HasPermanentMainlandPresence)
            {
                return;
            }

            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (services[i].IsCommercial)
                {
                    findings.Report(
                        FieldPath.Service(i) + ".IsCommercial",
                        "\"" + services[i].Name + "\" is commercial, but " + Wording.WithArticle(entity.EnglishNoun) + " cannot obtain an ICP Commercial Licence.",
                        "“" + services[i].Name + "”为经营性服务，但" + entity.ChineseName + "无法取得ICP经营许可证。",
                        "Work with a Mainland partner that holds the licence, or set up a Mainland company to run the service.",
                        "请与持有经营许可证的内地合作方合作，或在内地设立公司运营该服务。");
                }
            }
        });
}
