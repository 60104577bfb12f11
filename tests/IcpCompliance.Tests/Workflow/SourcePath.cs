using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using IcpCompliance.Testing;
using IcpCompliance.Workflow;
using NodaTime;
using OneOf;

namespace IcpCompliance.Tests.Workflow;

/// <summary>
/// A model of the filing process as the sources describe it, which walks one journey event by event and says which
/// state each event must lead to. The choices along the way (a refused verification, a return by the provider, wrong
/// codes, resends, an expired or exhausted SMS step, a rejection, the PSB filing before or after going live, a change
/// order, a cancellation) come from dice that FsCheck generates; when the dice run out the walk takes the straight
/// path, so every walk ends.
/// </summary>
/// <remarks>
/// Sources: the WeChat guide (the platform path, "Verification must be completed before filing", personal accounts
/// "cannot ... be verified", the five steps of filing, "Both the legal representative and administrator must verify
/// via SMS within 24 hours", "If verification is not completed within 24 hours, the application will be automatically
/// rejected, and you'll need to resubmit"); the SMS verification FAQ (the code "valid for 24 hours", resending "only
/// possible within 24 hours after the verification process has started", "the clerk decides which mobile numbers
/// need to be verified"); the ICP guide ("You will need to submit your PSB application once you have your ICP number,
/// and within 30 days of your website going live", keeping details up to date); facts §3, §3c, §6, §6b (returns,
/// five failures, two resends, cancellations, access withdrawal, abandoning an order).
/// </remarks>
internal sealed class SourcePath
{
    private static readonly FilingWorkflow Flow = FilingWorkflow.Default;

    private readonly int[] _dice;
    private readonly List<Step> _steps = [];
    private int _next;
    private FilingCase _case;
    private Instant _now;
    private bool _broken;

    private SourcePath(Journey journey, int[] dice, Instant start)
    {
        _dice = dice;
        _now = start;
        _case = FilingCase.Start(ApplicationFor(journey), start);
        JourneyKind = journey;
    }

    /// <summary>The journeys the sources describe.</summary>
    internal enum Journey
    {
        CompanyWebsite,
        CompanyMiniProgram,
        PersonalMiniProgram,
        CompanyApp,
        AddedWebsite,
        ServiceCancellation,
        SubjectCancellation,
        AccessWithdrawal,
    }

    internal Journey JourneyKind { get; }

    /// <summary>Every event of the walk with the case before it, the state the model expects after it and what the
    /// workflow did.</summary>
    internal IReadOnlyList<Step> Steps => _steps;

    /// <summary>The case the walk ended in.</summary>
    internal FilingCase Last => _case;

    /// <summary>Walks a journey with the given dice from a start instant.</summary>
    internal static SourcePath Walk(Journey journey, int[] dice, Instant start)
    {
        var path = new SourcePath(journey, dice, start);
        path.Run();
        return path;
    }

    internal static FilingApplication ApplicationFor(Journey journey)
    {
        FilingApplication website = SampleFilings.CompanyWebsite;
        IcpFilingNumber beijingSubject = Number("京ICP备2026012345号");
        return journey switch
        {
            Journey.CompanyWebsite => website,
            Journey.CompanyMiniProgram => SampleFilings.WeChatMiniProgram,
            Journey.PersonalMiniProgram => Rules.Scenarios.ScenarioBases.BeijingPersonalMiniProgram,
            Journey.CompanyApp => Rules.Scenarios.ScenarioBases.SichuanCompanyApp,
            Journey.AddedWebsite => website with { Operation = FilingOperation.AddService, SubjectNumber = beijingSubject },
            Journey.ServiceCancellation => Existing(website with { Operation = FilingOperation.CancelService, SubjectNumber = beijingSubject }),
            Journey.SubjectCancellation => Existing(website with { Operation = FilingOperation.CancelSubject, SubjectNumber = beijingSubject }),
            _ => Existing(website with { Operation = FilingOperation.WithdrawAccess, SubjectNumber = beijingSubject }),
        };
    }

    internal static IcpFilingNumber Number(string text) => IcpFilingNumber.Parse(text, ParseMode.Strict).Value;

    private static FilingApplication Existing(FilingApplication application)
        => application with { Services = [.. application.Services.Select((s, i) => s with { ExistingNumber = application.SubjectNumber!.Value.WithServiceIndex(i + 1, ServiceSuffix.None) })] };

    // A die from 0 to n - 1; 0 once the dice run out, and 0 is always the straight way on.
    private int Roll(int n) => _next < _dice.Length ? (int)((uint)_dice[_next++] % (uint)n) : 0;

    // A detour taken with the given chance, never once the dice run out.
    private bool Detour(int percent) => Roll(100) >= 100 - percent;

    private void Tick(int maxMinutes) => _now += Duration.FromMinutes(1 + Roll(maxMinutes));

    private void Apply(FilingEvent filingEvent, FilingState expected)
    {
        if (_broken)
        {
            return;
        }

        FilingCase before = _case;
        OneOf<FilingCase, TransitionRejected> result = Flow.Apply(before, filingEvent);
        _steps.Add(new Step(before, filingEvent, expected, result));
        if (result.IsT0 && result.AsT0.State == expected)
        {
            _case = result.AsT0;
        }
        else
        {
            _broken = true;
        }
    }

