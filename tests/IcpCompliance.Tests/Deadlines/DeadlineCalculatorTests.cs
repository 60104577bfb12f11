using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Deadlines;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Tests.Workflow;
using IcpCompliance.Workflow;
using NodaTime;
using Xunit;

namespace IcpCompliance.Tests.Deadlines;

public sealed partial class DeadlineCalculatorTests
{
    private static readonly DeadlineCalculator Calculator = DeadlineCalculator.Default;

    [Fact]
    public void Awaiting_sms_verification_the_code_runs_24_hours_from_sending()
    {
        var deadlines = Calculator.For(SampleCases.CompanyWebsiteAwaitingSms);

        var code = deadlines.Single(d => d.Rule.Id == DeadlinePolicy.SmsCodeValidityId);
        Assert.Equal(Instant.FromUtc(2026, 3, 5, 2, 5), code.DueAt);
        Assert.Null(code.DueOn);
        Assert.Equal(ResponsibleParty.Applicant, code.By);
        Assert.Contains("张伟 13812345678", code.What, StringComparison.Ordinal);
        Assert.Contains("李娜 13912345678", code.WhatChinese, StringComparison.Ordinal);

        var resend = deadlines.Single(d => d.Rule.Id == DeadlinePolicy.SmsResendWindowId);
        Assert.Equal(Instant.FromUtc(2026, 3, 5, 2, 5), resend.DueAt);
        // "manually requesting the SMS to be sent out again is only possible within 24 hours after the verification
        // process has started" (the SMS verification FAQ): a figure its source states, not an estimate.
        Assert.False(resend.IsEstimate);

        // The whole order, counted from the submission on Mon 2 March: about 20 days, at most a month.
        var overall = deadlines.Single(d => d.Rule.Id == DeadlinePolicy.IcpFilingOverallId);
        Assert.Equal(new LocalDate(2026, 4, 1), overall.DueOn);
        Assert.Equal(new LocalDate(2026, 3, 22), overall.ExpectedOn);

        Assert.Equal(deadlines.OrderBy(d => d.DueAt ?? d.DueOn!.Value.PlusDays(1).AtStartOfDayInZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).ToInstant()), deadlines);
    }

    [Fact]
    public void Overdue_lists_what_has_passed_at_the_given_instant()
    {
        var filingCase = SampleCases.CompanyWebsiteAwaitingSms;

        // At the due instant itself the code is dead: the workflow refuses a code entered then.
        Assert.Empty(Calculator.Overdue(filingCase, Instant.FromUtc(2026, 3, 5, 2, 4)));
        Assert.Equal(
            [DeadlinePolicy.SmsCodeValidityId, DeadlinePolicy.SmsResendWindowId],
            Calculator.Overdue(filingCase, Instant.FromUtc(2026, 3, 5, 2, 5)).Select(d => d.Rule.Id).Order());
        Assert.True(FilingWorkflow.Default.Apply(filingCase, new SmsCodeEntered(Instant.FromUtc(2026, 3, 5, 2, 5), SampleCases.CompanyWebsiteAwaitingSms.Sms!.Recipients[0].Mobile, "123456", Accepted: true)).IsT1);
    }

    [Fact]
    public void Live_without_psb_filing_has_30_days_counted_in_shanghai()
    {
        var deadline = Assert.Single(Calculator.For(SampleCases.CompanyWebsiteLive));

        Assert.Equal(DeadlinePolicy.PsbFilingId, deadline.Rule.Id);
        Assert.Equal(new LocalDate(2026, 4, 22), deadline.DueOn);
        Assert.False(deadline.IsOverdueAt(Instant.FromUtc(2026, 4, 22, 15, 59))); // 23:59 on 22 April in Shanghai
        Assert.True(deadline.IsOverdueAt(Instant.FromUtc(2026, 4, 22, 16, 0)));   // 00:00 on 23 April in Shanghai
    }

    [Fact]
    public void A_go_live_recorded_late_in_the_utc_day_counts_from_the_shanghai_date()
    {
        // 17:00 UTC on 22 March is 01:00 on 23 March in Shanghai: the 30 days run from 23 March.
        var history = SampleCases.CompanyWebsiteLive.History;
        var replayed = FilingWorkflow.Default.Replay([.. history.Take(history.Length - 1), new ServiceWentLive(Instant.FromUtc(2026, 3, 22, 17, 0))]).AsT0;

        Assert.Equal(new LocalDate(2026, 4, 22), Assert.Single(Calculator.For(replayed)).DueOn);
    }

    [Fact]
    public void Bureau_review_across_national_day_2025_counts_the_make_up_saturday_and_sunday()
    {
        // "Review time: 1–20 working days" and "Typically within one week" (the WeChat guide). Entering review on
        // Fri 26 Sep 2025. 2025: 1-8 Oct off, Sun 28 Sep and Sat 11 Oct worked. Working days after 26 Sep: 28, 29,
        // 30 Sep (3), 9, 10, 11 Oct (6), 13-17 (11), 20-24 (16), 27-30 Oct (20) -> 30 Oct; a week, 5 working days
        // -> Fri 10 Oct; one working day at the earliest -> the make-up Sunday 28 Sep.
        var filingCase = Shifted(SampleCases.CompanyWebsiteLive, FilingEventKind.SmsCodeEntered, Instant.FromUtc(2025, 9, 26, 2, 0));
        Assert.Equal(FilingState.BureauReview, filingCase.State);

        var review = Calculator.For(filingCase).Single(d => d.Rule.Id == DeadlinePolicy.BureauReviewId);

        Assert.Equal(new LocalDate(2025, 10, 30), review.DueOn);
        Assert.Equal(new LocalDate(2025, 10, 10), review.ExpectedOn);
        Assert.Equal(new LocalDate(2025, 9, 28), review.EarliestOn);
        Assert.Equal(ResponsibleParty.Bureau, review.By);
        Assert.False(review.IsEstimate);
    }

    [Fact]
    public void A_mini_program_in_verification_waits_one_to_five_working_days()
    {
        // "Pay RMB 300 for official WeChat Verification. Review time is 1–5 business days." (the WeChat guide)
        var deadline = Assert.Single(Calculator.For(SampleCases.MiniProgramInVerification));

        Assert.Equal(DeadlinePolicy.WeChatVerificationId, deadline.Rule.Id);
        Assert.Equal(new LocalDate(2026, 3, 9), deadline.DueOn);
        Assert.Equal(new LocalDate(2026, 3, 3), deadline.EarliestOn);
        Assert.Null(deadline.ExpectedOn);
        Assert.Equal(ResponsibleParty.Platform, deadline.By);
        Assert.False(deadline.IsEstimate);
    }

    [Fact]
    public void The_psb_filing_stays_due_while_a_change_is_in_progress()
    {
        var change = new ChangeStarted(Instant.FromUtc(2026, 4, 1, 2, 0), IcpCompliance.Tests.Workflow.WorkflowTestKit.ChangeOf(SampleCases.CompanyWebsiteLive));
        var changing = FilingWorkflow.Default.Apply(SampleCases.CompanyWebsiteLive, change);
        Assert.True(changing.IsT0, changing.IsT1 ? changing.AsT1.Message : string.Empty);

        var deadline = Assert.Single(Calculator.For(changing.AsT0));

        Assert.Equal(FilingState.ChangeInProgress, changing.AsT0.State);
        Assert.Equal(new LocalDate(2026, 4, 22), deadline.DueOn);
    }

    [Fact]
    public void A_provider_policy_moves_the_deadlines()
    {
        var policy = DeadlinePolicy.Default.With(DeadlinePolicy.Default.PsbFiling with { Latest = DeadlineSpan.CalendarDays(15) });

        var deadline = Assert.Single(new DeadlineCalculator(Calculator.Calendar, policy).For(SampleCases.CompanyWebsiteLive));

        Assert.Equal(new LocalDate(2026, 4, 7), deadline.DueOn);
    }

    [Property(MaxTest = 1_000 / Cases.Divisor)]
    public Property Every_deadline_of_a_case_is_later_than_the_event_it_follows()
        => Prop.ForAll(FilingWorkflowPropertyTests.Scenarios, scenario =>
        {
            var filingCase = FilingWorkflowPropertyTests.LastCase(scenario);
            return Calculator.For(filingCase).All(d =>
                d.From <= filingCase.LastEventAt
                && (d.DueAt is { } at ? at > d.From && d.DueOn is null
                    : d.DueOn is { } on && on > d.From.InZone(DateTimeZoneProviders.Tzdb["Asia/Shanghai"]).Date
                        && (d.ExpectedOn is null || d.ExpectedOn <= on))
                && d.What.Length > 0 && d.WhatChinese.Length > 0);
        });

    // The case's history with every instant moved so that the last event of the given kind falls on `at`, replayed
    // up to and including that event.
    private static FilingCase Shifted(FilingCase source, FilingEventKind lastKind, Instant at)
    {
        int last = source.History.ToList().FindLastIndex(e => e.Kind == lastKind);
        var shift = at - source.History[last].At;
        var events = source.History.Take(last + 1).Select(e => Move(e, shift)).ToList();
        return FilingWorkflow.Default.Replay(events).AsT0;
    }

    private static FilingEvent Move(FilingEvent e, Duration shift) => e switch
    {
        CaseStarted s => new CaseStarted(s.At + shift, s.Application),
        FiledWithProvider f => new FiledWithProvider(f.At + shift, f.Revised),
        ProviderReviewBegan p => new ProviderReviewBegan(p.At + shift),
        ForwardedToBureau f => new ForwardedToBureau(f.At + shift),
        SmsVerificationStarted s => new SmsVerificationStarted(s.At + shift, s.Recipients),
        SmsCodeEntered c => new SmsCodeEntered(c.At + shift, c.Mobile, c.Code, c.Accepted),
        _ => throw new InvalidOperationException("not used by the sample: " + e.Kind),
    };
}
