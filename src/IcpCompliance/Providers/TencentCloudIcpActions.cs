using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;
using NodaTime;
using K = IcpCompliance.Workflow.FilingEventKind;

namespace IcpCompliance.Providers;

/// <summary>
/// Tencent Cloud's ICP filing operations (product <c>ba</c>) that move an order, as data: saving, changing,
/// cancelling and abandoning orders, and the SMS and live-check steps of preparing one, each with the workflow event
/// it corresponds to. The names and descriptions are those of Tencent Cloud's CAM action list and its operation-audit
/// list for ICP filing.
/// </summary>
/// <remarks>The lists name operations, not status codes:
/// <see cref="ProviderActionTranslator.TencentCloud"/> applies them, as its operation audit records them
/// (<see cref="TencentCloudAuditEvents"/>), to a case. Tencent Cloud's SMS code check (<c>CheckSmsVerificationCode</c>) verifies a phone number while the order
/// is being filled in; it is not the Ministry's SMS verification (短信核验), which comes after the bureau receives the
/// order. Immutable; safe to use from any thread.</remarks>
public static class TencentCloudIcpActions
{
    /// <summary>Tencent Cloud's CAM page for ICP filing (its write operations).</summary>
    public const string CamSource = "https://cloud.tencent.com/document/product/598/101277";

    /// <summary>Tencent Cloud's operation-audit list of ICP filing events.</summary>
    public const string AuditSource = "https://cloud.tencent.com/document/product/629/100205";

    /// <summary>The actions.</summary>
    public static ImmutableArray<ProviderAction> All { get; } =
    [
        new("CreatePrefillIcpOrder", "create a pre-filled order", "创建预填充订单", null, "Prepares a draft (the case's Draft state, opened by the integrator with its application); no transition.", CamSource),
        new("SaveIcpOrder", "save an ICP order", "保存Icp订单", null, "Saves the order being prepared (a draft, a returned order, a change order); no transition: the order moves when it is submitted (FiledWithProvider), which the list does not name.", CamSource),
        new("ModifyIcpOrderMaterial", "modify the order's materials during review", "审核阶段修改订单材料数据", null, "Changes materials while the provider reviews; the order stays where it is.", CamSource),
        new("CreateChangeIcpOrder", "create an order to change a filing or website", "创建变更备案、网站订单", K.ChangeStarted, "ChangeStarted, with the changed application (operation Change) the integrator adds to the record (ProviderActionRecord.Application); without it the action is refused as unbuildable.", CamSource),
        new("CreateCancelIcpOrder", "create an order to cancel a filing or website", "创建注销备案、网站订单", K.CaseStarted, "Opens a new case for the cancellation (operation CancelSubject or CancelService) the integrator adds to the record, refused while the subject has another order in flight; the filing's own case does not move until the bureau decides.", CamSource),
        new("AbandonIcpOrder", "abandon a filing order", "放弃备案订单", K.OrderAbandoned, "OrderAbandoned, with the record's reason: refused by the workflow once the bureau holds the order.", CamSource),
        new("CheckSmsVerificationCode", "check a phone verification code", "校验手机验证码", null, "Tencent Cloud's check of a contact's phone while the order is filled in, not the Ministry's SMS verification.", AuditSource),
        new("CheckCanBeLiveCheck", "check whether a face (live) check can be made", "检测是否可以进行人脸核验", null, "Part of preparing the order (the responsible person's live check); no transition.", AuditSource),
        new("CreateLiveCheckAuthCode", "create a live-check authorization code", "创建核验授权码", null, "Part of preparing the order (the responsible person's live check); no transition.", CamSource),
    ];

    /// <summary>The action of a name.</summary>
    /// <param name="name">The action's name, as Tencent Cloud writes it.</param>
    /// <returns>The action, or null for a name not in the table (reported, never guessed).</returns>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is null.</exception>
    public static ProviderAction? Find(string name)
    {
        Preconditions.CheckNotNull(name);
        return All.FirstOrDefault(a => string.Equals(a.Name, name, StringComparison.Ordinal));
    }

    /// <summary>The event an action stands for, when the action alone carries all its data: only
    /// <c>AbandonIcpOrder</c> does (<see cref="OrderAbandoned"/>). The others either move nothing, or need the
    /// application the caller has (<see cref="ProviderAction.Note"/>).</summary>
    /// <param name="name">The action's name.</param>
    /// <param name="at">When it was performed.</param>
    /// <param name="reason">Why, for the record.</param>
    /// <returns>The event, or null.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static FilingEvent? EventFor(string name, Instant at, string reason)
    {
        Preconditions.CheckNotNull(reason);
        return Find(name)?.Event == K.OrderAbandoned ? new OrderAbandoned(at, reason) : null;
    }
}
