using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>ICP01xx: whether a filing is needed at all.</summary>
internal static class NeedForFilingRules
{
    private const string Source = "Alibaba Cloud community blog: How to Register for an ICP Number (hosting in the Mainland needs an ICP number, hosting in Hong Kong does not; servers, web hosting, CDN and OSS alike); Huawei Cloud ICP knowledge base 备案条件咨询 doc_0180 (the provider files only services on its Mainland servers); facts §3b, §6b";

    private const string AppsAndMiniProgramsSource = "WeChat Mini Program Registration, Verification & Filing Guide (\"Starting September 1, 2023, all Mini Programs must complete ICP filing before being published\"); MIIT notice 工信部信管〔2023〕105号 on App filing, as summarized by secondary sources (facts §3)";

    internal static readonly IRule HostedOutsideMainland = Define.Rule(
        new Rule
        {
            Id = "ICP0101",
            DefaultSeverity = RuleSeverity.Error,
            Title = "A website hosted outside the Mainland cannot be filed through a Mainland provider",
            TitleChinese = "境外（含港澳）托管的网站不能通过内地接入商备案",
            Explanation = "Only Mainland hosting needs an ICP filing, and a Mainland provider files only the sites its Mainland servers host. A website hosted in Hong Kong, Macao or overseas needs no filing and cannot be filed here: an application that lists one is not ready.",
            ExplanationChinese = "只有在中国内地托管的网站需要ICP备案，内地接入商也只为其内地服务器上的网站办理备案。托管在香港、澳门或境外的网站无需备案，也不能在此备案：列有此类网站的申请不能提交。",
            Source = Source,
            ServiceKinds = Define.Websites,
            Operations = Define.NewServices,
        },
        static (context, findings) => EachOffshore(
            context,
            findings,
            website: true,
            ": a website hosted outside the Mainland needs no ICP filing and cannot be filed through a Mainland provider.",
            "：境外托管的网站无需ICP备案，也不能通过内地接入商备案。",
            "Move the site to Mainland hosting with this provider and file it, or keep it offshore and remove it from this application.",
            "请将网站迁移到该接入商的内地服务器后备案，或保留境外托管并从本申请中移除该网站。"));

    internal static readonly IRule AppsFileWhereverHosted = Define.Rule(
        new Rule
        {
            Id = "ICP0103",
            DefaultSeverity = RuleSeverity.Info,
            Title = "Mini Programs and Apps file wherever their servers are",
            TitleChinese = "小程序和App无论服务器位于何处均须备案",
            Explanation = "Every Mini Program must complete its ICP filing before it is published, and an App that serves users in the Mainland files before it operates: unlike a website, hosting outside the Mainland does not remove the need to file.",
            ExplanationChinese = "所有小程序须在发布前完成ICP备案，面向内地用户提供服务的App须备案后方可运营：与网站不同，境外托管并不免除备案。",
            Source = AppsAndMiniProgramsSource,
            ServiceKinds = Define.AppsAndMiniPrograms,
            Operations = Define.NewServices,
        },
        static (context, findings) => EachOffshore(
            context,
            findings,
            website: false,
            ", and it still needs its ICP filing before it is published.",
            "，仍须在发布前完成ICP备案。",
            "Keep it in this application; where its servers are does not change the need to file.",
            "请保留在本申请中；服务器所在地不影响备案要求。"));

