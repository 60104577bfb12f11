using System;
using System.Collections.Immutable;

namespace IcpCompliance.Numbers;

/// <summary>
/// The official addresses that filing numbers link to, current and retired, as data. Footers link to the
/// current ones; a footer inspector recognizes the retired ones so it can say so.
/// </summary>
/// <remarks>Sources: <c>docs/footer.md</c> (MIIT display rule; PSB platform links seen on real footers).</remarks>
public static class VerificationLinks
{
    /// <summary>The MIIT ICP filing query site that an ICP number must link to: <c>https://beian.miit.gov.cn/</c>.</summary>
    public static Uri MiitFilingSystem { get; } = new("https://beian.miit.gov.cn/");

    /// <summary>Host names of the MIIT query site that real footers link to and that are retired:
    /// <c>www.miitbeian.gov.cn</c>, <c>miitbeian.gov.cn</c>, <c>www.beian.miit.gov.cn</c>.</summary>
    public static ImmutableArray<string> RetiredMiitHosts { get; } = ["www.miitbeian.gov.cn", "miitbeian.gov.cn", "www.beian.miit.gov.cn"];

    /// <summary>The current MIIT host name, <c>beian.miit.gov.cn</c>.</summary>
    public static string MiitHost => "beian.miit.gov.cn";

    /// <summary>The start of a PSB record link on the national platform; the record code follows:
    /// <c>https://beian.mps.gov.cn/#/query/webSearch?code=</c>.</summary>
    public static string PsbRecordPrefix => "https://beian.mps.gov.cn/#/query/webSearch?code=";

    /// <summary>The start of a PSB record link on the retired portal; the record code follows:
    /// <c>http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=</c>.</summary>
    public static string LegacyPsbRecordPrefix => "http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=";
}
