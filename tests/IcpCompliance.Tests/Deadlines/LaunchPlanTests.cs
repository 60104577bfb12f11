using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Calendar;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Tests.TestSupport;
using NodaTime;
using Xunit;

namespace IcpCompliance.Tests.Deadlines;

public sealed partial class LaunchPlanTests
{
    private static readonly DeadlineCalculator Calculator = DeadlineCalculator.Default;
    private static readonly ChinaWorkingCalendar Cal = ChinaWorkingCalendar.Default;

    [Fact]
    public void A_website_launching_after_national_day_2024_starts_before_mid_autumn()
    {
        // Counted by hand on the 2024 notice: Mid-Autumn 15-17 Sep off with Sat 14 Sep worked; National Day 1-7 Oct
        // off with Sun 29 Sep and Sat 12 Oct worked. Without a margin: the 20 working days ending Tue 15 Oct start on
        // Thu 12 Sep, so the review must start by Wed 11 Sep; the SMS step the day before; provider review (2 working
        // days ending Tue 10 Sep) may start as late as Sun 8 Sep, since a weekend submission counts from Monday.
        var noMargin = new DeadlineCalculator(Cal, DeadlinePolicy.Default.With(DeadlinePolicy.Default.ResubmissionMargin with { Latest = DeadlineSpan.WorkingDays(0) }));
        var tight = noMargin.PlanBackwards(new LocalDate(2024, 10, 15));
        Assert.Equal(
            [
                (DeadlinePolicy.ProviderReviewId, new LocalDate(2024, 9, 8), new LocalDate(2024, 9, 10)),
                (DeadlinePolicy.SmsCodeValidityId, new LocalDate(2024, 9, 10), new LocalDate(2024, 9, 11)),
                (DeadlinePolicy.BureauReviewId, new LocalDate(2024, 9, 11), new LocalDate(2024, 10, 15)),
                (DeadlinePolicy.ResubmissionMarginId, new LocalDate(2024, 10, 15), new LocalDate(2024, 10, 15)),
            ],
            tight.Steps.Select(s => (s.Rule.Id, s.LatestStart, s.FinishBy)));

        // "you should begin this process several months before your expected launch date" (the ICP guide): the
        // default plan leaves room for one return, a second provider and bureau review (22 working days ending Tue
        // 15 Oct: 15, 14, Sat 12, 11-8 Oct (7), 30 Sep, Sun 29 Sep, 27-23 Sep (14), 20-18 Sep, Sat 14 Sep (18),
        // 13-10 Sep (22)), so the bureau's review must end by Mon 9 Sep and start by Mon 12 Aug, and the
        // application goes to the provider by Wed 7 Aug.
        var plan = Calculator.PlanBackwards(new LocalDate(2024, 10, 15));
        Assert.Equal(
            [
                (DeadlinePolicy.ProviderReviewId, new LocalDate(2024, 8, 7), new LocalDate(2024, 8, 11)),
                (DeadlinePolicy.SmsCodeValidityId, new LocalDate(2024, 8, 11), new LocalDate(2024, 8, 12)),
                (DeadlinePolicy.BureauReviewId, new LocalDate(2024, 8, 12), new LocalDate(2024, 9, 9)),
                (DeadlinePolicy.ResubmissionMarginId, new LocalDate(2024, 9, 9), new LocalDate(2024, 10, 15)),
            ],
            plan.Steps.Select(s => (s.Rule.Id, s.LatestStart, s.FinishBy)));
        Assert.Equal(new LocalDate(2024, 8, 7), plan.StartBy);
        Assert.Equal(new LocalDate(2024, 11, 14), plan.PsbFilingDue);

        // Only the margin, the library's own figure, is an estimate.
        Assert.True(plan.IsEstimate);
        Assert.Equal([DeadlinePolicy.ResubmissionMarginId], plan.Steps.Where(s => s.IsEstimate).Select(s => s.Rule.Id));
    }

    [Fact]
    public void Spring_festival_2025_stretches_the_bureau_review()
    {
        // 2025: 28 Jan - 4 Feb off, Sun 26 Jan and Sat 8 Feb worked. Working days ending Fri 14 Feb, counted back:
        // 14,13,12,11,10 Feb (5), Sat 8 Feb (6), 7,6,5 Feb (9), 27 Jan (10), Sun 26 Jan (11), 24,23,22,21,20 Jan (16),
        // 17,16,15,14 Jan (20): the review must start by Mon 13 Jan (for a launch with no margin left).
        var noMargin = new DeadlineCalculator(Cal, DeadlinePolicy.Default.With(DeadlinePolicy.Default.ResubmissionMargin with { Latest = DeadlineSpan.WorkingDays(0) }));
        var plan = noMargin.PlanBackwards(new LocalDate(2025, 2, 14));

        Assert.Equal(new LocalDate(2025, 1, 13), plan.Steps.Single(s => s.Rule.Id == DeadlinePolicy.BureauReviewId).LatestStart);
    }

