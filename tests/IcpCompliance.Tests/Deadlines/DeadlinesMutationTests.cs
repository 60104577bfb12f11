using System;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Deadlines;

/// <summary>What the deadline calculator says and where its edges are, each found by a mutation Stryker left alive:
/// the words of every step and deadline, the last resend, the singular of a day, a plan with no steps, and the
/// order of dated rules.</summary>
public sealed class DeadlinesMutationTests
{
    private static readonly DeadlineCalculator Calculator = DeadlineCalculator.Default;

    [Fact]
    public void A_launch_plan_names_each_step_in_both_languages_in_the_order_they_are_taken()
    {
        LaunchPlan plan = Calculator.PlanBackwards(new LocalDate(2026, 12, 31), ServiceKind.MiniProgram, commercial: true);
        Assert.Equal(
            [
                "Request the Mini Program's platform verification",
                "Submit the application to the hosting provider",
                "Verify the MIIT SMS code",
                "Bureau review (after the SMS verification)",
                "Margin for one return: fix and resubmit the filing",
                "Apply for the ICP Commercial Licence (after the filing is approved) and have it accepted",
                "The bureau decides the ICP Commercial Licence",
            ],
            plan.Steps.Select(s => s.Action));
        Assert.Equal(
            ["申请小程序平台认证", "向接入商提交备案申请", "完成工信部短信核验", "管局审核（短信核验之后）", "预留一次退回后修改并重新提交备案的时间", "申请ICP经营许可证（备案通过后）并获受理", "管局对ICP经营许可证作出决定"],
            plan.Steps.Select(s => s.ActionChinese));
        Assert.Equal(plan.Steps[0].LatestStart, plan.StartBy);
    }

    [Fact]
    public void The_sms_deadline_names_everyone_still_to_enter_a_code_and_the_resend_window_closes_after_the_last_resend()
    {
        FilingCase sms = AwaitingSms();
        Deadline code = Calculator.For(sms).Single(d => d.Rule.Id == DeadlinePolicy.SmsCodeValidityId);
        string awaiting = string.Join(", ", sms.Sms!.Awaiting.Select(r => r.Name + " " + r.Mobile));
        Assert.Equal(2, sms.Sms.Awaiting.Length);
        Assert.Equal("SMS code verified on the MIIT site by 张伟 13812345678, 李娜 13912345678", code.What);
        Assert.Equal("在工信部备案系统完成短信核验：" + awaiting, code.WhatChinese);

        FilingCase once = Accept(sms, new SmsCodeResent(At(5)));
        Assert.Contains(Calculator.For(once), d => d.Rule.Id == DeadlinePolicy.SmsResendWindowId);
        FilingCase twice = Accept(once, new SmsCodeResent(At(6)));
        Assert.Equal(SmsVerification.MaxResends, twice.Sms!.ResendsUsed);
        Assert.DoesNotContain(Calculator.For(twice), d => d.Rule.Id == DeadlinePolicy.SmsResendWindowId);
    }

    [Fact]
    public void Bureau_review_and_provider_review_deadlines_are_named_and_open_in_both_provider_states()
    {
        FilingCase sms = AwaitingSms();
        FilingCase bureau = Recipients(sms).ToArray().Aggregate(sms, (c, mobile) => Accept(c, Right(mobile, 5)));
        Assert.Equal(FilingState.BureauReview, bureau.State);
        Deadline review = Calculator.For(bureau).Single(d => d.Rule.Id == DeadlinePolicy.BureauReviewId);
        Assert.Equal(("Bureau review decided", "管局审核完成"), (review.What, review.WhatChinese));

        FilingCase submitted = Accept(FilingCase.Start(SampleFilings.CompanyWebsite, T0), new FiledWithProvider(At(1)));
        FilingCase inReview = Accept(submitted, new ProviderReviewBegan(At(2)));
        Assert.Equal((FilingState.SubmittedToProvider, FilingState.ProviderReview), (submitted.State, inReview.State));
        Assert.Contains(Calculator.For(submitted), d => d.Rule.Id == DeadlinePolicy.ProviderReviewId);
        Assert.Contains(Calculator.For(inReview), d => d.Rule.Id == DeadlinePolicy.ProviderReviewId);
    }

    [Fact]
    public void Spans_read_in_the_singular_for_one()
    {
        Assert.Equal("1 calendar day", DeadlineSpan.CalendarDays(1).ToString());
        Assert.Equal("2 calendar days", DeadlineSpan.CalendarDays(2).ToString());
    }

    [Fact]
    public void A_plan_without_steps_starts_on_its_launch_day_and_plans_compare_by_value()
    {
        LaunchPlan plan = Calculator.PlanBackwards(new LocalDate(2026, 12, 31));
        LaunchPlan empty = plan with { Steps = [] };
        Assert.Equal(plan.Launch, empty.StartBy);
        Assert.True(plan.Equals(Calculator.PlanBackwards(new LocalDate(2026, 12, 31))));
        Assert.False(plan.Equals(null));
        Assert.False(plan.Equals(empty));
        Assert.False(plan.Equals(plan with { Launch = plan.Launch.PlusDays(1) }));
        Assert.False(plan.Equals(plan with { PsbFilingDue = plan.PsbFilingDue.PlusDays(1) }));
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

    [Fact]
    public void Null_arguments_are_programmer_errors()
    {
        Assert.Throws<ArgumentNullException>(() => Calculator.For(null!));
        Assert.Throws<ArgumentNullException>(() => DeadlinePolicy.Default.With((DeadlineRule)null!));
        Assert.Throws<ArgumentNullException>(() => DeadlinePolicy.Default.With((RegulatoryDate)null!));
    }
}
