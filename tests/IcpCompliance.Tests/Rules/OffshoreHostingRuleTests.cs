using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>ICP0101 names where an offshore service is hosted, in words, in both languages.</summary>
public sealed class OffshoreHostingRuleTests
{
    [Theory]
    [InlineData(HostingRegion.HongKong, "is hosted in Hong Kong:", "托管在香港：")]
    [InlineData(HostingRegion.Macao, "is hosted in Macao:", "托管在澳门：")]
    [InlineData(HostingRegion.Overseas, "is hosted outside China:", "托管在境外：")]
    public void The_finding_names_the_region(HostingRegion region, string english, string chinese)
    {
        Finding finding = Evaluate(Website.WithService(s => s with { HostingRegion = region })).Findings.Single(f => f.RuleId == "ICP0101");
        Assert.Contains(english, finding.Message, System.StringComparison.Ordinal);
        Assert.Contains(chinese, finding.MessageChinese, System.StringComparison.Ordinal);
    }
}
