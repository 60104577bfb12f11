using System;
using System.Collections.Generic;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Testing;

/// <summary>
/// Fictitious cases at telling points of the process, built from <see cref="SampleFilings"/> by applying events
/// through <see cref="FilingWorkflow.Default"/>: for examples, the deadlines calculator, the CLI, tests and
/// benchmarks. The instants are fixed in March 2026 (UTC); the numbers are made up.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public static class SampleCases
{
    /// <summary>When the company website's case was opened: 2026-03-02 09:00 in Beijing.</summary>
    public static Instant CompanyWebsiteStartedAt { get; } = Instant.FromUtc(2026, 3, 2, 1, 0);

    /// <summary>When the company website's SMS step started: 2026-03-04 10:05 in Beijing.</summary>
    public static Instant CompanyWebsiteSmsSentAt { get; } = Instant.FromUtc(2026, 3, 4, 2, 5);

    /// <summary>When the company website went live: 2026-03-23 10:00 in Beijing.</summary>
    public static Instant CompanyWebsiteLiveAt { get; } = Instant.FromUtc(2026, 3, 23, 2, 0);

    /// <summary>The service number the company website is issued.</summary>
    public static IcpFilingNumber CompanyWebsiteNumber { get; } = Number("京ICP备2026012345号-1");

    /// <summary><see cref="SampleFilings.CompanyWebsite"/> forwarded to the bureau, with the SMS step just started
    /// for the subject principal and the service principal (two mobile numbers, two codes).</summary>
    public static FilingCase CompanyWebsiteAwaitingSms { get; } = Build(SampleFilings.CompanyWebsite, CompanyWebsiteStartedAt, CompanyWebsiteToSms());

    /// <summary><see cref="SampleFilings.CompanyWebsite"/> approved and live since
    /// <see cref="CompanyWebsiteLiveAt"/>, its PSB filing not yet done.</summary>
    public static FilingCase CompanyWebsiteLive { get; } = Build(SampleFilings.CompanyWebsite, CompanyWebsiteStartedAt, [.. CompanyWebsiteToSms(), .. CompanyWebsiteToLive()]);

    /// <summary><see cref="SampleFilings.WeChatMiniProgram"/> on its platform's path, the verification review
    /// (RMB 300 fee) pending.</summary>
    public static FilingCase MiniProgramInVerification { get; } = Build(
        SampleFilings.WeChatMiniProgram,
        Instant.FromUtc(2026, 3, 2, 1, 0),
        [
            new PlatformEmailActivated(Instant.FromUtc(2026, 3, 2, 1, 10)),
            new PlatformEntityInformationEntered(Instant.FromUtc(2026, 3, 2, 1, 30)),
            new PlatformVerificationRequested(Instant.FromUtc(2026, 3, 2, 1, 45), PlatformVerificationMethod.ReviewFee),
        ]);

    private static IEnumerable<FilingEvent> CompanyWebsiteToSms()
    {
        yield return new FiledWithProvider(Instant.FromUtc(2026, 3, 2, 2, 0));
        yield return new ProviderReviewBegan(Instant.FromUtc(2026, 3, 2, 6, 0));
        yield return new ForwardedToBureau(Instant.FromUtc(2026, 3, 4, 2, 0));
        yield return new SmsVerificationStarted(CompanyWebsiteSmsSentAt, SmsRecipient.DefaultsFor(SampleFilings.CompanyWebsite));
    }

    private static IEnumerable<FilingEvent> CompanyWebsiteToLive()
    {
        foreach (var recipient in SmsRecipient.DefaultsFor(SampleFilings.CompanyWebsite))
        {
            yield return new SmsCodeEntered(CompanyWebsiteSmsSentAt + Duration.FromHours(2), recipient.Mobile, "482913", Accepted: true);
        }

        yield return new FilingApproved(Instant.FromUtc(2026, 3, 18, 7, 30), [CompanyWebsiteNumber]);
        yield return new ServiceWentLive(CompanyWebsiteLiveAt);
    }

    // The samples are constants written by hand: an event the workflow refuses is a bug in this file, so it throws
    // when the type is first used, and the tests touch every sample.
    private static FilingCase Build(FilingApplication application, Instant at, IEnumerable<FilingEvent> events)
        => FilingWorkflow.Default.ApplyAll(FilingCase.Start(application, at), events)
            .Match(c => c, rejected => throw new InvalidOperationException("Sample case refused: " + rejected.Message));

    private static IcpFilingNumber Number(string text)
        => IcpFilingNumber.Parse(text, ParseMode.Strict).Match(n => n, _ => throw new InvalidOperationException($"Sample number '{text}' does not parse."));
}
