using System;
using System.Collections.Immutable;
using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>The loop most service rules share: report each service that offends, on one of its fields, with a
/// message that starts with the service's name.</summary>
internal static class ServiceFindings
{
    /// <summary>Reports <c>Services[i]</c> + <paramref name="field"/> for every service
    /// <paramref name="offends"/> picks; the messages follow the quoted service name
    /// (<c>"示例好物" enables payments…</c>, <c>“示例好物”开通支付…</c>).</summary>
    internal static void Report(
        RuleContext context,
        FindingCollector findings,
        Func<FilingService, bool> offends,
        string field,
        string message,
        string messageChinese,
        string hint,
        string hintChinese)
    {
        ImmutableArray<FilingService> services = context.Application.Services;
        for (int i = 0; i < services.Length; i++)
        {
            FilingService service = services[i];
            if (offends(service))
            {
                findings.Report(
                    FieldPath.Service(i) + field,
                    "\"" + service.Name + "\" " + message,
                    "“" + service.Name + "”" + messageChinese,
                    hint,
                    hintChinese);
            }
        }
    }
}
