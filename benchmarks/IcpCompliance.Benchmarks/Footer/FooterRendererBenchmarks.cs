using System;
using System.Net;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>
/// <see cref="FooterRenderer.Render"/> to HTML (ICP number, PSB number with its icon, license, copyright holder)
/// against the interpolated string with <see cref="WebUtility.HtmlEncode(string)"/> a developer writes by hand for
/// the same markup (the baseline).
/// </summary>
[MemoryDiagnoser]
public class FooterRendererBenchmarks
{
    private static readonly IcpFilingNumber Icp = IcpFilingNumber.Parse("京ICP证030173号-1").Value;
    private static readonly PsbFilingNumber Psb = PsbFilingNumber.Parse("京公网安备11010802012345号").Value;
    private static readonly IcpLicenseNumber License = IcpLicenseNumber.Parse("京ICP证030173号").Value;
    private static readonly FooterContent Content = new(Icp) { PsbNumber = Psb, LicenseNumber = License, CopyrightHolder = "北京示例科技有限公司" };

    [GlobalSetup]
    public void Check()
    {
        if (Library().Length == 0 || ByHand().Length == 0)
        {
            throw new InvalidOperationException("Nothing rendered.");
        }
    }

    [Benchmark(Baseline = true, Description = "footer HTML: interpolated string + HtmlEncode")]
    public string ByHand()
    {
        string holder = WebUtility.HtmlEncode("北京示例科技有限公司");
        string icp = WebUtility.HtmlEncode(Icp.ToString());
        string license = WebUtility.HtmlEncode(License.ToString());
        string psb = WebUtility.HtmlEncode(Psb.ToString());
        string code = Psb.Digits;
        return $"<div class=\"icp-footer\"><span>© {holder}</span><span> | </span><a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">{icp}</a>"
            + $"<span> | </span><span>{license}</span><span> | </span><a href=\"https://beian.mps.gov.cn/#/query/webSearch?code={code}\" target=\"_blank\" rel=\"noopener noreferrer\">"
            + $"<img src=\"/beian.png\" alt=\"公安备案图标\" width=\"16\" height=\"16\">{psb}</a></div>";
    }

    [Benchmark(Description = "footer HTML: FooterRenderer.Render")]
    public string Library() => ((RenderedFooter)FooterRenderer.Render(Content, FooterFormat.Html).Value).Text;
}
