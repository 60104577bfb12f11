using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Testing;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;
using OneOf;
using static IcpCompliance.Tests.Workflow.WorkflowTestKit;

namespace IcpCompliance.Tests.Workflow;

/// <summary>
/// Model-based laws: random sequences of events, most of them of a kind the table allows in the case's state and
/// with data that sometimes meets the guards and sometimes not, applied to cases of several applications.
/// </summary>
public sealed class FilingWorkflowPropertyTests
{
    private const int Tests = 1_000 / Cases.Divisor;

    private static readonly FilingApplication[] Applications =
    [
        SampleFilings.CompanyWebsite,
        SampleFilings.WeChatMiniProgram,
        SampleFilings.CompanyWebsite with { Operation = FilingOperation.CancelService },
        SampleFilings.CompanyWebsite with { Operation = FilingOperation.WithdrawAccess },
        SampleFilings.CompanyWebsite with
        {
            Operation = FilingOperation.AddService,
            SubjectNumber = Icp("京ICP备2026012345号"),
            Subject = SampleFilings.CompanyWebsite.Subject with { EntityType = EntityType.Individual },
        },
    ];

    private static readonly FilingEventKind[] AllKinds = [.. FilingEventKind.All];

    private static readonly FilingEventKind[] Ending = [FilingEventKind.OrderAbandoned, FilingEventKind.FilingCanceled, FilingEventKind.AccessWithdrawalCompleted];

    private static readonly Gen<Step> Steps =
        from pick in Gen.Choose(0, 9)
        from kind in Gen.Choose(0, 999)
        from minutes in Gen.Frequency((1, Gen.Choose(-120, -1)), (12, Gen.Choose(0, 90)), (4, Gen.Choose(90, 3_000)))
        from data in Gen.Choose(0, 999)
        select new Step(pick, kind, minutes, data);

    private static readonly LocalDate FirstDay = new(2019, 1, 1);

    private static readonly int Days = Period.Between(FirstDay, new LocalDate(2027, 12, 31), PeriodUnits.Days).Days;

    /// <summary>When a scenario's case opens: any minute of 2019–2027 (years inside and beyond the holiday data),
    /// often in the last days of a year or around the Spring Festival and National Day, so that its events cross
    /// years and holidays.</summary>
    private static readonly Gen<Instant> Starts =
        from day in Gen.Frequency(
            (3, Gen.Choose(0, Days)),
            (1, from year in Gen.Choose(2019, 2027)
                from anchor in Gen.Elements(new LocalDate(year, 12, 31), new LocalDate(year, 2, 1), new LocalDate(year, 10, 1))
                from offset in Gen.Choose(-10, 3)
                select Period.Between(FirstDay, anchor.PlusDays(offset), PeriodUnits.Days).Days))
        from minute in Gen.Choose(0, (24 * 60) - 1)
        select FirstDay.AtMidnight().PlusDays(day).PlusMinutes(minute).InUtc().ToInstant();

    internal static readonly Arbitrary<Scenario> Scenarios =
        (from application in Gen.Frequency((4, Gen.Constant(0)), (3, Gen.Constant(1)), (1, Gen.Choose(2, Applications.Length - 1)))
         from start in Starts
         from steps in Gen.ListOf(Steps)
         select new Scenario(application, [.. steps], start)).ToArbitrary();

    [Property(MaxTest = Tests)]
    public Property Every_accepted_event_follows_a_row_of_the_table_and_no_state_lies_outside_it()
        => Prop.ForAll(Scenarios, s => Walk(s).All(step => step.Result.Match(
            after => Flow.States.Contains(after.State)
                && Flow.Transitions.Any(t => t.From == step.Before.State && t.Event == step.Event.Kind && t.To == after.State),
            rejected => Flow.States.Contains(step.Before.State))));

