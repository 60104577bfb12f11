using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using IcpCompliance.Filing;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Serialization;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;

namespace IcpCompliance.Tests.Reliability;

/// <summary>
/// Parsing, rendering footers, inspecting pages, reading and writing JSON and applying workflow events from many
/// threads at once give exactly what one thread gives: no shared mutable state, no lazy initialization race.
/// </summary>
public sealed class ConcurrencyTests
{
    private static readonly string[] Numbers =
    [
        "京ICP备12345678号-1", "京ICP备 12345678号-1", "陕ICP备2024026116号-1A", "粤B2-20090059-1626X", "京ICP证030173号",
        "京公网安备11010802012345号", "蜀公网安备51010702001250号", "滇ICP备09010050-5号", "京公网安备110105001181号", "x",
    ];

    private const string Page = "<footer><a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a> "
        + "<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010502000002\">京公网安备11010502000001号</a><!-- 沪ICP备2025152989号-1 --></footer>";

    /// <summary>Everything one thread does, written out as text to compare.</summary>
    private static string Work()
    {
        var result = new StringBuilder();
        foreach (string text in Numbers)
        {
            result.AppendLine(FilingNumber.Parse(text, ParseMode.Lenient).Match(n => n.ToString(), e => e.ToString()));
        }

        var content = new FooterContent(IcpFilingNumber.Parse("京ICP备12345678号-1").Value)
        {
            PsbNumber = PsbFilingNumber.Parse("京公网安备11010802012345号").Value,
            CopyrightHolder = "示例 <&> Co",
        };
        foreach (FooterFormat format in Enum.GetValues<FooterFormat>())
        {
            result.AppendLine(FooterRenderer.Render(content, format).Match(f => f.Text, e => e.ToString(), r => r.ToString()));
        }

        FooterInspection inspection = FooterInspector.Inspect(Page);
        result.AppendLine(string.Join(";", inspection.Numbers.Select(n => $"{n.Number}@{n.Offset}:{n.Context}:{n.IsLinked}")));
        result.AppendLine(string.Join(";", inspection.Findings.Select(f => $"{f.RuleId}@{f.Offset}:{f.Message}")));

        result.AppendLine(IcpJson.Serialize(IcpJson.DeserializeApplication(IcpJson.Serialize(SampleFilings.WeChatMiniProgram))));

        FilingCase sample = SampleCases.CompanyWebsiteLive;
        FilingCase start = FilingCase.Start(sample.Application, sample.StartedAt);
        result.AppendLine(FilingWorkflow.Default.ApplyAll(start, sample.History.Skip(start.History.Length)).Match(
            c => $"{c.State} {c.History.Length} {c.SubjectNumber} {string.Join(",", c.ServiceNumbers)} {c.LiveSince}",
            rejected => rejected.ToString()));

        foreach (var application in new[] { SampleFilings.CompanyWebsite, SampleFilings.WeChatMiniProgram, SampleFilings.CompanyWebsite with { Documents = [] } })
        {
            var report = IcpCompliance.Rules.RuleSet.Default.Evaluate(application, new NodaTime.LocalDate(2026, 3, 24));
            result.AppendLine(string.Join(";", report.Findings.Select(f => $"{f.RuleId}:{f.Severity}:{f.Path}:{f.Message}")));
        }

        result.AppendLine(string.Join(";", IcpCompliance.Deadlines.DeadlineCalculator.Default.For(SampleCases.CompanyWebsiteAwaitingSms).Select(d => $"{d.Rule.Id}:{d.DueAt}:{d.DueOn}")));
        return result.ToString();
    }

    [Fact]
    public async Task Many_threads_at_once_get_what_one_thread_gets()
    {
        string expected = Work();
        Assert.Contains("京ICP备12345678号-1", expected, StringComparison.Ordinal);
        FilingCase live = SampleCases.CompanyWebsiteLive;
        Assert.Contains($"{live.State} {live.History.Length} {live.SubjectNumber}", expected, StringComparison.Ordinal);

        const int threads = 8, rounds = 25;
        using var start = new ManualResetEventSlim();
        var results = new List<string>[threads];
        Task[] tasks = [.. Enumerable.Range(0, threads).Select(t => Task.Factory.StartNew(
            () =>
            {
                start.Wait();
                results[t] = [.. Enumerable.Range(0, rounds).Select(_ => Work())];
            },
            CancellationToken.None,
            TaskCreationOptions.LongRunning,
            TaskScheduler.Default))];
        start.Set();
        await Task.WhenAll(tasks);

        Assert.All(results.SelectMany(r => r), actual => Assert.Equal(expected, actual));
    }
}