    internal static readonly IRule NamesAService = Define.Rule(
        new Rule
        {
            Id = "ICP0104",
            DefaultSeverity = RuleSeverity.Error,
            Title = "An application names the services it files, adds or cancels",
            TitleChinese = "申请须列出所备案、新增或注销的服务",
            Explanation = "A filing is the filing of a service: a first filing files the subject with its first services, and a subject left with none (空壳主体) is canceled or refused in most provinces. An application that files, adds or cancels services but names none is not ready; only a change of the subject's details or the cancellation of the whole subject may list none.",
            ExplanationChinese = "备案是对服务的备案：首次备案为主体及其首批服务备案，没有服务的主体（空壳主体）在多数省份将被注销或不予受理。备案、新增或注销服务的申请未列出任何服务的，不能提交；只有变更主体信息或注销主体的申请可以不列服务。",
            Source = "Alibaba Cloud community blog: How to Register for an ICP Number (\"you obtain an ICP number when you host a website\"); Huawei Cloud ICP knowledge base 备案成功后咨询 doc_0037 (空壳主体) and filing-rules.yml operation types; facts §3b, §6",
            ServiceKinds = Define.All,
            Operations = [FilingOperation.FirstFiling, FilingOperation.AddService, FilingOperation.AddAccess, FilingOperation.CancelService, FilingOperation.WithdrawAccess],
        },
        static (context, findings) =>
        {
            if (context.Application.Services.IsEmpty)
            {
                FilingOperation operation = context.Application.Operation;
                findings.Report(
                    FieldPath.Services,
                    "The application (" + operation.Name + ", " + operation.ChineseName + ") names no service.",
                    "本申请（" + operation.ChineseName + "）未列出任何服务。",
                    "Add the website, App or Mini Program the application is for.",
                    "请填写本申请对应的网站、App或小程序。");
            }
        });

    internal static readonly IRule MainlandHostingNeedsFiling = Define.Rule(
        new Rule
        {
            Id = "ICP0102",
            DefaultSeverity = RuleSeverity.Info,
            Title = "Mainland hosting needs the filing before the service goes live",
            TitleChinese = "内地托管的服务须先备案后上线",
            Explanation = "Servers, virtual servers, web hosting, a Mainland CDN or object storage all need an ICP filing, whoever owns them; once the filing is approved the service may go live, and during a first filing or a new service the domain must not serve from Mainland servers until the number is issued.",
            ExplanationChinese = "服务器、云主机、虚拟主机、内地CDN或对象存储均需ICP备案，无论归谁所有；首次备案或新增网站期间，域名在取得备案号前不得指向内地服务器提供服务。",
            Source = Source,
            ServiceKinds = Define.All,
            Operations = [FilingOperation.FirstFiling, FilingOperation.AddService],
        },
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.HostingRegion == HostingRegion.Mainland,
            ".HostingRegion",
            "is hosted in the Mainland: it must not serve from Mainland servers until the filing is approved.",
            "托管在内地：备案通过前不得通过内地服务器提供服务。",
            "Keep the domain from resolving to Mainland servers until the filing number is issued.",
            "取得备案号前请勿将域名解析到内地服务器。"));

    /// <summary>Reports each website (or each other service) hosted outside the Mainland on its hosting region: the
    /// message is the quoted name, where it is hosted, then <paramref name="tail"/>.</summary>
    private static void EachOffshore(RuleContext context, FindingCollector findings, bool website, string tail, string tailChinese, string hint, string hintChinese)
    {
        ImmutableArray<FilingService> services = context.Application.Services;
        for (int i = 0; i < services.Length; i++)
        {
            FilingService service = services[i];
            if ((service.Kind == ServiceKind.Website) == website && service.HostingRegion != HostingRegion.Mainland)
            {
                findings.Report(
                    FieldPath.Service(i) + ".HostingRegion",
                    "\"" + service.Name + "\" is hosted " + Where(service.HostingRegion) + tail,
                    "“" + service.Name + "”托管在" + WhereChinese(service.HostingRegion) + tailChinese,
                    hint,
                    hintChinese);
            }
        }
    }

    private static string Where(HostingRegion region) => region switch
    {
        HostingRegion.HongKong => "in Hong Kong",
        HostingRegion.Macao => "in Macao",
        _ => "outside China",
    };

    private static string WhereChinese(HostingRegion region) => region switch
    {
        HostingRegion.HongKong => "香港",
        HostingRegion.Macao => "澳门",
        _ => "境外",
    };
}