    [Property(MaxTest = Tests)]
    public Property History_grows_by_exactly_the_accepted_event_and_a_refusal_leaves_the_case_as_it_was()
        => Prop.ForAll(Scenarios, s => Walk(s).All(step => step.Result.Match(
            after => after.History.Length == step.Before.History.Length + 1
                && after.History.Take(step.Before.History.Length).SequenceEqual(step.Before.History)
                && ReferenceEquals(after.History[^1], step.Event),
            rejected => rejected.State == step.Before.State && rejected.Event == step.Event.Kind
                && rejected.Message.Length > 0 && rejected.MessageChinese.Length > 0
                && (rejected.Reason == RejectionReason.GuardFailed) == (rejected.Guard is not null))));

    [Property(MaxTest = Tests)]
    public Property Replaying_a_history_from_its_start_reproduces_the_case()
        => Prop.ForAll(Scenarios, s =>
        {
            FilingCase last = LastCase(s);
            var replayed = Flow.Replay(last.History);
            return replayed.IsT0 && replayed.AsT0 == last && replayed.AsT0.GetHashCode() == last.GetHashCode();
        });

    [Property(MaxTest = Tests)]
    public Property Applying_an_event_never_changes_the_case_it_is_applied_to()
        => Prop.ForAll(Scenarios, s =>
        {
            // A twin built alongside from separately constructed events and applications shares no object with the
            // case but equals it by content; the case must still equal it after each Apply, and copies of its arrays
            // taken before must still match (a shared or mutated array would show as a difference).
            FilingCase current = FilingCase.Start(Applications[s.Application], s.Start);
            FilingCase twin = FilingCase.Start(Applications[s.Application] with { }, s.Start);
            foreach (var step in s.Steps)
            {
                FilingEvent filingEvent = Build(current, step);
                var snapshot = (
                    History: current.History.ToArray(),
                    Numbers: current.ServiceNumbers.ToArray(),
                    Recipients: current.Sms?.Recipients.ToArray(),
                    Verified: current.Sms?.Verified.ToArray(),
                    Services: current.Application.Services.ToArray(),
                    Hash: current.GetHashCode());
                var result = Flow.Apply(current, filingEvent);
                bool unchanged = current == twin && current.GetHashCode() == snapshot.Hash && snapshot.Hash == twin.GetHashCode()
                    && current.History.SequenceEqual(snapshot.History) && current.ServiceNumbers.SequenceEqual(snapshot.Numbers)
                    && (current.Sms is null || (current.Sms.Recipients.SequenceEqual(snapshot.Recipients!) && current.Sms.Verified.SequenceEqual(snapshot.Verified!)))
                    && current.Application.Services.SequenceEqual(snapshot.Services)
                    && filingEvent == Build(twin, step);
                var twinResult = Flow.Apply(twin, Build(twin, step));
                if (!unchanged || result.IsT0 != twinResult.IsT0)
                {
                    return false;
                }

                current = result.Match(after => after, _ => current);
                twin = twinResult.Match(after => after, _ => twin);
            }

            return current == twin;
        });

    [Property(MaxTest = Tests)]
    public Property The_case_keeps_its_invariants()
        => Prop.ForAll(Scenarios, s => Walk(s).Select(step => step.Result.Match(after => after, _ => step.Before)).All(c =>
            (c.State == FilingState.AwaitingSmsVerification) == (c.Sms is not null)
            && (c.Sms is null || (c.Sms.ResendsUsed <= SmsVerification.MaxResends && c.Sms.ConsecutiveFailures <= SmsVerification.MaxConsecutiveFailures
                && c.Sms.Verified.All(m => c.Sms.Recipients.Any(r => r.Mobile == m)) && !c.Sms.IsComplete))
            && (c.State != FilingState.Live || c.LiveSince is not null)
            && (c.State != FilingState.PsbFiled || c.PsbNumber is not null)
            && (c.PsbNumber is null || c.ApprovedAt is not null)
            && (c.PendingChange is null || c.State.IsOrderInFlight)
            && (!c.State.IsOrderInFlight || c.State == FilingState.Draft || c.PendingChange is not null || c.ApprovedAt is null)
            && c.ServiceNumbers.Length == (c.ApprovedAt is null || c.State.IsFinal ? c.ServiceNumbers.Length : c.Application.Services.Length)
            && (c.LiveSince is null || c.ApprovedAt is not null)
            && (c.LicenseNumber is null || c.Application.Subject.EntityType.HasPermanentMainlandPresence)
            && c.History.Zip(c.History.Skip(1)).All(p => p.First.At <= p.Second.At)));

