using System.Collections.Immutable;
using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Providers;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Providers;

/// <summary>Tencent Cloud's filing operations, as recorded operation-audit responses (hand-written from CloudAudit's
/// LookUpEvents page with the action names of the ICP filing CAM and audit lists), applied through the workflow.</summary>
public sealed class TencentCloudActionTests
{
    private static readonly ProviderActionTranslator Tencent = ProviderActionTranslator.TencentCloud;

    private static readonly Offset ChinaStandardTime = Offset.FromHours(8);

    private static ImmutableArray<ProviderActionRecord> Recorded(string sample)
        => TencentCloudAuditEvents.Read(File.ReadAllText(RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Providers", "Samples", sample + ".json")), ChinaStandardTime).AsT0;

    [Fact]
    public void Preparing_an_order_moves_nothing_and_abandoning_the_draft_ends_it()
    {
        ImmutableArray<ProviderActionRecord> records = Recorded("tencent-audit-draft-abandoned");
        Assert.Equal(["CreatePrefillIcpOrder", "CheckSmsVerificationCode", "CheckCanBeLiveCheck", "CreateLiveCheckAuthCode", "SaveIcpOrder", "SaveIcpOrder", "AbandonIcpOrder"], records.Select(r => r.Name));
        Assert.Equal(At(2), records[0].At);

        ProviderReplay<ProviderActionRecord, ProviderAction> replay = Tencent.Replay(FilingCase.Start(SampleFilings.CompanyWebsite, T0), records);

        Assert.True(replay.IsLegalPath, replay.Refusal?.Message);
        Assert.Equal(FilingState.Abandoned, replay.State);
        Assert.All(replay.Steps.Take(6), s => Assert.Empty(s.Events));
        Assert.All(replay.Steps.Take(6), s => Assert.NotNull(s.Note));
        // Tencent's own phone check is not the Ministry's SMS verification.
        Assert.Contains("not the Ministry's SMS verification", replay.Steps[1].Note, System.StringComparison.Ordinal);
        // The failed save (ErrorCode 1) is named as failed.
        Assert.Equal(1, replay.Steps[4].Input.ErrorCode);
        Assert.Contains("failed (error code 1)", replay.Steps[4].Note, System.StringComparison.Ordinal);
        OrderAbandoned abandoned = Assert.IsType<OrderAbandoned>(Assert.Single(replay.Steps[6].Events));
        Assert.Equal(At(8), abandoned.At);
        Assert.Equal("放弃备案订单", abandoned.Reason);
        Assert.Empty(replay.OpenDeadlines);
    }

    [Fact]
    public void A_change_order_starts_with_the_application_the_integrator_adds_and_its_abandonment_keeps_the_filing()
    {
        FilingCase approved = Approved();
        ImmutableArray<ProviderActionRecord> records = Recorded("tencent-audit-change-abandoned");

        // An audit record carries no application: the change cannot be made an event, and nothing moves.
        ProviderReplay<ProviderActionRecord, ProviderAction> bare = Tencent.Replay(approved, records);
        Assert.False(bare.IsLegalPath);
        Assert.Null(bare.Refusal!.Rejection);
        Assert.Equal("CreateChangeIcpOrder", bare.Refusal.Entry.Name);
        Assert.Contains("changed application", bare.Refusal.Message, System.StringComparison.Ordinal);
        Assert.Equal(FilingState.Approved, bare.State);
        Assert.Empty(bare.Steps);

        FilingApplication change = ChangeOf(approved);
        ProviderReplay<ProviderActionRecord, ProviderAction> started = Tencent.Replay(approved, [records[0] with { Application = change }]);
        Assert.Equal(FilingState.ChangeInProgress, started.State);
        Assert.Equal(change, started.Case.PendingChange);

        ProviderReplay<ProviderActionRecord, ProviderAction> replay = Tencent.Replay(approved, [records[0] with { Application = change }, .. records.Skip(1)]);
        Assert.True(replay.IsLegalPath, replay.Refusal?.Message);
        Assert.Equal(["ChangeStarted", "OrderAbandoned"], replay.Steps.SelectMany(s => s.Events).Select(e => e.Kind.Name));
        Assert.Equal(FilingState.Approved, replay.State);
        Assert.Null(replay.Case.PendingChange);
        Assert.Equal<IcpCompliance.Numbers.IcpFilingNumber>(approved.ServiceNumbers, replay.Case.ServiceNumbers);

        // A change application that is not a change (operation FirstFiling) is not taken for one.
        Assert.Null(Tencent.Replay(approved, [records[0] with { Application = approved.Application }]).Refusal!.Rejection);
    }

    [Fact]
    public void A_cancellation_order_opens_its_own_case_unless_the_subject_has_an_order_in_flight()
    {
        FilingCase approved = Approved();
        ProviderActionRecord cancel = Assert.Single(Recorded("tencent-audit-cancel"));
        // The documentation writes EventTime as a date and time; read at China Standard Time.
        Assert.Equal(Instant.FromUtc(2026, 3, 10, 1, 30), cancel.At);

        FilingApplication cancellation = approved.Application with { Operation = FilingOperation.CancelSubject };
        ProviderReplay<ProviderActionRecord, ProviderAction> replay = Tencent.Replay(approved, [cancel with { Application = cancellation }]);
        Assert.True(replay.IsLegalPath, replay.Refusal?.Message);
        Assert.Equal(FilingState.Approved, replay.State);
        FilingCase opened = Assert.Single(replay.StartedCases);
        Assert.Equal(FilingState.Draft, opened.State);
        Assert.Equal(FilingOperation.CancelSubject, opened.Application.Operation);
        Assert.Equal(cancel.At, opened.LastEventAt);

        // One order in flight per subject: not while a change order of the same subject is in progress.
        FilingCase changing = Accept(approved, new ChangeStarted(At(150), ChangeOf(approved)));
        ProviderRefusal<ProviderActionRecord, ProviderAction> refused = Tencent.Replay(changing, [cancel with { Application = cancellation }]).Refusal!;
        Assert.Equal(RejectionReason.OrderInFlight, refused.Rejection!.Reason);
        Assert.Equal(FilingState.ChangeInProgress, refused.State);

        // Without the cancellation, or with an application that cancels nothing, the action is not guessed.
        Assert.Null(Tencent.Replay(approved, [cancel]).Refusal!.Rejection);
        Assert.Null(Tencent.Replay(approved, [cancel with { Application = approved.Application with { Operation = FilingOperation.WithdrawAccess } }]).Refusal!.Rejection);
    }

    [Fact]
    public void Abandoning_an_order_the_bureau_holds_is_refused_by_the_workflow()
    {
        FilingCase atBureau = AtBureau();
        ProviderActionRecord abandon = new(atBureau.LastEventAt + Duration.FromHours(1), "AbandonIcpOrder") { Reason = "客户放弃" };
        ProviderReplay<ProviderActionRecord, ProviderAction> replay = Tencent.Replay(atBureau, [abandon]);
        Assert.False(replay.IsLegalPath);
        Assert.Equal(RejectionReason.NotAllowedFromState, replay.Refusal!.Rejection!.Reason);
        Assert.Equal(FilingState.SubmittedToBureau, replay.State);
        Assert.Contains("AbandonIcpOrder", replay.Refusal.Message, System.StringComparison.Ordinal);
        Assert.Contains("放弃备案订单", replay.Refusal.MessageChinese, System.StringComparison.Ordinal);

        // The same action while the provider holds the order ends it, with the record's reason.
        FilingCase review = AcceptAll(FilingCase.Start(SampleFilings.CompanyWebsite, T0), new FiledWithProvider(At(1)), new ProviderReviewBegan(At(2)));
        OrderAbandoned ended = Assert.IsType<OrderAbandoned>(Tencent.Replay(review, [abandon with { At = At(3) }]).Case.History[^1]);
        Assert.Equal("客户放弃", ended.Reason);
    }

    [Fact]
    public void An_unknown_action_is_reported_and_the_case_left_as_it_was()
    {
        ProviderReplay<ProviderActionRecord, ProviderAction> replay = Tencent.Replay(FilingCase.Start(SampleFilings.CompanyWebsite, T0), Recorded("tencent-audit-unknown"));
        ProviderActionRecord unknown = Assert.Single(replay.UnknownInputs);
        Assert.Equal("LookupEvents", unknown.Name);
        Assert.Empty(replay.Steps[0].Events);
        Assert.Contains("Unknown action: LookupEvents", replay.Steps[0].Note, System.StringComparison.Ordinal);
        // The replay goes on past it.
        Assert.Equal(FilingState.Abandoned, replay.State);
    }

    [Fact]
    public void Every_action_in_the_list_has_a_source_and_is_mapped_or_says_why_not()
    {
        Assert.Equal(TencentCloudIcpActions.All.Length, Tencent.Actions.Length);
        Assert.All(TencentCloudIcpActions.All, a =>
        {
            Assert.StartsWith("https://cloud.tencent.com/document/product/", a.Source, System.StringComparison.Ordinal);
            Assert.False(string.IsNullOrWhiteSpace(a.Note));
        });
        Assert.Equal(
            ["CreateChangeIcpOrder:ChangeStarted", "CreateCancelIcpOrder:CaseStarted", "AbandonIcpOrder:OrderAbandoned"],
            TencentCloudIcpActions.All.Where(a => a.Event is not null).Select(a => $"{a.Name}:{a.Event!.Name}"));
    }

    [Theory]
    [InlineData("tencent-audit-error", "$.Response.Error")]
    public void A_platform_error_is_an_error_with_its_path(string sample, string path)
    {
        ProviderResponseError error = TencentCloudAuditEvents.Read(File.ReadAllText(RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Providers", "Samples", sample + ".json")), ChinaStandardTime).AsT1;
        Assert.Equal(path, error.Path);
        Assert.Contains("AuthFailure.SignatureFailure", error.Message, System.StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null, "$")]
    [InlineData("", "$")]
    [InlineData("{", "$")]
    [InlineData("[]", "$.Response")]
    [InlineData("""{"Response":{}}""", "$.Response.Events")]
    [InlineData("""{"Response":{"Events":[1]}}""", "$.Response.Events[0]")]
    [InlineData("""{"Response":{"Events":[{"EventTime":"1772416800"}]}}""", "$.Response.Events[0].EventName")]
    [InlineData("""{"Response":{"Events":[{"EventName":"SaveIcpOrder","EventTime":"yesterday"}]}}""", "$.Response.Events[0].EventTime")]
    [InlineData("""{"Response":{"Events":[{"EventName":"SaveIcpOrder","EventTime":"1772416800"},{"EventName":"SaveIcpOrder","EventTime":"1772416800","ErrorCode":"x"}]}}""", "$.Response.Events[1].ErrorCode")]
    public void Text_that_is_not_an_audit_response_is_an_error_with_its_path(string? json, string path)
        => Assert.Equal(path, TencentCloudAuditEvents.Read(json, ChinaStandardTime).AsT1.Path);

    [Property(MaxTest = 300 / Cases.Divisor)]
    public Property Any_text_is_read_without_an_exception() => Prop.ForAll(ArbMap.Default.ArbFor<string>(), text =>
        TencentCloudAuditEvents.Read(text, ChinaStandardTime).Match(records => records.All(r => r.Name.Length > 0), error => error.Path.StartsWith('$')));
}
