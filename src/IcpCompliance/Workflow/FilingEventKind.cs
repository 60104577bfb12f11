using System.Collections.Immutable;
using Ardalis.SmartEnum;

namespace IcpCompliance.Workflow;

/// <summary>The kind of a <see cref="FilingEvent"/>: what the transition table and the diagrams name.</summary>
/// <remarks>Immutable; safe to use from any thread. Each kind has one event record of the same name.</remarks>
public sealed class FilingEventKind : SmartEnum<FilingEventKind>
{
    /// <summary>建立案件 The case was opened with its application (the first entry of every history; not a transition).</summary>
    public static readonly FilingEventKind CaseStarted = new(nameof(CaseStarted), 1, "建立案件");

    /// <summary>激活邮箱 The Mini Program account's email address was confirmed.</summary>
    public static readonly FilingEventKind PlatformEmailActivated = new(nameof(PlatformEmailActivated), 2, "激活邮箱");

    /// <summary>登记主体信息 The subject's details were entered on the platform.</summary>
    public static readonly FilingEventKind PlatformEntityInformationEntered = new(nameof(PlatformEntityInformationEntered), 3, "登记主体信息");

    /// <summary>申请认证 The platform's verification was requested (bank transfer or review fee).</summary>
    public static readonly FilingEventKind PlatformVerificationRequested = new(nameof(PlatformVerificationRequested), 4, "申请认证");

    /// <summary>认证通过 The platform verified the account.</summary>
    public static readonly FilingEventKind PlatformVerificationPassed = new(nameof(PlatformVerificationPassed), 5, "认证通过");

    /// <summary>认证未通过 The platform refused the verification; the details are to be fixed.</summary>
    public static readonly FilingEventKind PlatformVerificationFailed = new(nameof(PlatformVerificationFailed), 6, "认证未通过");

    /// <summary>提交接入商 The application was submitted (or submitted again) to the hosting provider.</summary>
    public static readonly FilingEventKind FiledWithProvider = new(nameof(FiledWithProvider), 7, "提交接入商");

    /// <summary>接入商开始初审 The provider's first review began.</summary>
    public static readonly FilingEventKind ProviderReviewBegan = new(nameof(ProviderReviewBegan), 8, "接入商开始初审");

    /// <summary>接入商退回 The provider returned the application to be fixed.</summary>
    public static readonly FilingEventKind ProviderReturnedApplication = new(nameof(ProviderReturnedApplication), 9, "接入商退回");

    /// <summary>提交管局 The provider forwarded the application to the bureau.</summary>
    public static readonly FilingEventKind ForwardedToBureau = new(nameof(ForwardedToBureau), 10, "提交管局");

    /// <summary>发送核验短信 The Ministry sent the verification codes: the SMS step starts.</summary>
    public static readonly FilingEventKind SmsVerificationStarted = new(nameof(SmsVerificationStarted), 11, "发送核验短信");

    /// <summary>重发短信 A verification code was sent again.</summary>
    public static readonly FilingEventKind SmsCodeResent = new(nameof(SmsCodeResent), 12, "重发短信");

    /// <summary>提交短信核验 A code was entered on the Ministry's verification form.</summary>
    public static readonly FilingEventKind SmsCodeEntered = new(nameof(SmsCodeEntered), 13, "提交短信核验");

    /// <summary>短信核验超时 The code expired unverified.</summary>
    public static readonly FilingEventKind SmsVerificationExpired = new(nameof(SmsVerificationExpired), 14, "短信核验超时");

    /// <summary>管局开始审核 The bureau's review began without an SMS step (cancellations and access withdrawal).</summary>
    public static readonly FilingEventKind BureauReviewBegan = new(nameof(BureauReviewBegan), 15, "管局开始审核");

    /// <summary>管局驳回 The bureau rejected the application.</summary>
    public static readonly FilingEventKind BureauRejectedApplication = new(nameof(BureauRejectedApplication), 16, "管局驳回");

    /// <summary>管局审核通过 The bureau approved the application, with the numbers it issued.</summary>
    public static readonly FilingEventKind FilingApproved = new(nameof(FilingApproved), 17, "管局审核通过");

    /// <summary>网站开通 The service went live.</summary>
    public static readonly FilingEventKind ServiceWentLive = new(nameof(ServiceWentLive), 18, "网站开通");

    /// <summary>完成公安备案 The public security filing was completed.</summary>
    public static readonly FilingEventKind PsbFilingCompleted = new(nameof(PsbFilingCompleted), 19, "完成公安备案");

    /// <summary>取得经营许可证 An ICP Commercial License was granted.</summary>
    public static readonly FilingEventKind CommercialLicenseGranted = new(nameof(CommercialLicenseGranted), 20, "取得经营许可证");

    /// <summary>发起变更 A change order for the approved filing was started.</summary>
    public static readonly FilingEventKind ChangeStarted = new(nameof(ChangeStarted), 21, "发起变更");

    /// <summary>变更完成 The change order was approved and its details now apply.</summary>
    public static readonly FilingEventKind ChangeCompleted = new(nameof(ChangeCompleted), 22, "变更完成");

    /// <summary>放弃订单 The provider abandoned the order in flight, while it holds it (not once it is with the
    /// bureau).</summary>
    public static readonly FilingEventKind OrderAbandoned = new(nameof(OrderAbandoned), 23, "放弃订单");

    /// <summary>注销备案 The filing was canceled.</summary>
    public static readonly FilingEventKind FilingCanceled = new(nameof(FilingCanceled), 24, "注销备案");

    /// <summary>完成取消接入 This provider's access was withdrawn.</summary>
    public static readonly FilingEventKind AccessWithdrawalCompleted = new(nameof(AccessWithdrawalCompleted), 25, "完成取消接入");

    /// <summary>短信核验完成 The SMS step was completed, as a platform reports it without the codes (WeChat's
    /// <c>sms_verify_status</c> 2).</summary>
    public static readonly FilingEventKind SmsVerificationCompleted = new(nameof(SmsVerificationCompleted), 26, "短信核验完成");

    /// <summary>Every one of the event kinds, in order of value. Use this rather than the base class's <c>List</c>,
    /// which finds the members by reflection and so does not survive trimming or Native AOT.</summary>
    public static ImmutableArray<FilingEventKind> All { get; } = [CaseStarted, PlatformEmailActivated, PlatformEntityInformationEntered, PlatformVerificationRequested, PlatformVerificationPassed, PlatformVerificationFailed, FiledWithProvider, ProviderReviewBegan, ProviderReturnedApplication, ForwardedToBureau, SmsVerificationStarted, SmsCodeResent, SmsCodeEntered, SmsVerificationExpired, BureauReviewBegan, BureauRejectedApplication, FilingApproved, ServiceWentLive, PsbFilingCompleted, CommercialLicenseGranted, ChangeStarted, ChangeCompleted, OrderAbandoned, FilingCanceled, AccessWithdrawalCompleted, SmsVerificationCompleted];

    private FilingEventKind(string name, int value, string chineseName)
        : base(name, value)
    {
        ChineseName = chineseName;
    }

    /// <summary>The kind's name in Simplified Chinese.</summary>
    public string ChineseName { get; }
}