    [Property(MaxTest = Tests)]
    public Property A_refusal_for_the_state_means_the_table_has_no_row_for_it()
        => Prop.ForAll(Scenarios, s => Walk(s).All(step =>
            step.Result.IsT0
            || (step.Result.AsT1.Reason == RejectionReason.NotAllowedFromState) == (step.Event.At >= step.Before.LastEventAt && !Flow.TransitionsFrom(step.Before.State).Any(t => t.Event == step.Event.Kind))));

    /// <summary>The case a scenario ends in: every accepted event applied, the refused ones skipped.</summary>
    internal static FilingCase LastCase(Scenario scenario)
        => Walk(scenario).Select(step => step.Result.Match(after => after, _ => step.Before)).LastOrDefault()
            ?? FilingCase.Start(Applications[scenario.Application], scenario.Start);

    private static IEnumerable<(FilingCase Before, FilingEvent Event, OneOf<FilingCase, TransitionRejected> Result)> Walk(Scenario scenario)
    {
        FilingCase current = FilingCase.Start(Applications[scenario.Application], scenario.Start);
        foreach (var step in scenario.Steps)
        {
            FilingEvent filingEvent = Build(current, step);
            var result = Flow.Apply(current, filingEvent);
            yield return (current, filingEvent, result);
            current = result.Match(after => after, _ => current);
        }
    }

