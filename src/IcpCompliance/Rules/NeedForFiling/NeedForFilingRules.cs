using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>ICP01xx: whether a filing is needed at all.</summary>
internal static class NeedForFilingRules
{
    private const string Source = "Huawei Cloud ICP knowledge base (备案条件咨询, filing-rules.yml FilingRequirement); facts §3b, §6b";

    internal static readonly IRule HostedOutsideMainland = Define.Rule(
        "ICP0101",
        RuleSeverity.Info,
        "Services hosted outside the Mainland need no ICP filing",
        "境外（含港澳）托管的服务无需ICP备案",
        "Only Mainland hosting needs an ICP filing. A service hosted in Hong Kong, Macao or overseas files nothing, at the cost of slower and less reliable access from the Mainland.",
        "只有在中国内地托管的服务需要ICP备案。托管在香港、澳门或境外的服务无需备案，但内地访问速度和稳定性较差。",
        Source,
        Define.All,
        Define.NewServices,
        static (context, findings) =>
        {
            ImmutableArray<FilingService> services = context.Application.Services;
            for (int i = 0; i < services.Length; i++)
            {
                if (services[i].HostingRegion != HostingRegion.Mainland)
                {
                    findings.Report(
                        FieldPath.Service(i) + ".HostingRegion",
                        "\"" + services[i].Name + "\" is hosted " + Where(services[i].HostingRegion) + ": it needs no ICP filing, but Mainland visitors reach it more slowly and less reliably.",
                        "“" + services[i].Name + "”托管在" + WhereChinese(services[i].HostingRegion) + "：无需ICP备案，但内地用户访问较慢且不稳定。",
                        "Either keep it offshore and withdraw it from this application, or move it to Mainland hosting and file it.",
                        "可保留境外托管并从本申请中移除该服务，或迁移到内地托管后备案。");
                }
            }
        });

    internal static readonly IRule MainlandHostingNeedsFiling = Define.Rule(
        "ICP0102",
        RuleSeverity.Info,
        "Mainland hosting needs the filing before the service goes live",
        "内地托管的服务须先备案后上线",
        "Servers, virtual servers, web hosting, a Mainland CDN or object storage all need an ICP filing, whoever owns them; during a first filing or a new service the domain must not serve from Mainland servers until the number is issued.",
        "服务器、云主机、虚拟主机、内地CDN或对象存储均需ICP备案，无论归谁所有；首次备案或新增网站期间，域名在取得备案号前不得指向内地服务器提供服务。",
        Source,
        Define.All,
        [FilingOperation.FirstFiling, FilingOperation.AddService],
        static (context, findings) => ServiceFindings.Report(
            context,
            findings,
            static s => s.HostingRegion == HostingRegion.Mainland,
            ".HostingRegion",
            "is hosted in the Mainland: it must not serve from Mainland servers until the filing is approved.",
            "托管在内地：备案通过前不得通过内地服务器提供服务。",
            "Keep the domain from resolving to Mainland servers until the filing number is issued.",
            "取得备案号前请勿将域名解析到内地服务器。"));

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
