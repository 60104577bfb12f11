using System;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using NodaTime;

namespace IcpCompliance.Tests.Deadlines;

public sealed partial class LaunchPlanTests
{
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
                "Apply for the ICP Commercial License (after the filing is approved) and have it accepted",
                "The bureau decides the ICP Commercial License",
            ],
            plan.Steps.Select(s => s.Action));
        Assert.Equal(
            ["申请小程序平台认证", "向接入商提交备案申请", "完成工信部短信核验", "管局审核（短信核验之后）", "预留一次退回后修改并重新提交备案的时间", "申请ICP经营许可证（备案通过后）并获受理", "管局对ICP经营许可证作出决定"],
            plan.Steps.Select(s => s.ActionChinese));
        Assert.Equal(plan.Steps[0].LatestStart, plan.StartBy);
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
}