    private void Run()
    {
        FilingApplication application = _case.Application;
        if (_case.State == FilingState.PlatformRegistered)
        {
            Tick(60);
            Apply(new PlatformEmailActivated(_now), FilingState.EmailActivated);
            Tick(60);
            Apply(new PlatformEntityInformationEntered(_now), FilingState.EntityInformationEntered);
            if (application.Subject.EntityType.IsOrganization)
            {
                for (int failures = 0; !_broken; failures++)
                {
                    Tick(60);
                    Apply(new PlatformVerificationRequested(_now, Roll(2) == 0 ? PlatformVerificationMethod.ReviewFee : PlatformVerificationMethod.BankTransfer), FilingState.VerificationPending);
                    Tick(5 * 24 * 60);
                    if (failures < 2 && Detour(30))
                    {
                        Apply(new PlatformVerificationFailed(_now, "资料不符"), FilingState.EntityInformationEntered);
                        continue;
                    }

                    Apply(new PlatformVerificationPassed(_now), FilingState.PlatformVerified);
                    break;
                }
            }
        }

        if (!Order() || _case.State.IsFinal)
        {
            return;
        }

        AfterApproval();
    }

    /// <summary>An order from its submission to the bureau's decision. False when the walk ends inside it (abandoned,
    /// or the workflow refused an event).</summary>
    private bool Order()
    {
        for (int attempt = 0; !_broken; attempt++)
        {
            bool detours = attempt < 3;
            FilingApplication order = _case.CurrentOrder;
            Tick(24 * 60);
            FilingApplication? revised = attempt > 0 && Roll(2) == 1 ? order with { Documents = [.. order.Documents, FilingDocument.WebsitePlan] } : null;
            Apply(new FiledWithProvider(_now, revised), FilingState.SubmittedToProvider);
            Tick(8 * 60);
            Apply(new ProviderReviewBegan(_now), FilingState.ProviderReview);
            Tick(2 * 24 * 60);
            if (detours && Detour(20))
            {
                Apply(new ProviderReturnedApplication(_now, "照片不清晰"), FilingState.ReturnedByProvider);
                if (Detour(15))
                {
                    return Abandon();
                }

                continue;
            }

            Apply(new ForwardedToBureau(_now), FilingState.SubmittedToBureau);
            Tick(10);
            FilingOperation operation = _case.CurrentOrder.Operation;
            bool cancellation = operation == FilingOperation.CancelSubject || operation == FilingOperation.CancelService;
            if (operation.NeedsSmsVerification || (cancellation && Detour(50)))
            {
                ImmutableArray<SmsRecipient> recipients = operation.NeedsSmsVerification
                    ? SmsVerificationStarted.WithDefaultRecipients(_case, _now).Recipients
                    : [new SmsRecipient(PersonRole.ServicePrincipal, order.Services[0].Principal.Name, order.Services[0].Principal.Mobile!.Value)];
                Apply(new SmsVerificationStarted(_now, recipients), FilingState.AwaitingSmsVerification);
                if (!SmsStep(detours))
                {
                    if (Detour(15))
                    {
                        return Abandon();
                    }

                    continue;
                }
            }
            else
            {
                Apply(new BureauReviewBegan(_now), FilingState.BureauReview);
            }

            Tick(20 * 24 * 60);
            if (detours && Detour(20))
            {
                Apply(new BureauRejectedApplication(_now, "网站名称不符合要求"), FilingState.RejectedByBureau);
                if (Detour(15))
                {
                    return Abandon();
                }

                continue;
            }

            Decide(operation);
            return !_broken;
        }

        return false;
    }

    /// <summary>The SMS step: every recipient verifies within 24 hours (with wrong codes and resends on the way), or
    /// the step expires, or the sixth attempt after five failures returns the application. True when verified.</summary>
    private bool SmsStep(bool detours)
    {
        SmsVerification sms = _case.Sms!;
        Instant start = sms.StepStartedAt;
        int outcome = detours ? Roll(10) : 0;
        if (outcome == 9)
        {
            MobileNumber someone = sms.Recipients[Roll(sms.Recipients.Length)].Mobile;
            for (int i = 0; i < SmsVerification.MaxConsecutiveFailures; i++)
            {
                Tick(20);
                Apply(new SmsCodeEntered(_now, someone, "654321", Accepted: false), FilingState.AwaitingSmsVerification);
            }

            Tick(20);
            Apply(new SmsCodeEntered(_now, someone, "123456", Accepted: Roll(2) == 0), FilingState.SmsAttemptsExhausted);
            return false;
        }

        List<MobileNumber> awaiting = [.. sms.Recipients.Select(r => r.Mobile)];
        int resends = 0;
        while (awaiting.Count > 0 && !_broken)
        {
            int failures = Roll(3);
            MobileNumber mobile = awaiting[Roll(awaiting.Count)];
            for (int i = 0; i < failures; i++)
            {
                Tick(20);
                Apply(new SmsCodeEntered(_now, mobile, "654321", Accepted: false), FilingState.AwaitingSmsVerification);
            }

            if (resends < SmsVerification.MaxResends && Detour(30))
            {
                resends++;
                Tick(60);
                Apply(new SmsCodeResent(_now), FilingState.AwaitingSmsVerification);
            }

            if (outcome == 8)
            {
                // Nobody finishes in time: "If verification is not completed within 24 hours, the application will be
                // automatically rejected, and you'll need to resubmit."
                _now = Instant.Max(_now, start + Duration.FromHours(24)) + Duration.FromMinutes(Roll(120));
                Apply(new SmsVerificationExpired(_now), FilingState.SmsWindowExpired);
                return false;
            }

            Tick(30);
            awaiting.Remove(mobile);
            Apply(new SmsCodeEntered(_now, mobile, "123456", Accepted: true), awaiting.Count == 0 ? FilingState.BureauReview : FilingState.AwaitingSmsVerification);
        }

        return !_broken;
    }