    [Fact]
    public void A_commercial_mini_program_adds_the_license_after_and_the_platform_verification_before()
    {
        var plan = Calculator.PlanBackwards(new LocalDate(2026, 12, 1), ServiceKind.MiniProgram, commercial: true);

        Assert.Equal(
            [
                DeadlinePolicy.WeChatVerificationId, DeadlinePolicy.ProviderReviewId, DeadlinePolicy.SmsCodeValidityId, DeadlinePolicy.BureauReviewId,
                DeadlinePolicy.ResubmissionMarginId, DeadlinePolicy.CommercialLicenseAcceptanceId, DeadlinePolicy.CommercialLicenseId,
            ],
            plan.Steps.Select(s => s.Rule.Id));

        // The license: accepted within 15 days of the application, decided within 60 days of acceptance.
        Assert.Equal(new LocalDate(2026, 10, 2), plan.Steps[^1].LatestStart);
        Assert.Equal(new LocalDate(2026, 9, 17), plan.Steps[^2].LatestStart);
        Assert.Equal(ResponsibleParty.Platform, plan.Steps[0].By);
        Assert.Equal(ResponsibleParty.Bureau, plan.Steps[^1].By);

        // Estimates: the acceptance's 15 days (a secondary source) and the margin (the library's own).
        Assert.Equal(
            [DeadlinePolicy.ResubmissionMarginId, DeadlinePolicy.CommercialLicenseAcceptanceId],
            plan.Steps.Where(s => s.IsEstimate).Select(s => s.Rule.Id));
    }

    [Fact]
    public void A_launch_beyond_the_calendar_data_is_marked_an_estimate()
    {
        var plan = Calculator.PlanBackwards(new LocalDate(2027, 6, 1));

        Assert.True(plan.Steps.Single(s => s.Rule.Id == DeadlinePolicy.BureauReviewId).IsEstimate);
        Assert.False(plan.Steps.Single(s => s.Rule.Id == DeadlinePolicy.SmsCodeValidityId).IsEstimate);
    }

    [Fact]
    public void A_provider_policy_changes_the_plan()
    {
        var stricter = DeadlinePolicy.Default.With(DeadlinePolicy.Default.BureauReview with { Latest = DeadlineSpan.WorkingDays(30) });
        var calculator = new DeadlineCalculator(Cal, stricter);

        Assert.True(calculator.PlanBackwards(new LocalDate(2024, 10, 15)).StartBy < Calculator.PlanBackwards(new LocalDate(2024, 10, 15)).StartBy);
    }

    private static readonly Arbitrary<LocalDate> Launches =
        Gen.Choose(0, (7 * 365) - 1).Select(i => new LocalDate(2020, 3, 1).PlusDays(i)).ToArbitrary();

    private static readonly Arbitrary<(ServiceKind, bool)> Kinds =
        Gen.Elements(System.Enum.GetValues<ServiceKind>()).Zip(ArbMap.Default.GeneratorFor<bool>()).ToArbitrary();

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property Each_step_starts_as_late_as_possible_and_the_steps_chain_to_the_launch()
        => Prop.ForAll(Launches, Kinds, (launch, kind) =>
        {
            var plan = Calculator.PlanBackwards(launch, kind.Item1, kind.Item2);
            bool chained = plan.Steps[^1].FinishBy == launch
                && plan.Steps.Zip(plan.Steps.Skip(1)).All(pair => pair.First.FinishBy == pair.Second.LatestStart);
            bool latest = plan.Steps.All(step =>
            {
                var span = step.Rule.Latest;
                return span.Unit switch
                {
                    DeadlineUnit.WorkingDays => Cal.AddWorkingDays(step.LatestStart, span.Amount) <= step.FinishBy
                        && Cal.AddWorkingDays(step.LatestStart.PlusDays(1), span.Amount) > step.FinishBy,
                    DeadlineUnit.CalendarDays => step.LatestStart.PlusDays(span.Amount) == step.FinishBy,
                    _ => step.LatestStart.PlusDays((span.Amount + 23) / 24) == step.FinishBy,
                };
            });
            return chained && latest && plan.StartBy == plan.Steps[0].LatestStart && plan.PsbFilingDue == launch.PlusDays(30);
        });
}
