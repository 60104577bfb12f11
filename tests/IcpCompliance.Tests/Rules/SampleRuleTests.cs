using System.Linq;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>The built-in samples are realistic and ready to submit under the default rules.</summary>
public sealed class SampleRuleTests
{
    [Fact]
    public void Company_website_is_ready_to_submit()
    {
        RuleReport report = Evaluate(Website);
        Assert.True(report.IsReadyToSubmit, Describe(report));
        Assert.Equal(0, report.WarningCount);
        Assert.Contains("ICP0102", report.Ids());
    }

    [Fact]
    public void Mini_program_is_ready_to_submit()
    {
        RuleReport report = Evaluate(MiniProgram);
        Assert.True(report.IsReadyToSubmit, Describe(report));
        Assert.Equal(0, report.WarningCount);
    }

    [Fact]
    public void The_individual_builder_is_ready_to_submit()
    {
        RuleReport report = Evaluate(Individual());
        Assert.True(report.IsReadyToSubmit && report.WarningCount == 0, Describe(report));
    }
}