    private void Decide(FilingOperation operation)
    {
        if (_case.PendingChange is not null)
        {
            Apply(new ChangeCompleted(_now), SettledState(_case));
        }
        else if (operation.IsCancellation)
        {
            Apply(new FilingApproved(_now, []), operation == FilingOperation.WithdrawAccess ? FilingState.AccessWithdrawn : FilingState.Canceled);
        }
        else
        {
            Apply(new FilingApproved(_now, NumbersFor(_case.Application)), FilingState.Approved);
        }
    }

    private bool Abandon()
    {
        Tick(60);
        Apply(new OrderAbandoned(_now, "客户放弃"), _case.PendingChange is null ? FilingState.Abandoned : SettledState(_case));
        return false;
    }

    /// <summary>Life after approval: going live and the PSB filing in either order, a commercial license, change
    /// orders, and at the end perhaps a cancellation or an access withdrawal.</summary>
    private void AfterApproval()
    {
        Province province = _case.Application.Province;
        for (int action = 0; action < 6 && !_broken; action++)
        {
            Tick(3 * 24 * 60);
            switch (Roll(7))
            {
                case 0:
                    return;
                case 1 when _case.LiveSince is null:
                    Apply(new ServiceWentLive(_now), _case.PsbNumber is null ? FilingState.Live : FilingState.PsbFiled);
                    break;
                case 2 when _case.PsbNumber is null:
                    Apply(new PsbFilingCompleted(_now, Psb(province)), FilingState.PsbFiled);
                    break;
                case 3 when _case.Application.Subject.EntityType.HasPermanentMainlandPresence:
                    Apply(new CommercialLicenseGranted(_now, License(province)), _case.State);
                    break;
                case 4:
                    FilingApplication change = WorkflowTestKit.ChangeOf(_case) is var c
                        ? c with { Subject = c.Subject with { Address = c.Subject.Address with { Detail = c.Subject.Address.Detail + "（新址）" } } }
                        : null!;
                    Apply(new ChangeStarted(_now, change), FilingState.ChangeInProgress);
                    if (Detour(15))
                    {
                        Abandon();
                        break;
                    }

                    if (!Order())
                    {
                        return;
                    }

                    break;
                case 5:
                    Apply(new FilingCanceled(_now), FilingState.Canceled);
                    return;
                case 6:
                    Apply(new AccessWithdrawalCompleted(_now), FilingState.AccessWithdrawn);
                    return;
            }
        }
    }

    internal static FilingState SettledState(FilingCase filingCase)
        => filingCase.PsbNumber is not null ? FilingState.PsbFiled
            : filingCase.LiveSince is not null ? FilingState.Live
            : FilingState.Approved;

    internal static ImmutableArray<IcpFilingNumber> NumbersFor(FilingApplication application)
    {
        IcpFilingNumber subject = application.SubjectNumber ?? Number(application.Province.IcpCharacter + "ICP备2026012345号");
        int first = application.SubjectNumber is null ? 1 : 2;
        return [.. application.Services.Select((s, i) => subject.WithServiceIndex(first + i, s.Kind switch
        {
            ServiceKind.App => ServiceSuffix.App,
            ServiceKind.MiniProgram => ServiceSuffix.MiniProgram,
            ServiceKind.QuickApp => ServiceSuffix.QuickApp,
            _ => ServiceSuffix.None,
        }))];
    }

    internal static PsbFilingNumber Psb(Province province)
        => PsbFilingNumber.Parse(province.PsbCharacter + "公网安备" + province.Code.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + "010802012345号", ParseMode.Strict).Value;

    internal static IcpLicenseNumber License(Province province)
        => IcpLicenseNumber.Parse(province.IcpCharacter + "B2-20260123", ParseMode.Strict).Value;

    /// <summary>One event of a walk.</summary>
    /// <param name="Before">The case before it.</param>
    /// <param name="Event">The event.</param>
    /// <param name="Expected">The state the model expects after it.</param>
    /// <param name="Result">What the workflow did.</param>
    internal sealed record Step(FilingCase Before, FilingEvent Event, FilingState Expected, OneOf<FilingCase, TransitionRejected> Result);
}
