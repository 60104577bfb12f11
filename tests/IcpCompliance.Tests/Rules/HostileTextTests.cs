using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Rules;
using static IcpCompliance.Tests.Rules.RuleTestSupport;

namespace IcpCompliance.Tests.Rules;

/// <summary>
/// Application text that tries to drive a terminal or flood the output through the findings' messages (issue #26):
/// a finding quotes it with its control and bidirectional characters replaced and cut, and the same finding
/// reported again is counted on the first, so the report grows with the distinct problems.
/// </summary>
public sealed class HostileTextTests
{
    [Fact]
    public void A_repeated_content_category_is_one_finding()
    {
        FilingApplication app = Website.WithService(s => s with { ContentCategories = [.. Enumerable.Repeat(PreApprovalCategory.News, 100_000), PreApprovalCategory.Medical, PreApprovalCategory.News] });

        RuleReport report = Evaluate(app);

        Finding[] preApprovals = [.. report.Findings.Where(f => f.RuleId == "ICP0309" && f.Path == "Services[0].PreApprovals")];
        Assert.Equal(2, preApprovals.Length);
        Assert.Contains("news", preApprovals[0].Message, System.StringComparison.Ordinal);
        Assert.Contains("medical", preApprovals[1].Message, System.StringComparison.Ordinal);
        Assert.All(preApprovals, f => Assert.Equal(1, f.Occurrences));
    }

    [Fact]
    public void The_same_finding_reported_again_is_counted_on_the_first()
    {
        var repeating = new RepeatingRule(RuleSet.Default.Rules.Single(r => r.Id == "ICP0309"));

        RuleReport report = RuleSet.Empty.With(repeating).Evaluate(Website, Today);

        Assert.Equal(2, report.Findings.Length);
        Assert.Equal((100_000, "Services[0]"), (report.Findings[0].Occurrences, report.Findings[0].Path));
        Assert.Equal((1, "Documents"), (report.Findings[1].Occurrences, report.Findings[1].Path));
        Assert.Equal(2, report.ErrorCount);
    }

    private sealed class RepeatingRule(Rule metadata) : IRule
    {
        public Rule Metadata => metadata;

        public void Evaluate(RuleContext context, FindingCollector findings)
        {
            for (int i = 0; i < 100_000; i++)
            {
                findings.Report("Services[0]", "Same.", "相同。", "Fix.", "修改。");
            }

            findings.Report("Documents", "Same.", "相同。", "Fix.", "修改。");
        }
    }

    [Fact]
    public void A_hostile_service_name_is_quoted_escaped_and_cut()
    {
        string name = "\u001b[2J\u001b[31m\u202e示例\u0007\n" + new string('x', 200_000);
        FilingApplication app = Website.WithService(s => s with { Name = name, ContentCategories = [PreApprovalCategory.News] });

        RuleReport report = Evaluate(app);

        Finding finding = Assert.Single(report.Findings, f => f.RuleId == "ICP0309" && f.Path == "Services[0].PreApprovals");
        string quoted = "\"\uFFFD[2J\uFFFD[31m\uFFFD示例\uFFFD\uFFFD" + new string('x', 64 - 14) + "…\"";
        Assert.StartsWith(quoted + " touches news content", finding.Message, System.StringComparison.Ordinal);
        Assert.StartsWith("“\uFFFD[2J", finding.MessageChinese, System.StringComparison.Ordinal);
        Assert.All(report.Findings, f =>
        {
            foreach (string text in new[] { f.Message, f.MessageChinese, f.FixHint, f.FixHintChinese, f.Path })
            {
                Assert.True(text.Length <= 2_001, f.RuleId);
                Assert.DoesNotContain(text, c => char.IsControl(c) || c is '\u202e' or '\u2028');
            }
        });
    }

    [Fact]
    public void Ordinary_messages_are_left_as_the_rules_wrote_them()
    {
        RuleReport report = Evaluate(Website.WithService(s => s with { ContentCategories = [PreApprovalCategory.News] }));

        Finding finding = Assert.Single(report.Findings, f => f.RuleId == "ICP0309" && f.Path == "Services[0].PreApprovals");
        Assert.Equal("\"" + Website.Services[0].Name + "\" touches news content but holds no pre-approval for it.", finding.Message);
        Assert.Equal(1, finding.Occurrences);
    }
}
