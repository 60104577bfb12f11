using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;

namespace IcpCompliance.Tests.Serialization;

/// <summary>
/// What the golden files held on the day they were written: the samples as they were then. A sample that gains data
/// later (a new optional member set in the sample) is undone here, so the files keep proving that old data reads.
/// </summary>
internal static class GoldenExpectations
{
    internal static FilingApplication Application(string sample) => sample switch
    {
        nameof(SampleFilings.CompanyWebsite) => SampleFilings.CompanyWebsite,
        _ => MiniProgramAsWritten,
    };

    internal static FilingCase Case(string sample) => sample switch
    {
        nameof(SampleCases.CompanyWebsiteAwaitingSms) => SampleCases.CompanyWebsiteAwaitingSms,
        nameof(SampleCases.CompanyWebsiteLive) => SampleCases.CompanyWebsiteLive,
        _ => WithApplication(SampleCases.MiniProgramInVerification, MiniProgramAsWritten),
    };

    // PlatformAccount.Verified came with the rules engine, and the sample set it to true.
    private static FilingApplication MiniProgramAsWritten { get; } = SampleFilings.WeChatMiniProgram with
    {
        Services = [.. SampleFilings.WeChatMiniProgram.Services.Select(s => s with { Account = s.Account! with { Verified = false } })],
    };

    private static FilingCase WithApplication(FilingCase filingCase, FilingApplication application)
    {
        var started = (CaseStarted)filingCase.History[0];
        return FilingWorkflow.Default.Replay([new CaseStarted(started.At, application), .. filingCase.History.Skip(1)]).AsT0;
    }
}
