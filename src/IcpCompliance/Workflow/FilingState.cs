using System.Collections.Immutable;
using Ardalis.SmartEnum;

namespace IcpCompliance.Workflow;

/// <summary>
/// Where a filing case stands (备案状态): the Mini Program platform's own path first where it applies, then the
/// provider's and the bureau's steps, then the life of the approved filing.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. <see cref="FilingWorkflow"/> holds the legal moves between
/// states; <c>docs/workflow.md</c> draws them.</remarks>
public sealed class FilingState : SmartEnum<FilingState>
{
    /// <summary>已注册 A Mini Program account registered on its platform (the platform path's start).</summary>
    public static readonly FilingState PlatformRegistered = new(nameof(PlatformRegistered), 1, "已注册", Kind.Platform);

    /// <summary>邮箱已激活 The account's email address confirmed.</summary>
    public static readonly FilingState EmailActivated = new(nameof(EmailActivated), 2, "邮箱已激活", Kind.Platform);

    /// <summary>主体信息已登记 The subject's details entered on the platform.</summary>
    public static readonly FilingState EntityInformationEntered = new(nameof(EntityInformationEntered), 3, "主体信息已登记", Kind.Platform);

    /// <summary>认证审核中 The platform's verification under way: a small bank transfer, or the RMB 300 review fee
    /// with a review of 1–5 business days.</summary>
    public static readonly FilingState VerificationPending = new(nameof(VerificationPending), 4, "认证审核中", Kind.Platform);

    /// <summary>已认证 The account verified; only now may the Mini Program's filing start.</summary>
    public static readonly FilingState PlatformVerified = new(nameof(PlatformVerified), 5, "已认证", Kind.Platform);

    /// <summary>草稿 An order being prepared, not yet submitted (待提交).</summary>
    public static readonly FilingState Draft = new(nameof(Draft), 10, "草稿", Kind.InFlight);

    /// <summary>已提交接入商 Submitted to the hosting provider, waiting for its first review.</summary>
    public static readonly FilingState SubmittedToProvider = new(nameof(SubmittedToProvider), 11, "已提交接入商", Kind.InFlight);

    /// <summary>接入商初审中 Under the provider's first review (初审).</summary>
    public static readonly FilingState ProviderReview = new(nameof(ProviderReview), 12, "接入商初审中", Kind.InFlight);

    /// <summary>接入商退回 Returned by the provider, to be fixed and resubmitted.</summary>
    public static readonly FilingState ReturnedByProvider = new(nameof(ReturnedByProvider), 13, "接入商退回", Kind.InFlight);

    /// <summary>已提交管局 Forwarded by the provider to the provincial bureau.</summary>
    public static readonly FilingState SubmittedToBureau = new(nameof(SubmittedToBureau), 14, "已提交管局", Kind.InFlight);

    /// <summary>待短信核验 Waiting for the Ministry's SMS verification (短信核验) by every required recipient.</summary>
    public static readonly FilingState AwaitingSmsVerification = new(nameof(AwaitingSmsVerification), 15, "待短信核验", Kind.InFlight);

    /// <summary>短信核验超时 The SMS code expired unverified: the application is returned and must be submitted again.</summary>
    public static readonly FilingState SmsWindowExpired = new(nameof(SmsWindowExpired), 16, "短信核验超时", Kind.InFlight);

    /// <summary>短信核验失败退回 Returned after the sixth SMS verification attempt that followed five failures in a
    /// row; the application must be submitted again.</summary>
    public static readonly FilingState SmsAttemptsExhausted = new(nameof(SmsAttemptsExhausted), 17, "短信核验失败退回", Kind.InFlight);

    /// <summary>管局审核中 Under the provincial bureau's review.</summary>
    public static readonly FilingState BureauReview = new(nameof(BureauReview), 18, "管局审核中", Kind.InFlight);

    /// <summary>管局审核驳回 Rejected by the bureau; it may be fixed and submitted again.</summary>
    public static readonly FilingState RejectedByBureau = new(nameof(RejectedByBureau), 19, "管局审核驳回", Kind.InFlight);

    /// <summary>已备案 Approved: the filing number is issued.</summary>
    public static readonly FilingState Approved = new(nameof(Approved), 20, "已备案", Kind.Settled);

    /// <summary>已开通 The service is live (网站开通), which starts the 30 days for the PSB filing.</summary>
    public static readonly FilingState Live = new(nameof(Live), 21, "已开通", Kind.Settled);

    /// <summary>已公安备案 Filed with the public security bureau (公安联网备案), which may be done once the ICP number is
    /// issued; the service is live or about to go live.</summary>
    public static readonly FilingState PsbFiled = new(nameof(PsbFiled), 22, "已公安备案", Kind.Settled);

    /// <summary>变更中 A change order (变更备案) for the approved filing is being prepared; once submitted it follows the
    /// order's steps (provider review, SMS verification, bureau review) and ends with <c>ChangeCompleted</c>, a
    /// rejection or its abandonment, the filing staying where it stood meanwhile.</summary>
    public static readonly FilingState ChangeInProgress = new(nameof(ChangeInProgress), 23, "变更中", Kind.InFlight);

    /// <summary>已注销 The filing is canceled (注销主体 or 注销网站).</summary>
    public static readonly FilingState Canceled = new(nameof(Canceled), 24, "已注销", Kind.Final);

    /// <summary>已取消接入 This provider's access is withdrawn (取消接入).</summary>
    public static readonly FilingState AccessWithdrawn = new(nameof(AccessWithdrawn), 25, "已取消接入", Kind.Final);

    /// <summary>已放弃 The provider abandoned the order before the bureau decided it (放弃备案订单).</summary>
    public static readonly FilingState Abandoned = new(nameof(Abandoned), 26, "已放弃", Kind.Final);

    private readonly Kind _kind;

    /// <summary>Every one of the states, in order of value. Use this rather than the base class's <c>List</c>,
    /// which finds the members by reflection and so does not survive trimming or Native AOT.</summary>
    public static ImmutableArray<FilingState> All { get; } = [PlatformRegistered, EmailActivated, EntityInformationEntered, VerificationPending, PlatformVerified, Draft, SubmittedToProvider, ProviderReview, ReturnedByProvider, SubmittedToBureau, AwaitingSmsVerification, SmsWindowExpired, SmsAttemptsExhausted, BureauReview, RejectedByBureau, Approved, Live, PsbFiled, ChangeInProgress, Canceled, AccessWithdrawn, Abandoned];

    private FilingState(string name, int value, string chineseName, Kind kind)
        : base(name, value)
    {
        ChineseName = chineseName;
        _kind = kind;
    }

    private enum Kind
    {
        Platform,
        InFlight,
        Settled,
        Final,
    }

    /// <summary>The state's name in Simplified Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>Whether the state is on a Mini Program platform's own path, before any filing order exists.</summary>
    public bool IsPlatformStep => _kind == Kind.Platform;

    /// <summary>Whether an order is open in this state (from the draft until the bureau's decision, or a change
    /// under way): the subject may have only one such order at a time.</summary>
    public bool IsOrderInFlight => _kind == Kind.InFlight;

    /// <summary>Whether nothing follows this state (canceled, access withdrawn, abandoned).</summary>
    public bool IsFinal => _kind == Kind.Final;
}
