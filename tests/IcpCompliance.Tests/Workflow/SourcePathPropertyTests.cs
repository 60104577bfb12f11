using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Tests.Workflow;

/// <summary>
/// Model-based laws over the journeys the sources describe (<see cref="SourcePath"/>): company and personal Mini
/// Programs, websites, Apps, a new service, changes with their SMS step, returns, expiries, rejections, the PSB filing
/// before or after going live, cancellations and access withdrawal. Every event of such a journey is accepted and
/// leads to the state the model expects; every event the sources forbid at any point of one
/// (<see cref="ForbiddenEvents"/>) is refused, with the named guard, and leaves the case as it was.
/// </summary>
public sealed class SourcePathPropertyTests
{
    private const int Tests = 600 / Cases.Divisor;

    private static readonly Instant Earliest = Instant.FromUtc(2024, 4, 1, 0, 0);

    internal static readonly Arbitrary<(SourcePath.Journey Journey, int[] Dice, Instant Start)> Journeys =
        (from journey in Gen.Elements(Enum.GetValues<SourcePath.Journey>())
         from dice in Gen.ArrayOf(Gen.Choose(0, 9_999))
         from minutes in Gen.Choose(0, 3 * 365 * 24 * 60)
         select (journey, dice, Earliest + Duration.FromMinutes(minutes))).ToArbitrary();

    [Property(MaxTest = Tests)]
    public Property Every_journey_the_sources_describe_is_accepted_state_by_state()
        => Prop.ForAll(Journeys, j =>
        {
            SourcePath path = SourcePath.Walk(j.Journey, j.Dice, j.Start);
            SourcePath.Step? refused = path.Steps.FirstOrDefault(s => !s.Result.IsT0 || s.Result.AsT0.State != s.Expected);
            return (refused is null).Label(refused is null
                ? string.Empty
                : refused.Event.Kind.Name + " in " + refused.Before.State.Name + ": expected " + refused.Expected.Name + ", got "
                    + refused.Result.Match(c => c.State.Name, r => r.Message));
        });

    [Property(MaxTest = Tests)]
    public Property Every_journey_ends_where_the_model_says_and_replays_from_its_history()
        => Prop.ForAll(Journeys, j =>
        {
            SourcePath path = SourcePath.Walk(j.Journey, j.Dice, j.Start);
            FilingCase last = path.Last;
            var replayed = FilingWorkflow.Default.Replay(last.History);
            return replayed.IsT0 && replayed.AsT0 == last
                && (path.Steps.Count == 0 || path.Steps[^1].Expected == last.State);
        });

    [Property(MaxTest = Tests)]
    public Property Every_forbidden_event_at_any_point_of_a_journey_is_refused_by_its_guard()
        => Prop.ForAll(Journeys, Gen.Choose(0, 9_999).ToArbitrary(), Gen.Choose(0, 600).ToArbitrary(), (j, point, minutes) =>
        {
            SourcePath path = SourcePath.Walk(j.Journey, j.Dice, j.Start);
            FilingCase c = point % (path.Steps.Count + 1) is var i && i < path.Steps.Count ? path.Steps[i].Before : path.Last;
            Instant now = c.LastEventAt + Duration.FromMinutes(minutes);
            foreach (ForbiddenEvents.Forbidden f in ForbiddenEvents.At(c, now))
            {
                var result = FilingWorkflow.Default.Apply(c, f.Event);
                bool refused = result.IsT1 && result.AsT1.Reason == f.Reason && Equals(result.AsT1.Guard, f.Guard) && result.AsT1.State == c.State;
                if (!refused)
                {
                    return false.Label(f.Why + ": " + f.Event.Kind.Name + " in " + c.State.Name + " gave "
                        + result.Match(after => "accepted, " + after.State.Name, r => r.Reason + " " + r.Guard?.Name));
                }
            }

            return true.ToProperty();
        });

