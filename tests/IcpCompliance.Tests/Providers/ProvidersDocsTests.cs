using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using IcpCompliance.Filing;
using IcpCompliance.Providers;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Tests.Providers;

/// <summary>docs/providers.md: its snippet's code (without usings and comments) is run here, each value it states
/// in a comment asserted; and its table names every row of the WeChat tables.</summary>
public sealed class ProvidersDocsTests
{
    [Fact]
    public void The_snippet_runs()
    {
        Instant t0 = Instant.FromUtc(2026, 3, 2, 1, 0);
        FilingCase verified = FilingWorkflow.Default.ApplyAll(
            FilingCase.Start(SampleFilings.WeChatMiniProgram, t0),
            [new PlatformEmailActivated(t0), new PlatformEntityInformationEntered(t0), new PlatformVerificationRequested(t0, PlatformVerificationMethod.ReviewFee), new PlatformVerificationPassed(t0)]).AsT0;
        ProviderObservation[] polls =
        [
            WeChatIcpResponse.Read("""{"errcode":0,"info":{"status":2}}""", t0 + Duration.FromHours(1)).AsT0,
            WeChatIcpResponse.Read("""{"errcode":0,"info":{"status":4,"sms_verify_status":1}}""", t0 + Duration.FromHours(30)).AsT0,
            WeChatIcpResponse.Read("""{"errcode":0,"info":{"status":4,"sms_verify_status":2}}""", t0 + Duration.FromHours(60)).AsT0,
        ];
        ProviderReplay<ProviderObservation, ProviderStatus> replay = ProviderStatusTranslator.WeChatEntranceInfo.Replay(verified, polls);
        Assert.False(replay.IsLegalPath);
        Assert.Equal("code-still-valid", replay.Refusal!.Guard!.Name);
        Assert.Equal(FilingState.AwaitingSmsVerification, replay.State);
        Assert.NotEmpty(replay.OpenDeadlines);
    }

    [Fact]
    public void The_tencent_snippet_runs()
    {
        Instant opened = Instant.FromUtc(2026, 3, 2, 1, 0);
        FilingCase draft = FilingCase.Start(SampleFilings.CompanyWebsite, opened);
        string audit = """{"Response":{"Events":[{"EventName":"AbandonIcpOrder","EventTime":"1772424000","ErrorCode":0},{"EventName":"SaveIcpOrder","EventTime":"1772420400","ErrorCode":0},{"EventName":"DescribeSomethingNew","EventTime":"1772418600","ErrorCode":0}],"ListOver":true}}""";
        ProviderReplay<ProviderActionRecord, ProviderAction> done = ProviderActionTranslator.TencentCloud.Replay(draft, TencentCloudAuditEvents.Read(audit, Offset.FromHours(8)).AsT0);
        Assert.Equal(FilingState.Abandoned, done.State);
        Assert.Equal("DescribeSomethingNew", done.UnknownInputs[0].Name);
        Assert.True(done.Steps[1].Events.IsEmpty);
        Assert.Single(done.UnknownInputs);
    }

    [Fact]
    public void Every_snippet_is_run_here()
    {
        DocSnippetRuns.AssertEverySnippetIsRunBy("providers.md", "tests", "IcpCompliance.Tests", "Providers", "ProvidersDocsTests.cs");
    }

    [Fact]
    public void The_table_names_every_code_and_its_chinese_meaning()
    {
        string docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "providers.md"));
        foreach (ProviderStatus status in WeChatStatusTables.EntranceInfo.Statuses.Concat(WeChatStatusTables.AuthAndIcp.Statuses).Where(s => s.SmsVerifyStatus is null))
        {
            string meaning = status.MeaningChinese.Split(' ')[0];
            Assert.True(docs.Contains(meaning, System.StringComparison.Ordinal) || status.Code is > 1024 and <= 1031, $"{status} {meaning}");
        }

        Assert.All(TencentCloudIcpActions.All, a => Assert.Contains("`" + a.Name + "`", docs, System.StringComparison.Ordinal));
    }
}
