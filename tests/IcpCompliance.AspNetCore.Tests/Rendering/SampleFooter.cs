using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.AspNetCore.Tests.Rendering;

/// <summary>The footer of the sample's appsettings.json, rendered by the library itself: what every page of the
/// sample must carry.</summary>
internal static class SampleFooter
{
    internal static readonly IcpFilingNumber Icp = IcpFilingNumber.Parse("京ICP备12345678号-1").Value;
    internal static readonly PsbFilingNumber Psb = PsbFilingNumber.Parse("京公网安备11010802012345号").Value;

    internal static string Html => FooterRenderer.Render(new FooterContent(Icp) { PsbNumber = Psb, CopyrightHolder = "示例科技有限公司" }).AsT0.Text;

    internal static ExpectedFooterNumbers Expected => new(Icp) { PsbNumber = Psb };
}
