using System.Collections.Generic;
using IcpCompliance.Calendar;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>
/// Turns the policy's durations into dates on the working-day calendar: the deadlines open on a case, the ones
/// overdue at an instant, and the plan that works back from a launch date.
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
    /// Works back from a launch date: the latest day to start each step of the filing so that a service can go
    /// live on <paramref name="launch"/>, taking every step's longest duration (provider review, the SMS step,
    /// bureau review; a Mini Program's platform verification first; a commercial licence after the filing), and
    /// the day the PSB filing is due after the launch.
    /// </summary>
    /// <param name="launch">The day the service is to go live.</param>
    /// <param name="kind">The kind of service (a Mini Program adds the platform's verification).</param>
    /// <param name="commercial">Whether the service needs an ICP Commercial Licence, which is applied for after
    /// the filing is approved.</param>
    /// <returns>The plan.</returns>
    public LaunchPlan PlanBackwards(LocalDate launch, ServiceKind kind = ServiceKind.Website, bool commercial = false)
    {
        var steps = new List<PlannedStep>();
        var end = launch;
        if (commercial)
        {
            end = AddStep(steps, Policy.CommercialLicence, end, ResponsibleParty.Applicant,
                "Apply for the ICP Commercial Licence (after the filing is approved)", "申请ICP经营许可证（备案通过后）");
        }

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
