using System;
using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;
using OneOf;

namespace IcpCompliance.Tests.Workflow;

/// <summary>Shared helpers: fixed instants, sample numbers, and asserting an event is accepted or refused.</summary>
internal static class WorkflowTestKit
{
    internal static readonly FilingWorkflow Flow = FilingWorkflow.Default;

    internal static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 1, 0);

    internal static Instant At(double hours) => T0 + Duration.FromMilliseconds((long)(hours * 3_600_000));

    internal static IcpFilingNumber Icp(string text) => IcpFilingNumber.Parse(text, ParseMode.Strict).Value;

    internal static PsbFilingNumber Psb(string text) => PsbFilingNumber.Parse(text, ParseMode.Strict).Value;

    internal static IcpLicenseNumber License(string text) => IcpLicenseNumber.Parse(text, ParseMode.Strict).Value;

    internal static MobileNumber Mobile(string text) => MobileNumber.Parse(text, ParseMode.Strict).Value;

    internal static FilingCase Accepted(OneOf<FilingCase, TransitionRejected> result)
    {
        Assert.True(result.IsT0, result.IsT1 ? "Refused: " + result.AsT1.Message : string.Empty);
        return result.AsT0;
    }

    internal static FilingCase Accept(FilingCase filingCase, FilingEvent filingEvent) => Accepted(Flow.Apply(filingCase, filingEvent));

    internal static FilingCase AcceptAll(FilingCase filingCase, params FilingEvent[] events) => Accepted(Flow.ApplyAll(filingCase, events));

    internal static TransitionRejected Refused(FilingCase filingCase, FilingEvent filingEvent, FilingWorkflow? workflow = null)
    {
        var result = (workflow ?? Flow).Apply(filingCase, filingEvent);
        Assert.True(result.IsT1, "Expected a refusal of " + filingEvent.Kind.Name + " in " + filingCase.State.Name);
        return result.AsT1;
    }

    internal static void RefusedBy(FilingCase filingCase, FilingEvent filingEvent, TransitionGuard guard, FilingWorkflow? workflow = null)
    {
        TransitionRejected rejected = Refused(filingCase, filingEvent, workflow);
        Assert.Equal(RejectionReason.GuardFailed, rejected.Reason);
        Assert.Equal(guard, rejected.Guard);
    }

    /// <summary>The company website forwarded to the bureau at hour 3.</summary>
    internal static FilingCase AtBureau(FilingApplication? application = null)
        => AcceptAll(
            FilingCase.Start(application ?? SampleFilings.CompanyWebsite, T0),
            new FiledWithProvider(At(1)),
            new ProviderReviewBegan(At(2)),
            new ForwardedToBureau(At(3)));

    /// <summary>The company website with its SMS step started at hour 4 for its default recipients.</summary>
    internal static FilingCase AwaitingSms(FilingApplication? application = null)
    {
        FilingCase atBureau = AtBureau(application);
        return Accept(atBureau, SmsVerificationStarted.WithDefaultRecipients(atBureau, At(4)));
    }

    internal static IEnumerable<MobileNumber> Recipients(FilingCase filingCase) => filingCase.Sms!.Recipients.Select(r => r.Mobile);

    internal static SmsCodeEntered Right(MobileNumber mobile, double hours) => new(At(hours), mobile, "123456", Accepted: true);

    internal static SmsCodeEntered Wrong(MobileNumber mobile, double hours) => new(At(hours), mobile, "654321", Accepted: false);

    /// <summary>The company website approved with 京ICP备2026012345号-1 at hour 100.</summary>
    internal static FilingCase Approved()
    {
        FilingCase sms = AwaitingSms();
        foreach (var mobile in Recipients(sms).ToArray())
        {
            sms = Accept(sms, Right(mobile, 5));
        }

        return Accept(sms, new FilingApproved(At(100), [Icp("京ICP备2026012345号-1")]));
    }

    /// <summary>The company website with a second website (示例科技商城, shili-shop.cn), approved with 京ICP备2026012345号-1
    /// and -2 at hour 100.</summary>
    internal static FilingCase ApprovedWithTwoWebsites()
    {
        FilingService site = SampleFilings.CompanyWebsite.Services[0];
        FilingService shop = site with
        {
            Name = "示例科技商城",
            Domains = [site.Domains[0] with { Domain = DomainName.Parse("shili-shop.cn", ParseMode.Strict).Value }],
        };
        FilingCase sms = AwaitingSms(SampleFilings.CompanyWebsite with { Services = [site, shop] });
        foreach (var mobile in Recipients(sms).ToArray())
        {
            sms = Accept(sms, Right(mobile, 5));
        }

        return Accept(sms, new FilingApproved(At(100), [Icp("京ICP备2026012345号-1"), Icp("京ICP备2026012345号-2")]));
    }

    /// <summary>The application with its first service carrying a number.</summary>
    internal static FilingApplication WithServiceNumber(this FilingApplication application, IcpFilingNumber number)
        => application with { Services = application.Services.SetItem(0, application.Services[0] with { ExistingNumber = number }) };

    /// <summary>A change order of a settled case: its application as a change, each service carrying the number the
    /// case holds for it (a change keeps the services and their numbers).</summary>
    internal static FilingApplication ChangeOf(FilingCase filingCase)
        => filingCase.Application with
        {
            Operation = FilingOperation.Change,
            Services = [.. filingCase.Application.Services.Select((s, i) => s with { ExistingNumber = filingCase.ServiceNumbers[i] })],
        };

    /// <summary>A change order in progress taken through the provider, the SMS step (every default recipient verifies)
    /// and the bureau's review, from the given hour: the case waits for the bureau's decision.</summary>
    internal static FilingCase ChangeUnderReview(FilingCase changing, double hours)
    {
        FilingCase atBureau = AcceptAll(changing, new FiledWithProvider(At(hours)), new ProviderReviewBegan(At(hours + 1)), new ForwardedToBureau(At(hours + 2)));
        FilingCase sms = Accept(atBureau, SmsVerificationStarted.WithDefaultRecipients(atBureau, At(hours + 3)));
        foreach (var mobile in Recipients(sms).ToArray())
        {
            sms = Accept(sms, Right(mobile, hours + 4));
        }

        Assert.Equal(FilingState.BureauReview, sms.State);
        return sms;
    }

    internal static InvalidOperationException Unreachable() => new("unreachable");
}
