using System.Collections.Immutable;
using System.IO;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Providers;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Providers;

/// <summary>A Mini Program case past its platform's verification, the recorded responses, and the numbers an
/// approval carries.</summary>
internal static class ProviderTestKit
{
    internal static FilingApplication MiniProgram => SampleFilings.WeChatMiniProgram;

    internal static FilingCase Verified { get; } = AcceptAll(
        FilingCase.Start(MiniProgram, T0),
        new PlatformEmailActivated(At(0.1)),
        new PlatformEntityInformationEntered(At(0.2)),
        new PlatformVerificationRequested(At(0.3), PlatformVerificationMethod.ReviewFee),
        new PlatformVerificationPassed(At(0.4)));

    internal static FilingCase Registered { get; } = AcceptAll(
        FilingCase.Start(MiniProgram, T0),
        new PlatformEmailActivated(At(0.1)),
        new PlatformEntityInformationEntered(At(0.2)));

    /// <summary>The Mini Program approved through WeChat's statuses, with the numbers the bureau issued.</summary>
    internal static FilingCase ApprovedMiniProgram { get; } = AcceptAll(
        Verified,
        new FiledWithProvider(At(1)),
        new ProviderReviewBegan(At(1)),
        new ForwardedToBureau(At(2)),
        SmsVerificationStarted.WithDefaultRecipients(AcceptAll(Verified, new FiledWithProvider(At(1)), new ProviderReviewBegan(At(1)), new ForwardedToBureau(At(2))), At(3)),
        new SmsVerificationCompleted(At(4)),
        new FilingApproved(At(50), NumbersFor(MiniProgram)));

    /// <summary>A change order of <see cref="ApprovedMiniProgram"/> started at hour 60, before it is submitted.</summary>
    internal static FilingCase ChangingMiniProgram { get; } = Accept(ApprovedMiniProgram, new ChangeStarted(At(60), ChangeOf(ApprovedMiniProgram)));

    /// <summary>A recorded response (hand-written from WeChat's documentation), read as seen at an hour after T0.</summary>
    internal static ProviderObservation Seen(string sample, double hours)
        => WeChatIcpResponse.Read(File.ReadAllText(RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Providers", "Samples", sample + ".json")), At(hours)).AsT0;

    /// <summary>The numbers the bureau issues for an application's new services.</summary>
    internal static ImmutableArray<IcpFilingNumber> NumbersFor(FilingApplication application)
    {
        IcpFilingNumber subject = Icp(application.Province.IcpCharacter + "ICP备2026012345号");
        return [.. application.Services.Select((s, i) => subject.WithServiceIndex(i + 1, s.Kind switch
        {
            ServiceKind.App => ServiceSuffix.App,
            ServiceKind.MiniProgram => ServiceSuffix.MiniProgram,
            ServiceKind.QuickApp => ServiceSuffix.QuickApp,
            _ => ServiceSuffix.None,
        }))];
    }
}