    [Fact]
    public void The_straight_path_of_each_journey_ends_where_the_sources_say()
    {
        foreach (SourcePath.Journey journey in Enum.GetValues<SourcePath.Journey>())
        {
            SourcePath path = SourcePath.Walk(journey, [], Earliest);
            Assert.All(path.Steps, s => Assert.True(s.Result.IsT0 && s.Result.AsT0.State == s.Expected, journey + ": " + s.Event.Kind.Name + " in " + s.Before.State.Name));
            FilingState end = journey switch
            {
                SourcePath.Journey.ServiceCancellation or SourcePath.Journey.SubjectCancellation => FilingState.Canceled,
                SourcePath.Journey.AccessWithdrawal => FilingState.AccessWithdrawn,
                _ => FilingState.Approved,
            };
            Assert.Equal(end, path.Last.State);
        }
    }

    [Fact]
    public void Random_journeys_travel_every_detour_the_sources_describe()
    {
        var random = new Random(26);
        var seen = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        for (int n = 0; n < 400; n++)
        {
            var journey = (SourcePath.Journey)(n % Enum.GetValues<SourcePath.Journey>().Length);
            int[] dice = [.. Enumerable.Range(0, 120).Select(_ => random.Next(10_000))];
            foreach (SourcePath.Step step in SourcePath.Walk(journey, dice, Earliest).Steps)
            {
                Assert.True(step.Result.IsT0 && step.Result.AsT0.State == step.Expected, journey + ": " + step.Event.Kind.Name + " in " + step.Before.State.Name);
                seen.Add(step.Before.State.Name + " " + step.Event.Kind.Name + (step.Before.PendingChange is null ? string.Empty : " (change)"));
            }
        }

        string[] detours =
        [
            "VerificationPending PlatformVerificationFailed", "EntityInformationEntered FiledWithProvider",
            "ProviderReview ProviderReturnedApplication", "AwaitingSmsVerification SmsCodeResent",
            "AwaitingSmsVerification SmsVerificationExpired", "SmsWindowExpired FiledWithProvider",
            "SmsAttemptsExhausted FiledWithProvider", "BureauReview BureauRejectedApplication", "RejectedByBureau OrderAbandoned",
            "Approved PsbFilingCompleted", "PsbFiled ServiceWentLive", "Live PsbFilingCompleted", "Live CommercialLicenseGranted",
            "ChangeInProgress FiledWithProvider (change)", "AwaitingSmsVerification SmsCodeEntered (change)",
            "BureauReview ChangeCompleted (change)", "RejectedByBureau FiledWithProvider (change)", "ChangeInProgress OrderAbandoned (change)",
            "SubmittedToBureau BureauReviewBegan", "SubmittedToBureau SmsVerificationStarted", "Approved FilingCanceled",
            "PsbFiled AccessWithdrawalCompleted",
        ];
        Assert.All(detours, d => Assert.Contains(d, seen));
    }

    [Fact]
    public void The_catalogue_reaches_every_guard_of_the_default_table_that_a_source_states()
    {
        // Walk many journeys and collect the guards the forbidden events named: each guard of the table that encodes a
        // source's rule must be reached by some journey.
        var named = new System.Collections.Generic.HashSet<string>(StringComparer.Ordinal);
        var random = new Random(20);
        for (int n = 0; n < 400; n++)
        {
            var journey = (SourcePath.Journey)(n % Enum.GetValues<SourcePath.Journey>().Length);
            int[] dice = [.. Enumerable.Range(0, 80).Select(_ => random.Next(10_000))];
            SourcePath path = SourcePath.Walk(journey, dice, Earliest);
            foreach (FilingCase c in path.Steps.Select(s => s.Before).Append(path.Last))
            {
                foreach (ForbiddenEvents.Forbidden f in ForbiddenEvents.At(c, c.LastEventAt + Duration.FromMinutes(5)))
                {
                    named.Add(f.Guard?.Name ?? f.Reason.ToString());
                }
            }
        }

        string[] expected =
        [
            "organization-account", "personal-account", "no-sms-needed", "recipients-listed", "sms-possible", "code-six-digits",
            "code-still-valid", "code-validity-elapsed", "resend-left", "within-resend-window", "verifies-awaited-recipient",
            "no-change-pending", "change-pending", "numbers-for-province", "revision-keeps-order", "change-keeps-numbers",
            "change-of-same-subject", "license-for-province", "mainland-entity", "not-live",
            nameof(RejectionReason.NotAllowedFromState), nameof(RejectionReason.OlderThanLastEvent),
        ];
        Assert.All(expected, name => Assert.Contains(name, named));
    }
}
