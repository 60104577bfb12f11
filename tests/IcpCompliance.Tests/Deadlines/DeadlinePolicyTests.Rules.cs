using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Tests.Deadlines;

public sealed partial class DeadlinePolicyTests
{
    [Fact]
    public void The_default_policys_sms_limits_are_the_workflows_defaults()
        => Assert.Equal(SmsVerificationLimits.Default, DeadlinePolicy.Default.SmsLimits);

    [Fact]
    public void The_sms_limits_follow_the_policys_entries_a_day_counting_as_24_hours()
    {
        static SmsVerificationLimits Limits(DeadlineSpan code, DeadlineSpan resend) => DeadlinePolicy.Default
            .With(DeadlinePolicy.Default.SmsCodeValidity with { Latest = code })
            .With(DeadlinePolicy.Default.SmsResendWindow with { Latest = resend })
            .SmsLimits;

        Assert.Equal(new SmsVerificationLimits(Duration.FromHours(2), Duration.FromHours(48)), Limits(DeadlineSpan.Hours(2), DeadlineSpan.CalendarDays(2)));

        // The workflow has no calendar: working days count as calendar days, the shorter reading.
        Assert.Equal(new SmsVerificationLimits(Duration.FromHours(72), Duration.Zero), Limits(DeadlineSpan.WorkingDays(3), DeadlineSpan.Hours(0)));
    }

    [Fact]
    public void Spans_read_in_the_singular_for_one()
    {
        Assert.Equal("1 calendar day", DeadlineSpan.CalendarDays(1).ToString());
        Assert.Equal("2 calendar days", DeadlineSpan.CalendarDays(2).ToString());
    }

    [Fact]
    public void Dated_rules_stay_in_date_order_and_are_replaced_by_id()
    {
        DeadlinePolicy policy = DeadlinePolicy.Default;
        var early = new RegulatoryDate("test-early", new LocalDate(1990, 1, 1), "Early", "早", "test", confirmed: true);
        var late = new RegulatoryDate("test-late", new LocalDate(2099, 1, 1), "Late", "晚", "test", confirmed: true);
        DeadlinePolicy both = policy.With(late).With(early);
        Assert.Equal(early, both.Dates[0]);
        Assert.Equal(late, both.Dates[^1]);
        Assert.Equal(both.Dates.OrderBy(d => d.Date), both.Dates);
        DeadlinePolicy replaced = both.With(early with { Title = "Earliest" });
        Assert.Equal(both.Dates.Length, replaced.Dates.Length);
        Assert.Equal("Earliest", replaced.Dates[0].Title);
    }
}
