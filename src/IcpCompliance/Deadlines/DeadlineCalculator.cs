using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Calendar;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>
/// Turns the policy's durations into dates on the working-day calendar: the deadlines open on a case
/// (<see cref="For"/>), the ones overdue at an instant (<see cref="Overdue"/>), and the plan that works back from a
/// launch date (<see cref="PlanBackwards"/>).
/// </summary>
/// <remarks>Pure and thread-safe: everything depends on the arguments, the calendar and the policy, never on the
/// clock. Day-based limits count in Asia/Shanghai whatever zone the instants were recorded in. With a calendar in
/// <see cref="CoverageMode.Strict"/> mode, a date outside its data throws as the calendar does; in the default
/// mode such dates are marked <see cref="Deadline.IsEstimate"/>.</remarks>
public sealed class DeadlineCalculator
{
    /// <summary>Creates a calculator.</summary>
    /// <param name="calendar">The working-day calendar.</param>
    /// <param name="policy">The durations.</param>
    /// <exception cref="System.ArgumentNullException">An argument is null.</exception>
    public DeadlineCalculator(IWorkingCalendar calendar, DeadlinePolicy policy)
    {
        Calendar = Preconditions.CheckNotNull(calendar);
        Policy = Preconditions.CheckNotNull(policy);
    }

    /// <summary>The built-in calendar (<see cref="ChinaWorkingCalendar.Default"/>) and policy
    /// (<see cref="DeadlinePolicy.Default"/>).</summary>
    public static DeadlineCalculator Default { get; } = new(ChinaWorkingCalendar.Default, DeadlinePolicy.Default);

    /// <summary>The working-day calendar.</summary>
    public IWorkingCalendar Calendar { get; }

    /// <summary>The durations.</summary>
    public DeadlinePolicy Policy { get; }

    /// <summary>
    /// The deadlines open on a case in its current state: the SMS code's validity and the resend window while the
    /// SMS step is open; the provider's and the bureau's reviews and the filing overall while the order is with
    /// them; the platform's verification of a Mini Program; the PSB filing once the service is live and not yet
    /// PSB-filed. A state with nothing running (a draft, a returned or rejected order, a final state) has none.
    /// </summary>
    /// <param name="filingCase">The case.</param>
    /// <returns>The open deadlines, the soonest first.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="filingCase"/> is null.</exception>
    public ImmutableArray<Deadline> For(FilingCase filingCase)
    {
        Preconditions.CheckNotNull(filingCase);
        var deadlines = new List<Deadline>();
        var state = filingCase.State;
        if (state == FilingState.VerificationPending && LastOf(filingCase, FilingEventKind.PlatformVerificationRequested) is { } requested)
        {
            deadlines.Add(Due(Policy.WeChatVerification, requested, ResponsibleParty.Platform,
                "Platform verification of the Mini Program decided", "小程序平台认证审核完成"));
        }

        if ((state == FilingState.SubmittedToProvider || state == FilingState.ProviderReview)
            && LastOf(filingCase, FilingEventKind.FiledWithProvider) is { } filed)
        {
            deadlines.Add(Due(Policy.ProviderReview, filed, ResponsibleParty.Provider,
                "Hosting provider's first review done", "接入商完成初审"));
        }

        if (state == FilingState.AwaitingSmsVerification && filingCase.Sms is { } sms)
        {
            string awaiting = string.Join(", ", sms.Awaiting.Select(r => r.Name + " " + r.Mobile));
            deadlines.Add(Due(Policy.SmsCodeValidity, sms.SentAt, sms.CodeExpiresAt(Policy.SmsLimits), ResponsibleParty.Applicant,
                "SMS code verified on the MIIT site by " + awaiting, "在工信部备案系统完成短信核验：" + awaiting));
            if (sms.ResendsUsed < SmsVerification.MaxResends)
            {
                deadlines.Add(Due(Policy.SmsResendWindow, sms.StepStartedAt, ResponsibleParty.Applicant,
                    "Last moment to ask for the SMS code again", "可申请重发短信验证码的截止时间"));
            }
        }

        if (state == FilingState.BureauReview)
        {
            deadlines.Add(Due(Policy.BureauReview, filingCase.LastEventAt, ResponsibleParty.Bureau,
                "Bureau review decided", "管局审核完成"));
        }

        if (state.IsOrderInFlight && state != FilingState.Draft && state != FilingState.ChangeInProgress
            && !IsReturned(state) && LastOf(filingCase, FilingEventKind.FiledWithProvider) is { } submitted)
        {
            deadlines.Add(Due(Policy.IcpFilingOverall, submitted, ResponsibleParty.Bureau,
                "ICP filing approved (submission to approval)", "ICP备案通过（提交至通过）"));
        }

        // Also while a change is in progress: the site stays live and the PSB filing stays due.
        if (filingCase.LiveSince is { } live && filingCase.PsbNumber is null && !state.IsFinal)
        {
            deadlines.Add(Due(Policy.PsbFiling, live, ResponsibleParty.Applicant,
                "PSB filing done on the national platform", "在全国互联网安全管理服务平台完成公安联网备案"));
        }

        return [.. deadlines.OrderBy(SortKey)];
    }

    /// <summary>The deadlines of <see cref="For"/> that have passed at an instant.</summary>
    /// <param name="filingCase">The case.</param>
    /// <param name="now">The instant to judge at (never the clock: pass it in).</param>
    /// <returns>The overdue deadlines, the soonest first.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="filingCase"/> is null.</exception>
    public ImmutableArray<Deadline> Overdue(FilingCase filingCase, Instant now)
        => [.. For(filingCase).Where(deadline => deadline.IsOverdueAt(now))];

