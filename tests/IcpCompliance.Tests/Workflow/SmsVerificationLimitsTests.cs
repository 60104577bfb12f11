using System;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

public sealed class SmsVerificationLimitsTests
{
    [Fact]
    public void The_default_limits_are_the_sources_24_hours_each()
    {
        // "This SMS contains a code which is valid for 24 hours."; resending "is only possible within 24 hours after
        // the verification process has started" (SMS verification FAQ).
        Assert.Equal(Duration.FromHours(24), SmsVerificationLimits.Default.CodeValidity);
        Assert.Equal(Duration.FromHours(24), SmsVerificationLimits.Default.ResendWindow);
        Assert.Same(SmsVerificationLimits.Default, FilingWorkflow.Default.SmsLimits);
    }

    [Fact]
    public void Limits_from_zero_to_the_maximum_are_accepted_and_others_refused()
    {
        var limits = new SmsVerificationLimits(Duration.Zero, SmsVerificationLimits.MaxLimit);
        Assert.Equal((Duration.Zero, Duration.FromDays(100_000)), (limits.CodeValidity, limits.ResendWindow));

        Assert.Equal("CodeValidity", Assert.Throws<ArgumentOutOfRangeException>(() => new SmsVerificationLimits(Duration.FromTicks(-1), Duration.Zero)).ParamName);
        Assert.Equal("ResendWindow", Assert.Throws<ArgumentOutOfRangeException>(() => new SmsVerificationLimits(Duration.Zero, SmsVerificationLimits.MaxLimit + Duration.Epsilon)).ParamName);
        Assert.Throws<ArgumentOutOfRangeException>(() => SmsVerificationLimits.Default with { CodeValidity = Duration.FromHours(-1) });
        Assert.Throws<ArgumentOutOfRangeException>(() => SmsVerificationLimits.Default with { ResendWindow = SmsVerificationLimits.MaxLimit + Duration.Epsilon });
    }

    [Fact]
    public void Limits_are_equal_by_their_durations()
    {
        Assert.Equal(SmsVerificationLimits.Default, new SmsVerificationLimits(Duration.FromHours(24), Duration.FromDays(1)));
        Assert.NotEqual(SmsVerificationLimits.Default, SmsVerificationLimits.Default with { ResendWindow = Duration.FromHours(48) });
        Assert.NotEqual(SmsVerificationLimits.Default, SmsVerificationLimits.Default with { CodeValidity = Duration.FromHours(48) });
    }

    [Fact]
    public void The_workflow_and_the_sms_step_refuse_null_limits()
    {
        SmsVerification sms = AwaitingSms().Sms!;
        Assert.Throws<ArgumentNullException>(() => sms.CodeExpiresAt(null!));
        Assert.Throws<ArgumentNullException>(() => sms.ResendWindowEndsAt(null!));
        Assert.Throws<ArgumentNullException>(() => FilingWorkflow.Default.WithSmsLimits(null!));
        Assert.Throws<ArgumentNullException>(() => new FilingWorkflow(FilingWorkflow.Default.Transitions, null!));
    }

    [Fact]
    public void A_zero_code_validity_expires_every_code_as_it_is_sent()
    {
        FilingWorkflow flow = FilingWorkflow.Default.WithSmsLimits(SmsVerificationLimits.Default with { CodeValidity = Duration.Zero });
        FilingCase c = AwaitingSms(); // the code was sent at hour 4
        Assert.Equal(At(4), c.Sms!.CodeExpiresAt(flow.SmsLimits));
        RefusedBy(c, Right(c.Sms.Recipients[0].Mobile, 4), TransitionGuards.CodeStillValid, flow);
        Assert.Equal(FilingState.SmsWindowExpired, flow.Apply(c, new SmsVerificationExpired(At(4))).AsT0.State);
    }
}
