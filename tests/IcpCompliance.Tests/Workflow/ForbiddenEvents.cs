using System.Collections.Generic;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Tests.Workflow;

/// <summary>
/// The events the sources forbid at a point of a journey, each with how the workflow must refuse it: the guard that
/// names the broken rule, or "not allowed from this state" when no row of the table lets the kind happen there, or
/// "older than the last event".
/// </summary>
internal static class ForbiddenEvents
{
    /// <summary>A forbidden event and the refusal it must get.</summary>
    /// <param name="Why">What the sources forbid, for the failure message.</param>
    /// <param name="Event">The event.</param>
    /// <param name="Reason">The refusal's reason.</param>
    /// <param name="Guard">The guard it names, for <see cref="RejectionReason.GuardFailed"/>.</param>
    internal sealed record Forbidden(string Why, FilingEvent Event, RejectionReason Reason, TransitionGuard? Guard);

    private static Forbidden ByGuard(string why, FilingEvent e, TransitionGuard guard) => new(why, e, RejectionReason.GuardFailed, guard);

    private static Forbidden ByState(string why, FilingEvent e) => new(why, e, RejectionReason.NotAllowedFromState, null);

    /// <summary>Every forbidden event the catalogue knows for a case, at an instant at or after its last event.</summary>
    internal static IEnumerable<Forbidden> At(FilingCase c, Instant now)
    {
        FilingState state = c.State;
        FilingApplication order = c.CurrentOrder;
        yield return new("events are recorded in time order", new ServiceWentLive(c.LastEventAt - Duration.FromMinutes(1)), RejectionReason.OlderThanLastEvent, null);

        if (state.IsFinal)
        {
            yield return ByState("nothing follows a closed case", new FiledWithProvider(now));
            yield break;
        }

        if (state == FilingState.PlatformRegistered || state == FilingState.EmailActivated)
        {
            yield return ByState("\"Filing is only available after verification\" (and after registration)", new FiledWithProvider(now));
        }

        if (state == FilingState.EntityInformationEntered)
        {
            yield return order.Subject.EntityType.IsOrganization
                ? ByGuard("\"Verification must be completed before filing\"", new FiledWithProvider(now), TransitionGuards.PersonalAccount)
                : ByGuard("personal Mini Programs \"cannot use commercial services or be verified\"", new PlatformVerificationRequested(now, PlatformVerificationMethod.ReviewFee), TransitionGuards.OrganizationAccount);
        }

        if (state == FilingState.SubmittedToBureau)
        {
            yield return ByState("the SMS step completes only once its codes were sent", new SmsVerificationCompleted(now));
            if (order.Operation.NeedsSmsVerification)
            {
                yield return ByGuard("the SMS verification \"needs to be completed\" before the bureau's review", new BureauReviewBegan(now), TransitionGuards.NoSmsNeeded);
                yield return ByGuard("the SMS step names its recipients", new SmsVerificationStarted(now, []), TransitionGuards.RecipientsListed);
            }

            if (order.Operation == FilingOperation.WithdrawAccess)
            {
                yield return ByGuard("access withdrawal has no SMS step", new SmsVerificationStarted(now, [new SmsRecipient(PersonRole.ServicePrincipal, "李娜", Mobile("13912345678"))]), TransitionGuards.SmsPossible);
            }
        }

        if (state == FilingState.AwaitingSmsVerification && c.Sms is { } sms)
        {
            Instant expires = sms.CodeExpiresAt(FilingWorkflow.Default.SmsLimits);
            MobileNumber recipient = sms.Awaiting[0].Mobile;
            yield return ByGuard("the code is six digits", new SmsCodeEntered(now, recipient, "12345", Accepted: true), TransitionGuards.CodeIsSixDigits);
            yield return ByGuard("\"This SMS contains a code which is valid for 24 hours.\"", new SmsCodeEntered(Instant.Max(now, expires), recipient, "123456", Accepted: true), TransitionGuards.CodeStillValid);
            if (now < expires)
            {
                yield return ByGuard("the step expires only after its 24 hours", new SmsVerificationExpired(now), TransitionGuards.CodeValidityElapsed);
            }

            yield return ByGuard("a platform's \"verified\" (核验完成) comes within the code's 24 hours", new SmsVerificationCompleted(Instant.Max(now, expires)), TransitionGuards.CodeStillValid);

            if (sms.ResendsUsed >= SmsVerification.MaxResends)
            {
                yield return ByGuard("at most two resends", new SmsCodeResent(now), TransitionGuards.ResendLeft);
            }
            else
            {
                yield return ByGuard("resending \"is only possible within 24 hours after the verification process has started\"", new SmsCodeResent(Instant.Max(now, sms.ResendWindowEndsAt(FilingWorkflow.Default.SmsLimits))), TransitionGuards.WithinResendWindow);
            }

            if (now < expires && sms.ConsecutiveFailures < SmsVerification.MaxConsecutiveFailures)
            {
                yield return ByGuard("only a recipient verifies", new SmsCodeEntered(now, Mobile("13000000000"), "123456", Accepted: true), TransitionGuards.VerifiesAwaitedRecipient);
            }

            yield return ByState("the provider cannot abandon an order the bureau holds", new OrderAbandoned(now, "x"));
        }

        if (state == FilingState.BureauReview)
        {
            yield return ByState("the PSB filing comes \"once you have your ICP number\"", new PsbFilingCompleted(now, SourcePath.Psb(c.Application.Province)));
            if (c.PendingChange is not null)
            {
                yield return ByGuard("a change order is approved as a change", new FilingApproved(now, SourcePath.NumbersFor(c.Application)), TransitionGuards.NoChangePending);
            }
            else
            {
                yield return ByGuard("only a change order ends with ChangeCompleted", new ChangeCompleted(now), TransitionGuards.ChangePending);
                if (!order.Operation.IsCancellation)
                {
                    yield return ByGuard("the numbers are of the subject's province", new FilingApproved(now, [SourcePath.Number("藏ICP备2026012345号-1")]), TransitionGuards.NumbersForProvince);
                }
            }
        }

        if (state == FilingState.ChangeInProgress)
        {
            yield return ByState("a change is SMS-verified and reviewed before it completes", new ChangeCompleted(now));
        }

        if (state == FilingState.ReturnedByProvider || state == FilingState.RejectedByBureau || state == FilingState.SmsWindowExpired || state == FilingState.SmsAttemptsExhausted)
        {
            FilingApplication other = order with { Subject = order.Subject with { Certificate = Rules.Scenarios.ScenarioBases.Credit("91", 650100) } };
            yield return ByGuard("a resubmission keeps its subject", new FiledWithProvider(now, other), TransitionGuards.RevisionKeepsOrder);
        }

        if (state == FilingState.Approved || state == FilingState.Live || state == FilingState.PsbFiled)
        {
            yield return ByGuard("a change lists the filing's services by their numbers", new ChangeStarted(now, c.Application with { Operation = FilingOperation.Change, Services = [] }), TransitionGuards.ChangeKeepsNumbers);
            FilingApplication otherSubject = c.Application with
            {
                Operation = FilingOperation.Change,
                Subject = c.Application.Subject with { Certificate = Rules.Scenarios.ScenarioBases.Credit("91", 650100) },
            };
            yield return ByGuard("a different credit code is another subject", new ChangeStarted(now, otherSubject), TransitionGuards.ChangeOfSameSubject);
            yield return c.Application.Subject.EntityType.HasPermanentMainlandPresence
                ? ByGuard("the license is the province's", new CommercialLicenseGranted(now, SourcePath.License(IcpCompliance.Regions.Province.Tibet)), TransitionGuards.LicenseForProvince)
                : ByGuard("a Commercial License is not granted without \"a permanent legal business presence in Mainland China\"", new CommercialLicenseGranted(now, SourcePath.License(c.Application.Province)), TransitionGuards.MainlandEntity);
            if (state == FilingState.PsbFiled)
            {
                yield return ByState("one PSB filing", new PsbFilingCompleted(now, SourcePath.Psb(c.Application.Province)));
                if (c.LiveSince is not null)
                {
                    yield return ByGuard("a service goes live once", new ServiceWentLive(now), TransitionGuards.NotLive);
                }
            }
            else if (state == FilingState.Live)
            {
                yield return ByState("a service goes live once", new ServiceWentLive(now));
            }
        }
    }

    private static MobileNumber Mobile(string text) => MobileNumber.Parse(text, IcpCompliance.Parsing.ParseMode.Strict).Value;
}