    /// <summary>An event for the case: mostly of a kind its state allows, with data chosen by the step.</summary>
    private static FilingEvent Build(FilingCase c, Step step)
    {
        var allowed = Flow.AllowedEvents(c);

        // Events that end a case are picked rarely, so that most sequences travel far.
        var onward = allowed.Where(k => !Ending.Contains(k) || step.Data % 12 == 0).ToArray();
        FilingEventKind kind = step.Pick < 8 && onward.Length > 0 ? onward[step.Kind % onward.Length] : AllKinds[step.Kind % AllKinds.Length];
        if (Ending.Contains(kind) && step.Data % 12 != 0 && onward.Length > 0)
        {
            kind = onward[0];
        }

        Instant at = c.LastEventAt + Duration.FromMinutes(step.Minutes);
        int d = step.Data;
        FilingApplication application = c.Application;
        return kind.Name switch
        {
            nameof(FilingEventKind.CaseStarted) => new CaseStarted(at, application),
            nameof(FilingEventKind.PlatformEmailActivated) => new PlatformEmailActivated(at),
            nameof(FilingEventKind.PlatformEntityInformationEntered) => new PlatformEntityInformationEntered(at),
            nameof(FilingEventKind.PlatformVerificationRequested) => new PlatformVerificationRequested(at, d % 2 == 0 ? PlatformVerificationMethod.BankTransfer : PlatformVerificationMethod.ReviewFee),
            nameof(FilingEventKind.PlatformVerificationPassed) => new PlatformVerificationPassed(at),
            nameof(FilingEventKind.PlatformVerificationFailed) => new PlatformVerificationFailed(at, "资料不符"),
            nameof(FilingEventKind.FiledWithProvider) => new FiledWithProvider(at, d % 3 == 0 ? application with { Documents = [.. application.Documents, FilingDocument.StampedCommitmentLetter] } : null),
            nameof(FilingEventKind.ProviderReviewBegan) => new ProviderReviewBegan(at),
            nameof(FilingEventKind.ProviderReturnedApplication) => new ProviderReturnedApplication(at, "照片不清晰"),
            nameof(FilingEventKind.ForwardedToBureau) => new ForwardedToBureau(at),
            nameof(FilingEventKind.SmsVerificationStarted) => (d % 10) switch
            {
                0 => new SmsVerificationStarted(at, []),
                1 => new SmsVerificationStarted(at, [.. SmsRecipient.DefaultsFor(SampleFilings.CompanyWebsite), .. SmsRecipient.DefaultsFor(SampleFilings.CompanyWebsite)]),
                _ => new SmsVerificationStarted(at, SmsRecipient.DefaultsFor(SampleFilings.CompanyWebsite)),
            },
            nameof(FilingEventKind.SmsCodeResent) => new SmsCodeResent(at),
            nameof(FilingEventKind.SmsCodeEntered) => new SmsCodeEntered(
                at,
                c.Sms is { Recipients.IsEmpty: false } sms && d % 7 != 0 ? sms.Recipients[d % sms.Recipients.Length].Mobile : Mobile("13700001111"),
                d % 11 == 0 ? "12345" : "246810",
                Accepted: d % 3 != 0 && d % 5 != 0),
            nameof(FilingEventKind.SmsVerificationExpired) => new SmsVerificationExpired(at),
            nameof(FilingEventKind.SmsVerificationCompleted) => new SmsVerificationCompleted(at),
            nameof(FilingEventKind.BureauReviewBegan) => new BureauReviewBegan(at),
            nameof(FilingEventKind.BureauRejectedApplication) => new BureauRejectedApplication(at, "网站名称不符合要求"),
            nameof(FilingEventKind.FilingApproved) => new FilingApproved(at, (d % 5) switch
            {
                0 => [],
                1 => [Icp("沪ICP备2026012345号-1")],
                _ => NumbersFor(application),
            }),
            nameof(FilingEventKind.ServiceWentLive) => new ServiceWentLive(at),
            nameof(FilingEventKind.PsbFilingCompleted) => new PsbFilingCompleted(at, Psb("京公网安备11010802012345号")),
            nameof(FilingEventKind.CommercialLicenseGranted) => new CommercialLicenseGranted(at, d % 2 == 0 ? License("京ICP证030173号") : License("粤B2-20090059")),
            nameof(FilingEventKind.ChangeStarted) => new ChangeStarted(at, (d % 4) switch
            {
                0 => application,
                1 => application with { Operation = FilingOperation.Change, Documents = [] },
                _ => application with
                {
                    Operation = FilingOperation.Change,
                    Documents = [],
                    Services = [.. application.Services.Select((s, i) => s with { ExistingNumber = i < c.ServiceNumbers.Length ? c.ServiceNumbers[i] : null })],
                },
            }),
            nameof(FilingEventKind.ChangeCompleted) => new ChangeCompleted(at),
            nameof(FilingEventKind.OrderAbandoned) => new OrderAbandoned(at, "客户放弃"),
            nameof(FilingEventKind.FilingCanceled) => new FilingCanceled(at),
            _ => new AccessWithdrawalCompleted(at),
        };
    }

    private static System.Collections.Immutable.ImmutableArray<IcpFilingNumber> NumbersFor(FilingApplication application)
    {
        IcpFilingNumber subject = application.SubjectNumber ?? Icp(application.Province.IcpCharacter + "ICP备2026012345号");
        return [.. application.Services.Select((s, i) => subject.WithServiceIndex(i + 1, s.Kind switch
        {
            ServiceKind.App => ServiceSuffix.App,
            ServiceKind.MiniProgram => ServiceSuffix.MiniProgram,
            ServiceKind.QuickApp => ServiceSuffix.QuickApp,
            _ => ServiceSuffix.None,
        }))];
    }

    public sealed record Step(int Pick, int Kind, int Minutes, int Data);

    public sealed record Scenario(int Application, Step[] Steps, Instant Start)
    {
        public override string ToString() => $"app {Application} from {Start}: " + string.Join(", ", Steps.Select(s => $"({s.Pick},{s.Kind},{s.Minutes},{s.Data})"));
    }
}
