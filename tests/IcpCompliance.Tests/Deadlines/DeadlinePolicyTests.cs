using System;
using System.Linq;
using System.Text;
using IcpCompliance.Deadlines;
using NodaTime;

using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Deadlines;

public sealed class DeadlinePolicyTests
{
    private static readonly DeadlinePolicy Policy = DeadlinePolicy.Default;

    [Fact]
    public void The_default_policy_holds_the_researched_figures()
    {
        Assert.Equal(DeadlineSpan.Hours(24), Policy.SmsCodeValidity.Latest);
        Assert.Equal(DeadlineSpan.Hours(24), Policy.SmsResendWindow.Latest);
        Assert.Equal(DeadlineSpan.CalendarDays(30), Policy.PsbFiling.Latest);
        Assert.Equal((DeadlineSpan.WorkingDays(1), DeadlineSpan.WorkingDays(2)), (Policy.ProviderReview.Expected!.Value, Policy.ProviderReview.Latest));
        Assert.Equal(DeadlineSpan.WorkingDays(20), Policy.BureauReview.Latest);
        Assert.False(Policy.WeChatVerification.Confirmed);
        Assert.Equal(DeadlineSpan.WorkingDays(10), Policy.InaccurateInformationCorrection.Latest);
        Assert.Equal(DeadlineSpan.CalendarDays(60), Policy.CommercialLicence.Latest);
        Assert.Equal(
            [new LocalDate(2023, 9, 1), new LocalDate(2023, 9, 1), new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 1)],
            Policy.Dates.Select(d => d.Date));
        Assert.All(Policy.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    [Fact]
    public void A_provider_replaces_an_entry_without_changing_the_default()
    {
        DeadlineRule stricter = Policy.BureauReview with { Latest = DeadlineSpan.WorkingDays(15), Source = "Provider SLA" };
        DeadlinePolicy mine = Policy.With(stricter);
        Assert.Equal(DeadlineSpan.WorkingDays(15), mine.BureauReview.Latest);
        Assert.Equal(DeadlineSpan.WorkingDays(20), Policy.BureauReview.Latest);
        Assert.Equal(Policy.Rules.Length, mine.Rules.Length);

        DeadlinePolicy withDate = Policy.With(new RegulatoryDate("mini-program-delisting", new LocalDate(2024, 5, 1), "x", "x", "s", true));
        Assert.Equal(new LocalDate(2024, 5, 1), withDate.Dates.Single(d => d.Id == "mini-program-delisting").Date);
        Assert.True(mine.TryGetRule(DeadlinePolicy.BureauReviewId, out DeadlineRule? found) && found == stricter);
        Assert.False(mine.TryGetRule("no-such-rule", out _));
    }

    [Fact]
    public void Invalid_policies_are_programmer_errors()
    {
        Assert.Throws<ArgumentException>(() => DeadlinePolicy.Create(Policy.Rules.Skip(1), Policy.Dates));
        Assert.Throws<ArgumentException>(() => DeadlinePolicy.Create([.. Policy.Rules, Policy.Rules[0]], Policy.Dates));
        Assert.Throws<ArgumentException>(() => new DeadlineRule("x", "x", "x", DeadlineSpan.WorkingDays(2), DeadlineSpan.Hours(1), "s", true));
        Assert.Throws<ArgumentException>(() => new DeadlineRule("x", "x", "x", DeadlineSpan.WorkingDays(2), DeadlineSpan.WorkingDays(3), "s", true));
        Assert.Throws<ArgumentOutOfRangeException>(() => DeadlineSpan.Hours(-1));
        Assert.Equal("20 working days", DeadlineSpan.WorkingDays(20).ToString());
        Assert.Equal("1 hour", DeadlineSpan.Hours(1).ToString());
    }

    [Fact]
    public void Docs_list_every_policy_entry_with_its_source()
        => GeneratedDocs.AssertSection("deadlines.md", "DeadlinePolicy.Default", Render(Policy), "Docs_list_every_policy_entry");

    private static string Render(DeadlinePolicy policy)
    {
        var md = new StringBuilder();
        md.Append("| id | time limit | expected | latest | confirmed | source |\n|---|---|---|---|---|---|\n");
        foreach (DeadlineRule r in policy.Rules)
        {
            md.Append($"| `{r.Id}` | {r.Title} ({r.TitleChinese}) | {r.Expected?.ToString() ?? "–"} | {r.Latest} | {(r.Confirmed ? "yes" : "**no**")} | {r.Source} |\n");
        }

        md.Append("\n| id | date | what | confirmed | source |\n|---|---|---|---|---|\n");
        foreach (RegulatoryDate d in policy.Dates)
        {
            md.Append($"| `{d.Id}` | {d.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} | {d.Title} ({d.TitleChinese}) | {(d.Confirmed ? "yes" : "**no**")} | {d.Source} |\n");
        }

        return md.ToString();
    }
}
