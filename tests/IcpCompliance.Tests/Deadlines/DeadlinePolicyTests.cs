using System;
using System.Linq;
using System.Text;
using IcpCompliance.Deadlines;
using NodaTime;

using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Deadlines;

public sealed partial class DeadlinePolicyTests
{
    private static readonly DeadlinePolicy Policy = DeadlinePolicy.Default;

    [Fact]
    public void The_default_policy_holds_the_researched_figures()
    {
        Assert.Equal(DeadlineSpan.Hours(24), Policy.SmsCodeValidity.Latest);
        Assert.Equal(DeadlineSpan.Hours(24), Policy.SmsResendWindow.Latest);
        Assert.Equal(DeadlineSpan.CalendarDays(30), Policy.PsbFiling.Latest);
        Assert.Equal((DeadlineSpan.WorkingDays(1), DeadlineSpan.WorkingDays(2)), (Policy.ProviderReview.Shortest!.Value, Policy.ProviderReview.Latest));

        // "Review time: 1–20 working days" and "Typically within one week" (the WeChat guide): a range, not one figure.
        Assert.Equal(
            (DeadlineSpan.WorkingDays(1), DeadlineSpan.WorkingDays(5), DeadlineSpan.WorkingDays(20)),
            (Policy.BureauReview.Shortest!.Value, Policy.BureauReview.Expected!.Value, Policy.BureauReview.Latest));

        // "Review time is 1–5 business days." (the WeChat guide), stated outright.
        Assert.Equal((DeadlineSpan.WorkingDays(1), DeadlineSpan.WorkingDays(5), true), (Policy.WeChatVerification.Shortest!.Value, Policy.WeChatVerification.Latest, Policy.WeChatVerification.Confirmed));
        Assert.Equal(DeadlineSpan.WorkingDays(10), Policy.InaccurateInformationCorrection.Latest);

        // "The application process for an ICP Commercial License takes about 60 days, or two months." (the ICP guide):
        // one figure, in calendar days, after an acceptance of at most 15 days.
        Assert.Equal(DeadlineSpan.CalendarDays(60), Policy.CommercialLicense.Latest);
        Assert.Null(Policy.CommercialLicense.Expected);
        Assert.Equal(DeadlineSpan.CalendarDays(15), Policy.CommercialLicenseAcceptance.Latest);
        Assert.Equal(DeadlineSpan.WorkingDays(22), Policy.ResubmissionMargin.Latest);
        Assert.Equal(
            [new LocalDate(2023, 9, 1), new LocalDate(2023, 9, 1), new LocalDate(2024, 3, 31), new LocalDate(2024, 3, 31), new LocalDate(2024, 4, 1)],
            Policy.Dates.Select(d => d.Date));
        Assert.All(Policy.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Source)));
    }

    /// <summary>The figures the project's source documents state outright are confirmed and name the document:
    /// "This SMS contains a code which is valid for 24 hours." and the 24-hour resend window (the SMS verification
    /// FAQ), "within 30 days of your website going live" (the ICP guide), the Mini Program dates and "Review time is
    /// 1–5 business days." (the WeChat guide).</summary>
    [Fact]
    public void Figures_the_source_documents_state_are_confirmed_and_attributed_to_them()
    {
        Assert.All(
            new[] { Policy.SmsCodeValidity, Policy.SmsResendWindow },
            r => Assert.True(r.Confirmed && r.Source.StartsWith("SMS verification FAQ", StringComparison.Ordinal), r.Id));
        Assert.All(
            new[] { Policy.PsbFiling, Policy.IcpFilingOverall, Policy.CommercialLicense },
            r => Assert.True(r.Confirmed && r.Source.StartsWith("Alibaba Cloud community blog: How to Register for an ICP Number", StringComparison.Ordinal), r.Id));
        Assert.All(
            new[] { Policy.WeChatVerification, Policy.BureauReview },
            r => Assert.True(r.Confirmed && r.Source.StartsWith("WeChat Mini Program Registration, Verification & Filing Guide", StringComparison.Ordinal), r.Id));
        Assert.All(
            Policy.Dates.Where(d => d.Id.StartsWith("mini-program", StringComparison.Ordinal)),
            d => Assert.True(d.Confirmed && d.Source.StartsWith("WeChat Mini Program Registration", StringComparison.Ordinal), d.Id));
        Assert.All(Policy.Dates.Where(d => d.Id.StartsWith("app-", StringComparison.Ordinal)), d => Assert.False(d.Confirmed, d.Id));
        Assert.False(Policy.CommercialLicenseAcceptance.Confirmed);
        Assert.False(Policy.ResubmissionMargin.Confirmed);
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
        Assert.Throws<ArgumentException>(() => new DeadlineRule("x", "x", "x", DeadlineSpan.WorkingDays(20), DeadlineSpan.WorkingDays(5), "s", true, DeadlineSpan.WorkingDays(6)));
        Assert.Throws<ArgumentException>(() => new DeadlineRule("x", "x", "x", DeadlineSpan.WorkingDays(20), null, "s", true, DeadlineSpan.CalendarDays(1)));
        Assert.Throws<ArgumentException>(() => new DeadlineRule("x", "x", "x", DeadlineSpan.WorkingDays(20), null, "s", true, DeadlineSpan.WorkingDays(21)));
        Assert.Equal(DeadlineSpan.WorkingDays(20), new DeadlineRule("x", "x", "x", DeadlineSpan.WorkingDays(20), null, "s", true, DeadlineSpan.WorkingDays(20)).Shortest);
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
        md.Append("| id | time limit | shortest | usual | latest | confirmed | source |\n|---|---|---|---|---|---|---|\n");
        foreach (DeadlineRule r in policy.Rules)
        {
            md.Append($"| `{r.Id}` | {r.Title} ({r.TitleChinese}) | {r.Shortest?.ToString() ?? "–"} | {r.Expected?.ToString() ?? "–"} | {r.Latest} | {(r.Confirmed ? "yes" : "**no**")} | {r.Source.Replace("|", "\\|", StringComparison.Ordinal)} |\n");
        }

        md.Append("\n| id | date | what | confirmed | source |\n|---|---|---|---|---|\n");
        foreach (RegulatoryDate d in policy.Dates)
        {
            md.Append($"| `{d.Id}` | {d.Date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} | {d.Title} ({d.TitleChinese}) | {(d.Confirmed ? "yes" : "**no**")} | {d.Source} |\n");
        }

        return md.ToString();
    }
}
