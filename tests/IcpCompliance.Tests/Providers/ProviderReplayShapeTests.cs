using System.Linq;
using IcpCompliance.Providers;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Tests.Providers;

/// <summary>Polled statuses and recorded actions give one shape of replay (issue 22: two copies of one result before
/// 1.0), so code that reads a replay is written once for both.</summary>
public sealed class ProviderReplayShapeTests
{
    private static readonly Instant T0 = Instant.FromUtc(2026, 3, 2, 1, 0);

    [Fact]
    public void One_generic_reader_serves_a_replay_of_statuses_and_one_of_actions()
    {
        FilingCase verified = FilingWorkflow.Default.ApplyAll(
            FilingCase.Start(SampleFilings.WeChatMiniProgram, T0),
            [new PlatformEmailActivated(T0), new PlatformEntityInformationEntered(T0), new PlatformVerificationRequested(T0, PlatformVerificationMethod.ReviewFee), new PlatformVerificationPassed(T0)]).AsT0;
        ProviderObservation unknownCode = new(T0 + Duration.FromHours(1), 7);
        ProviderObservation review = new(T0 + Duration.FromHours(2), 2);
        var statuses = ProviderStatusTranslator.WeChatEntranceInfo.Replay(verified, [unknownCode, review]);

        ProviderActionRecord unknownAction = new(T0 + Duration.FromHours(1), "DescribeSomethingNew");
        ProviderActionRecord abandon = new(T0 + Duration.FromHours(2), "AbandonIcpOrder");
        var actions = ProviderActionTranslator.TencentCloud.Replay(FilingCase.Start(SampleFilings.CompanyWebsite, T0), [unknownAction, abandon]);

        Assert.Equal("ProviderReview after 2 inputs, unknown: 1, events: 2, legal: True", Summary(statuses));
        Assert.Equal("Abandoned after 2 inputs, unknown: 1, events: 1, legal: True", Summary(actions));
        Assert.Same(unknownCode, Assert.Single(statuses.UnknownInputs));
        Assert.Same(unknownAction, Assert.Single(actions.UnknownInputs));
        Assert.Same(review, statuses.Steps[1].Input);
        Assert.Same(abandon, actions.Steps[1].Input);
        Assert.Equal("AbandonIcpOrder", actions.Steps[1].Entry!.Name);
        Assert.Equal(2, statuses.Steps[1].Entry!.Code);
        Assert.Empty(statuses.StartedCases);
        Assert.Empty(statuses.AuditReasons());
    }

    [Fact]
    public void A_replay_equals_the_same_replay_again_and_no_other()
    {
        FilingCase draft = FilingCase.Start(SampleFilings.CompanyWebsite, T0);
        ProviderActionRecord[] records = [new(T0 + Duration.FromHours(1), "SaveIcpOrder"), new(T0 + Duration.FromHours(2), "AbandonIcpOrder")];

        var once = ProviderActionTranslator.TencentCloud.Replay(draft, records);
        var again = ProviderActionTranslator.TencentCloud.Replay(draft, [.. records]);
        var shorter = ProviderActionTranslator.TencentCloud.Replay(draft, records.Take(1));

        Assert.Equal(once, again);
        Assert.Equal(once.GetHashCode(), again.GetHashCode());
        Assert.Equal(once.Steps[0], again.Steps[0]);
        Assert.NotEqual(once, shorter);
        Assert.NotEqual(once.Steps[0], once.Steps[0] with { StartedCase = draft });
        Assert.NotEqual(once.Steps[0], once.Steps[0] with { Entry = null });
        Assert.True(once.Steps[0] with { Entry = null } is { IsUnknown: true });
    }

    private static string Summary<TInput, TEntry>(ProviderReplay<TInput, TEntry> replay)
        where TInput : class
        where TEntry : class
        => $"{replay.State.Name} after {replay.Steps.Length} inputs, unknown: {replay.UnknownInputs.Length}, events: {replay.Steps.Sum(s => s.Events.Length)}, legal: {replay.IsLegalPath}";
}
