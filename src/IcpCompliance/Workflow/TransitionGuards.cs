using System;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;

namespace IcpCompliance.Workflow;

/// <summary>
/// The guards of the library's transition table, each encoding one fact of the filing process (facts §3, §3c, §6,
/// §6b). Durations come from the workflow's <see cref="FilingWorkflow.SmsLimits"/>, so a provider's limits apply.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public static class TransitionGuards
{
    /// <summary>The order's operation always includes the Ministry's SMS verification (every operation but
    /// cancellations and access withdrawal). Not used by the default table, whose SMS row takes
    /// <see cref="SmsPossible"/>.</summary>
    public static TransitionGuard SmsNeeded { get; } = new(
        "sms-needed", "the operation includes SMS verification", "该备案类型需要短信核验",
        c => c.Case.CurrentOrder.Operation.NeedsSmsVerification);

    /// <summary>The order may have an SMS step: every operation that always has one, and the cancellation of a subject
    /// or a service, where the sources disagree (a provider's knowledge base exempts only access withdrawal, another
    /// provider's rules all three) and the bureau's clerk decides which numbers to verify. Access withdrawal never has
    /// one.</summary>
    public static TransitionGuard SmsPossible { get; } = new(
        "sms-possible", "the operation may include SMS verification (all but access withdrawal; for a cancellation the clerk decides)",
        "该备案类型可能需要短信核验（取消接入除外；注销由管局审核人员决定）",
        c => c.Case.CurrentOrder.Operation.NeedsSmsVerification
            || c.Case.CurrentOrder.Operation == FilingOperation.CancelSubject
            || c.Case.CurrentOrder.Operation == FilingOperation.CancelService);

    /// <summary>The order's operation need not have an SMS step (cancellations and access withdrawal).</summary>
    public static TransitionGuard NoSmsNeeded { get; } = new(
        "no-sms-needed", "the operation need not have SMS verification (cancellations, access withdrawal)", "该备案类型无需短信核验（注销、取消接入）",
        c => !c.Case.CurrentOrder.Operation.NeedsSmsVerification);

    /// <summary>The Mini Program account's subject is an organization: only such an account can be verified by its
    /// platform.</summary>
    public static TransitionGuard OrganizationAccount { get; } = new(
        "organization-account", "the account belongs to an organization (a personal Mini Program cannot be verified)",
        "账号主体须为单位（个人主体小程序不能认证）",
        c => c.Case.CurrentOrder.Subject.EntityType.IsOrganization);

    /// <summary>The Mini Program account's subject is an individual, whose Mini Program files once its registration
    /// is complete, without the platform's verification.</summary>
    public static TransitionGuard PersonalAccount { get; } = new(
        "personal-account", "the account belongs to an individual, whose Mini Program files without verification",
        "账号主体为个人，个人主体小程序无需认证即可备案",
        c => c.Case.CurrentOrder.Subject.EntityType == EntityType.Individual);

    /// <summary>A change order of an approved filing is in flight (its approval is <see cref="ChangeCompleted"/>).</summary>
    public static TransitionGuard ChangePending { get; } = new(
        "change-pending", "a change order of the approved filing is in flight", "已备案信息的变更订单正在办理",
        c => c.Case.PendingChange is not null);

    /// <summary>No change order of an approved filing is in flight: the order is the case's own.</summary>
    public static TransitionGuard NoChangePending { get; } = new(
        "no-change-pending", "no change order of an approved filing is in flight (a change ends with ChangeCompleted)",
        "无已备案信息的变更订单（变更以“变更完成”结束）",
        c => c.Case.PendingChange is null);

    /// <summary>The step names at least one recipient, and each mobile number once (a shared number receives one
    /// code).</summary>
    public static TransitionGuard RecipientsListed { get; } = new(
        "recipients-listed", "the SMS step names at least one recipient, each mobile number once",
        "核验短信至少有一名接收人，且每个手机号只列一次",
        c => c.Event is SmsVerificationStarted e && !e.Recipients.IsEmpty
            && e.Recipients.Select(r => r.Mobile).Distinct().Count() == e.Recipients.Length);

    /// <summary>A resubmission's revised application (<see cref="FiledWithProvider.Revised"/>) keeps the order: the
    /// same operation, the same subject (certificate) and the same path (a Mini Program's platform path or not), so
    /// a revision cannot turn the order into another one, such as a first filing into a cancellation without SMS
    /// verification. An unrevised submission always keeps it.</summary>
    public static TransitionGuard RevisionKeepsOrder { get; } = new(
        "revision-keeps-order", "a revised application keeps the order's operation, subject and path",
        "修改后重新提交的申请须保持原备案类型、原主体及原流程",
        c => c.Event is FiledWithProvider e
            && (e.Revised is not { } revised
                || (revised.Operation == c.Case.CurrentOrder.Operation
                    && revised.Subject.Certificate == c.Case.CurrentOrder.Subject.Certificate
                    && FilingCase.InitialStateFor(revised) == FilingCase.InitialStateFor(c.Case.CurrentOrder))));

    /// <summary>The code entered is six digits.</summary>
    public static TransitionGuard CodeIsSixDigits { get; } = new(
        "code-six-digits", "the code entered is six digits", "输入的验证码为6位数字",
        c => c.Event is SmsCodeEntered e && e.Code is { Length: 6 } code && code.All(char.IsAsciiDigit));

    /// <summary>The event comes while the code last sent is valid: within 24 hours (by default) of its sending and
    /// of the step starting, whichever ends first (<see cref="SmsVerification.CodeExpiresAt"/>).</summary>
    public static TransitionGuard CodeStillValid { get; } = new(
        "code-still-valid", "the code is entered within its validity (24 hours from sending, and from the SMS step starting)", "须在验证码有效期内（发送后24小时内，且短信核验开始后24小时内）核验",
        c => c.Case.Sms is { } sms && c.Event.At < sms.CodeExpiresAt(c.SmsLimits));

    /// <summary>The code last sent has expired (24 hours by default from its sending, or from the step starting,
    /// whichever ends first): only now may the step expire.</summary>
    public static TransitionGuard CodeValidityElapsed { get; } = new(
        "code-validity-elapsed", "the code's validity (24 hours from sending, or from the SMS step starting) has elapsed", "验证码有效期（发送后24小时，或短信核验开始后24小时）已过",
        c => c.Case.Sms is { } sms && c.Event.At >= sms.CodeExpiresAt(c.SmsLimits));

    /// <summary>Five attempts in a row have failed, so this one returns the application.</summary>
    public static TransitionGuard FiveFailuresInARow { get; } = new(
        "five-failures-in-a-row", "five attempts in a row have failed", "已连续5次核验失败",
        c => c.Case.Sms is { } sms && sms.ConsecutiveFailures >= SmsVerification.MaxConsecutiveFailures);

    /// <summary>Fewer than five attempts in a row have failed.</summary>
    public static TransitionGuard FewerThanFiveFailures { get; } = new(
        "fewer-than-five-failures", "fewer than five attempts in a row have failed", "连续核验失败少于5次",
        c => c.Case.Sms is { } sms && sms.ConsecutiveFailures < SmsVerification.MaxConsecutiveFailures);

    /// <summary>The verification form refused the attempt.</summary>
    public static TransitionGuard AttemptRefused { get; } = new(
        "attempt-refused", "the verification form refused the attempt", "核验信息有误，核验未通过",
        c => c.Event is SmsCodeEntered { Accepted: false });

    /// <summary>The form accepted a code from a recipient whose verification is awaited.</summary>
    public static TransitionGuard VerifiesAwaitedRecipient { get; } = new(
        "verifies-awaited-recipient", "the code was accepted for a recipient who has not verified yet", "验证码通过，且该手机号为尚未核验的接收人",
        c => c.Event is SmsCodeEntered { Accepted: true } e && c.Case.Sms is { } sms && sms.Awaits(e.Mobile));

    /// <summary>Other recipients still have to verify after this one.</summary>
    public static TransitionGuard OthersStillAwaited { get; } = new(
        "others-still-awaited", "other recipients still have to verify", "仍有其他接收人未核验",
        c => c.Event is SmsCodeEntered e && c.Case.Sms is { } sms && sms.Awaiting.Any(r => r.Mobile != e.Mobile));

    /// <summary>With this one, every required recipient has verified.</summary>
    public static TransitionGuard CompletesVerification { get; } = new(
        "completes-verification", "every required recipient has verified", "所有须核验的接收人均已核验",
        c => c.Event is SmsCodeEntered e && c.Case.Sms is { } sms && sms.Awaiting.All(r => r.Mobile == e.Mobile));

    /// <summary>Fewer than two resends were used.</summary>
    public static TransitionGuard ResendLeft { get; } = new(
        "resend-left", "fewer than two resends were used", "重发次数未超过2次",
        c => c.Case.Sms is { } sms && sms.ResendsUsed < SmsVerification.MaxResends);

    /// <summary>The resend comes within the window of the step starting (24 hours by default).</summary>
    public static TransitionGuard WithinResendWindow { get; } = new(
        "within-resend-window", "the resend is within 24 hours of the SMS step starting", "须在短信核验开始后24小时内重发",
        c => c.Case.Sms is { } sms && c.Event.At < sms.ResendWindowEndsAt(c.SmsLimits));

    /// <summary>The operation files or changes services (not a cancellation or access withdrawal).</summary>
    public static TransitionGuard FilesServices { get; } = new(
        "files-services", "the operation files or changes services", "该备案类型为备案或变更",
        c => !c.Case.CurrentOrder.Operation.IsCancellation);

    /// <summary>The approval carries the numbers the operation needs, all of the case's province and each with its
    /// service's suffix. A first filing or a new service: one new number per service, in order, under one subject
    /// number, each at a different place in the subject's sequence and none at a place the case already holds
    /// (its numbers, or a service's <see cref="FilingService.ExistingNumber"/>). Added access or a change, which
    /// issue none: every service carries its <see cref="FilingService.ExistingNumber"/> (distinct, validated the
    /// same way), and the approval carries exactly those numbers or none.</summary>
    public static TransitionGuard NumbersForProvince { get; } = new(
        "numbers-for-province",
        "the approval carries a distinct number per new service, with the service's suffix, under one subject number, none already held, all of the case's province (added access or a change: every service carries its existing number)",
        "审核通过须为每个新增服务给出互不相同、带相应后缀、同一主体下且未被占用的备案号，且均属本省（新增接入或变更：每个服务须带有其已有备案号）",
        c => c.Event is FilingApproved e && ApprovalNumbersFit(c.Case, e));

    /// <summary>The approval of a cancellation or access withdrawal issues no numbers.</summary>
    public static TransitionGuard IssuesNoNumbers { get; } = new(
        "issues-no-numbers", "the approval of a cancellation or withdrawal carries no numbers", "注销或取消接入的审核通过不带备案号",
        c => c.Event is FilingApproved { ServiceNumbers.IsEmpty: true });

    /// <summary>The operation cancels the subject or a service.</summary>
    public static TransitionGuard CancelsFiling { get; } = new(
        "cancels-filing", "the operation cancels the subject or a service", "该备案类型为注销主体或注销网站",
        c => c.Case.CurrentOrder.Operation == FilingOperation.CancelSubject || c.Case.CurrentOrder.Operation == FilingOperation.CancelService);

    /// <summary>The operation withdraws this provider's access.</summary>
    public static TransitionGuard WithdrawsAccess { get; } = new(
        "withdraws-access", "the operation withdraws access", "该备案类型为取消接入",
        c => c.Case.CurrentOrder.Operation == FilingOperation.WithdrawAccess);

    /// <summary>The bureau has approved the filing and issued its number (going live and the PSB filing require it).</summary>
    public static TransitionGuard FilingIsApproved { get; } = new(
        "approved", "the filing is approved", "须已备案",
        c => c.Case.ApprovedAt is not null);

    /// <summary>The service has not gone live yet.</summary>
    public static TransitionGuard NotLive { get; } = new(
        "not-live", "the service has not gone live yet", "网站尚未开通",
        c => c.Case.LiveSince is null);

    /// <summary>The service is live (a PSB filing requires it).</summary>
    public static TransitionGuard ServiceIsLive { get; } = new(
        "live", "the service is live", "须网站已开通",
        c => c.Case.LiveSince is not null);

    /// <summary>The subject is a legal entity with a permanent Mainland presence (a commercial license requires it).</summary>
    public static TransitionGuard MainlandEntity { get; } = new(
        "mainland-entity", "the subject is a Mainland-registered entity", "主体须为境内注册的法人或组织",
        c => c.Case.Application.Subject.EntityType.HasPermanentMainlandPresence);

    /// <summary>The license is issued by the case's province.</summary>
    public static TransitionGuard LicenseForProvince { get; } = new(
        "license-for-province", "the license is of the case's province", "许可证须由本省颁发",
        c => c.Event is CommercialLicenseGranted e && e.Number.Province == c.Case.Application.Province);

    /// <summary>No order of the subject is in flight in this case (one order per subject at a time). The default
    /// table does not use it: its rows that start an order leave settled states, where it always holds. It is for a
    /// provider's own table with such rows from other states. Other cases of the subject are not visible to a guard;
    /// <see cref="FilingWorkflow.StartOrder"/> and <see cref="FilingWorkflow.ApplyForSubject"/> check them.</summary>
    public static TransitionGuard NoOrderInFlight { get; } = new(
        "no-order-in-flight", "no order of the subject is in flight", "该主体无进行中的订单",
        c => !c.Case.State.IsOrderInFlight);

    /// <summary>The change is a change order for the same subject (same certificate).</summary>
    public static TransitionGuard ChangeOfSameSubject { get; } = new(
        "change-of-same-subject", "the change is a change order of the same subject", "变更须为同一主体的变更备案",
        c => c.Event is ChangeStarted e && e.Change is { } change
            && change.Operation == FilingOperation.Change
            && change.Subject.Certificate == c.Case.Application.Subject.Certificate);

    /// <summary>The change lists each of the filing's services by its number (<see cref="FilingService.ExistingNumber"/>),
    /// no more and no fewer: a change changes services, it neither adds (a new service) nor drops (a cancellation)
    /// one, so the numbers stay with their services when it completes.</summary>
    public static TransitionGuard ChangeKeepsNumbers { get; } = new(
        "change-keeps-numbers", "the change lists each of the filing's services by its existing number, no more and no fewer",
        "变更须以已有备案号列出原备案的全部服务，不多不少",
        c => c.Event is ChangeStarted e && e.Change is { } change
            && change.Services.All(s => s.ExistingNumber is not null)
            && change.Services.Select(s => s.ExistingNumber!.Value).Distinct().Count() == change.Services.Length
            && change.Services.Length == c.Case.ServiceNumbers.Length
            && change.Services.All(s => c.Case.ServiceNumbers.Contains(s.ExistingNumber!.Value)));

    /// <summary>The filing was neither live nor PSB-filed (the case returns to approved).</summary>
    public static TransitionGuard NotYetLive { get; } = new(
        "not-yet-live", "the service had neither gone live nor been PSB-filed", "网站尚未开通且未公安备案",
        c => c.Case.LiveSince is null && c.Case.PsbNumber is null);

    /// <summary>The filing was live without a PSB number (the case returns to live).</summary>
    public static TransitionGuard LiveWithoutPsbNumber { get; } = new(
        "live-without-psb", "the service was live without a PSB filing", "网站已开通但未公安备案",
        c => c.Case.LiveSince is not null && c.Case.PsbNumber is null);

    /// <summary>The filing had its PSB number, live or not yet (the case returns to PSB filed).</summary>
    public static TransitionGuard HasPsbNumber { get; } = new(
        "has-psb-number", "the service was PSB-filed", "网站已公安备案",
        c => c.Case.PsbNumber is not null);

    private static bool ApprovalNumbersFit(FilingCase filingCase, FilingApproved approval)
    {
        FilingApplication application = filingCase.CurrentOrder;
        var numbers = approval.ServiceNumbers;
        if (!IssuesNumbers(application.Operation))
        {
            // Nothing is issued: every service carries the number it already has, so the case's numbers line up
            // with its services; the approval repeats exactly those numbers or none.
            if (application.Services.Any(s => s.ExistingNumber is null))
            {
                return false;
            }

            IcpFilingNumber[] held = [.. application.Services.Select(s => s.ExistingNumber!.Value)];
            return NumbersFitServices(application, held)
                && held.Distinct().Count() == held.Length
                && (numbers.IsEmpty || numbers.SequenceEqual(held));
        }

        if (numbers.IsEmpty || !NumbersFitServices(application, [.. numbers])
            || numbers.Select(n => n.ServiceIndex).Distinct().Count() != numbers.Length)
        {
            return false;
        }

        IcpFilingNumber? subject = application.SubjectNumber ?? numbers[0].SubjectNumber;
        if (subject is null || !numbers.All(n => Nullable.Equals(n.SubjectNumber, subject)))
        {
            return false;
        }

        // A new number never repeats a place in the subject's sequence the case already holds.
        var alreadyHeld = filingCase.ServiceNumbers
            .Concat(application.Services.Where(s => s.ExistingNumber is not null).Select(s => s.ExistingNumber!.Value))
            .Where(n => Nullable.Equals(n.SubjectNumber, subject))
            .Select(n => n.ServiceIndex)
            .ToHashSet();
        return !numbers.Any(n => alreadyHeld.Contains(n.ServiceIndex));
    }

    private static bool NumbersFitServices(FilingApplication application, IcpFilingNumber[] numbers)
    {
        if (numbers.Length != application.Services.Length)
        {
            return false;
        }

        for (int i = 0; i < numbers.Length; i++)
        {
            if (numbers[i].Province != application.Province || numbers[i].IsSubjectNumber
                || numbers[i].Suffix != SuffixOf(application.Services[i].Kind))
            {
                return false;
            }
        }

        return true;
    }

    private static bool IssuesNumbers(FilingOperation operation)
        => operation == FilingOperation.FirstFiling || operation == FilingOperation.AddService;

    private static ServiceSuffix SuffixOf(ServiceKind kind) => kind switch
    {
        ServiceKind.App => ServiceSuffix.App,
        ServiceKind.MiniProgram => ServiceSuffix.MiniProgram,
        ServiceKind.QuickApp => ServiceSuffix.QuickApp,
        _ => ServiceSuffix.None,
    };
}
