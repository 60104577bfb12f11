using System;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Deadlines;

public sealed partial class DeadlineCalculatorTests
{
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
}