    // An hour-based limit whose end the workflow computes (the SMS code: the earlier of its own validity and the
    // step's limit), so the deadline and the guard can never disagree.
    private static Deadline Due(DeadlineRule rule, Instant from, Instant dueAt, ResponsibleParty by, string what, string whatChinese)
        => new()
        {
            Rule = rule, What = what, WhatChinese = whatChinese, By = by, From = from, DueAt = dueAt,
            IsEstimate = !rule.Confirmed,
        };

    private Deadline Due(DeadlineRule rule, Instant from, ResponsibleParty by, string what, string whatChinese)
    {
        if (rule.Latest.Unit == DeadlineUnit.Hours)
        {
            return Due(rule, from, from + Duration.FromHours(rule.Latest.Amount), by, what, whatChinese);
        }

        var start = DeadlineClock.DateOf(from);
        var due = DeadlineClock.After(start, rule.Latest, Calendar);
        return new Deadline
        {
            Rule = rule, What = what, WhatChinese = whatChinese, By = by, From = from,
            DueOn = due,
            ExpectedOn = rule.Expected is { } expected ? DeadlineClock.After(start, expected, Calendar) : null,
            EarliestOn = rule.Shortest is { } shortest ? DeadlineClock.After(start, shortest, Calendar) : null,
            IsEstimate = DeadlineClock.IsEstimated(rule, Calendar, start, due),
        };
    }

    // Hour-based deadlines sort by their instant; day-based ones at the end of their day in Asia/Shanghai.
    private static Instant SortKey(Deadline deadline)
        => deadline.DueAt ?? deadline.DueOn!.Value.PlusDays(1).AtStartOfDayInZone(DeadlineClock.Shanghai).ToInstant();

    private static bool IsReturned(FilingState state)
        => state == FilingState.ReturnedByProvider || state == FilingState.SmsWindowExpired
            || state == FilingState.SmsAttemptsExhausted || state == FilingState.RejectedByBureau;

    private static Instant? LastOf(FilingCase filingCase, FilingEventKind kind)
    {
        for (int i = filingCase.History.Length - 1; i >= 0; i--)
        {
            if (filingCase.History[i].Kind == kind)
            {
                return filingCase.History[i].At;
            }
        }

        return null;
    }

    /// <summary>
    /// Works back from a launch date: the latest day to start each step of the filing so that a service can go
    /// live on <paramref name="launch"/>, taking every step's longest duration (a Mini Program's platform verification
    /// first; provider review, the SMS step, bureau review; a margin for one return and resubmission; a commercial
    /// license's acceptance and decision after the filing), and the day the PSB filing is due after the launch. The
    /// margin follows the ICP guide's advice to begin several months before the launch: an application returned once
    /// still makes the date.
    /// </summary>
    /// <param name="launch">The day the service is to go live.</param>
    /// <param name="kind">The kind of service (a Mini Program adds the platform's verification).</param>
    /// <param name="commercial">Whether the service needs an ICP Commercial License, which is applied for after
    /// the filing is approved.</param>
    /// <returns>The plan.</returns>
    public LaunchPlan PlanBackwards(LocalDate launch, ServiceKind kind = ServiceKind.Website, bool commercial = false)
    {
        var steps = new List<PlannedStep>();
        var end = launch;
        if (commercial)
        {
            end = AddStep(steps, Policy.CommercialLicense, end, ResponsibleParty.Bureau,
                "The bureau decides the ICP Commercial License", "管局对ICP经营许可证作出决定");
            end = AddStep(steps, Policy.CommercialLicenseAcceptance, end, ResponsibleParty.Applicant,
                "Apply for the ICP Commercial License (after the filing is approved) and have it accepted", "申请ICP经营许可证（备案通过后）并获受理");
        }

        end = AddStep(steps, Policy.ResubmissionMargin, end, ResponsibleParty.Applicant,
            "Margin for one return: fix and resubmit the filing", "预留一次退回后修改并重新提交备案的时间");
        end = AddStep(steps, Policy.BureauReview, end, ResponsibleParty.Bureau,
            "Bureau review (after the SMS verification)", "管局审核（短信核验之后）");
        end = AddStep(steps, Policy.SmsCodeValidity, end, ResponsibleParty.Applicant,
            "Verify the MIIT SMS code", "完成工信部短信核验");
        end = AddStep(steps, Policy.ProviderReview, end, ResponsibleParty.Provider,
            "Submit the application to the hosting provider", "向接入商提交备案申请");
        if (kind == ServiceKind.MiniProgram)
        {
            AddStep(steps, Policy.WeChatVerification, end, ResponsibleParty.Platform,
                "Request the Mini Program's platform verification", "申请小程序平台认证");
        }

        steps.Reverse();
        return new LaunchPlan
        {
            Launch = launch,
            Steps = [.. steps],
            PsbFilingDue = DeadlineClock.After(launch, Policy.PsbFiling.Latest, Calendar),
        };
    }

    private LocalDate AddStep(List<PlannedStep> steps, DeadlineRule rule, LocalDate finishBy, ResponsibleParty by, string action, string actionChinese)
    {
        var span = rule.Latest.Unit == DeadlineUnit.Hours
            ? DeadlineSpan.CalendarDays((rule.Latest.Amount + 23) / 24)
            : rule.Latest;
        var start = DeadlineClock.LatestStart(finishBy, span, Calendar);
        steps.Add(new PlannedStep
        {
            Rule = rule,
            Action = action,
            ActionChinese = actionChinese,
            By = by,
            LatestStart = start,
            FinishBy = finishBy,
            IsEstimate = DeadlineClock.IsEstimated(rule, Calendar, start, finishBy),
        });
        return start;
    }
}
