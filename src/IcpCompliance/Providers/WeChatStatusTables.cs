using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Workflow;
using K = IcpCompliance.Workflow.FilingEventKind;
using S = IcpCompliance.Workflow.FilingState;

namespace IcpCompliance.Providers;

/// <summary>
/// WeChat's Mini Program filing statuses as data: <see cref="EntranceInfo"/>, the <c>status</c> of
/// <c>getIcpEntranceInfo</c>, and <see cref="AuthAndIcp"/>, the <c>procedure_status</c> of <c>queryAuthAndIcp</c>
/// (the combined verification-and-filing flow). In both, <c>sms_verify_status</c> (1 waiting, 2 verified, 3 timed
/// out) is valid only while the bureau reviews (status 4, procedure status 24).
/// </summary>
/// <remarks>
/// <para>WeChat is the Mini Program's provider (接入商): its platform review is the workflow's provider review. It has
/// no status for an order submitted but not yet in review, so a case that leaves a draft is moved into
/// <see cref="FilingState.ProviderReview"/> by both events.</para>
/// <para>Codes the documents define but the workflow has no state for (procedure status 20, verification finally
/// failed) are rows with no state, reported when seen. Immutable; safe to use from any thread.</para>
/// </remarks>
public static class WeChatStatusTables
{
    /// <summary>The documentation page of <c>getIcpEntranceInfo</c>.</summary>
    public const string EntranceInfoSource = "https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/record/api_geticpentranceinfo";

    /// <summary>The documentation page of <c>queryAuthAndIcp</c>.</summary>
    public const string AuthAndIcpSource = "https://developers.weixin.qq.com/doc/oplatform/openApi/miniprogram-management/wxverifyicp/api_queryauthandicp.html";

    // Where a (re)submission starts: a draft, a verified account (a personal account after its registration), an
    // order returned by the platform, the SMS step or the bureau, or a change order being prepared (the page gives
    // a change order the same codes as a first filing).
    private static readonly S[] Resubmittable = [S.Draft, S.PlatformVerified, S.EntityInformationEntered, S.ReturnedByProvider, S.SmsWindowExpired, S.SmsAttemptsExhausted, S.RejectedByBureau, S.ChangeInProgress];

    private static readonly S[] BeforeFiling = [S.Draft, S.PlatformRegistered, S.EmailActivated, S.EntityInformationEntered, S.VerificationPending, S.PlatformVerified];

    /// <summary><c>getIcpEntranceInfo</c>'s <c>status</c>: 2 平台审核中, 3 平台审核驳回, 4 管局审核中 (with
    /// <c>sms_verify_status</c> 1 等待核验中, 2 核验完成, 3 核验超时), 5 管局审核驳回, 6 已备案, 1024 未备案 and 1025–1031
    /// 未备案 with the Mini Program's details, category or verification missing.</summary>
    public static ProviderStatusTable EntranceInfo { get; } = new(
        "WeChat getIcpEntranceInfo status",
        EntranceInfoSource,
        4,
        [.. NotFiled(EntranceInfoSource), .. Filing(2, 3, 4, 5, 6, EntranceInfoSource)]);

    /// <summary><c>queryAuthAndIcp</c>'s <c>procedure_status</c>: 15 等待支付认证审核费用, 16 认证审核费用支付成功, 17 认证审核中,
    /// 18 认证审核驳回, 19 认证审核通过, 20 认证审核最终失败, 21 创建备案审核单失败, 22 备案平台审核中, 23 备案平台审核驳回, 24 备案管局审核中
    /// (with <c>sms_verify_status</c>), 25 管局审核驳回, 26 认证及备案完成.</summary>
    public static ProviderStatusTable AuthAndIcp { get; } = new(
        "WeChat queryAuthAndIcp procedure_status",
        AuthAndIcpSource,
        24,
        [
            Row(15, null, "waiting for the verification fee to be paid", "等待支付认证审核费用", [S.EntityInformationEntered], [], AuthAndIcpSource),
            Row(16, null, "verification fee paid", "认证审核费用支付成功", [S.VerificationPending], [Route(S.EntityInformationEntered, K.PlatformVerificationRequested)], AuthAndIcpSource),
            Row(17, null, "verification under review", "认证审核中", [S.VerificationPending], [Route(S.EntityInformationEntered, K.PlatformVerificationRequested)], AuthAndIcpSource),
            Row(18, null, "verification rejected, to be refilled", "认证审核驳回", [S.EntityInformationEntered], [Route(S.VerificationPending, K.PlatformVerificationFailed)], AuthAndIcpSource),
            Row(19, null, "verification passed", "认证审核通过", [S.PlatformVerified], [Route(S.VerificationPending, K.PlatformVerificationPassed), Route(S.EntityInformationEntered, K.PlatformVerificationRequested, K.PlatformVerificationPassed)], AuthAndIcpSource),
            Row(20, null, "verification finally failed (cannot be changed)", "认证审核最终失败（不能再修改）", [], [], AuthAndIcpSource),
            Row(21, null, "the filing order could not be created", "创建备案审核单失败", [S.PlatformVerified], [Route(S.VerificationPending, K.PlatformVerificationPassed)], AuthAndIcpSource),
            .. Filing(22, 23, 24, 25, 26, AuthAndIcpSource),
        ]);

    private static IEnumerable<ProviderStatus> NotFiled(string source)
    {
        (int Code, string Meaning, string Chinese)[] codes =
        [
            (1024, "not filed", "未备案"),
            (1025, "not filed; the Mini Program's details not filled in", "未备案 && 小程序信息未填"),
            (1026, "not filed; the Mini Program's category not filled in", "未备案 && 小程序类目未填"),
            (1027, "not filed; details and category not filled in", "未备案 && 小程序信息未填 && 小程序类目未填"),
            (1028, "not filed; the Mini Program not verified", "未备案 && 小程序未认证"),
            (1029, "not filed; details not filled in, not verified", "未备案 && 小程序信息未填 && 小程序未认证"),
            (1030, "not filed; category not filled in, not verified", "未备案 && 小程序类目未填 && 小程序未认证"),
            (1031, "not filed; details and category not filled in, not verified", "未备案 && 小程序信息未填 && 小程序类目未填 && 小程序未认证"),
        ];
        return codes.Select(c => Row(c.Code, null, c.Meaning, c.Chinese, BeforeFiling, [], source));
    }

    private static IEnumerable<ProviderStatus> Filing(int review, int rejected, int bureau, int bureauRejected, int filed, string source)
    {
        yield return Row(review, null, "under the platform's review", "平台审核中", [S.ProviderReview, S.SubmittedToProvider],
            [.. Resubmittable.Select(s => Route(s, K.FiledWithProvider, K.ProviderReviewBegan))], source);
        // Polls may miss the platform's review (a day or two): a case may reach its rejection, or the bureau, from
        // where a submission starts. The SMS step's outcome and the bureau's decision must follow a seen SMS step.
        yield return Row(rejected, null, "rejected by the platform", "平台审核驳回", [S.ReturnedByProvider],
            [
                Route(S.ProviderReview, K.ProviderReturnedApplication),
                Route(S.SubmittedToProvider, K.ProviderReviewBegan, K.ProviderReturnedApplication),
                .. Resubmittable.Select(s => Route(s, K.FiledWithProvider, K.ProviderReviewBegan, K.ProviderReturnedApplication)),
            ],
            source);

        // Without its SMS code, the bureau's review may be at any of its steps; a case reaching it stops before the SMS.
        yield return Row(bureau, null, "under the bureau's review", "管局审核中", [S.SubmittedToBureau, S.AwaitingSmsVerification, S.BureauReview, S.SmsWindowExpired],
            [
                Route(S.ProviderReview, K.ForwardedToBureau),
                Route(S.SubmittedToProvider, K.ProviderReviewBegan, K.ForwardedToBureau),
                .. Resubmittable.Select(s => Route(s, K.FiledWithProvider, K.ProviderReviewBegan, K.ForwardedToBureau)),
            ],
            source);
        yield return Row(bureau, 1, "under the bureau's review, waiting for SMS verification", "管局审核中，等待核验中", [S.AwaitingSmsVerification],
            [
                Route(S.SubmittedToBureau, K.SmsVerificationStarted),
                Route(S.ProviderReview, K.ForwardedToBureau, K.SmsVerificationStarted),
                Route(S.SubmittedToProvider, K.ProviderReviewBegan, K.ForwardedToBureau, K.SmsVerificationStarted),
                .. Resubmittable.Select(s => Route(s, K.FiledWithProvider, K.ProviderReviewBegan, K.ForwardedToBureau, K.SmsVerificationStarted)),
            ],
            source);
        yield return Row(bureau, 2, "under the bureau's review, SMS verified", "管局审核中，核验完成", [S.BureauReview], [Route(S.AwaitingSmsVerification, K.SmsVerificationCompleted)], source);
        yield return Row(bureau, 3, "under the bureau's review, SMS verification timed out", "管局审核中，核验超时", [S.SmsWindowExpired], [Route(S.AwaitingSmsVerification, K.SmsVerificationExpired)], source);
        yield return Row(bureauRejected, null, "rejected by the bureau", "管局审核驳回", [S.RejectedByBureau], [Route(S.BureauReview, K.BureauRejectedApplication)], source);
        // "Filed" ends a first filing (FilingApproved, with the issued numbers) or a change order (ChangeCompleted: the
        // filing keeps its numbers); the workflow's no-change-pending and change-pending guards tell them apart. While
        // a change is prepared the filing stays in force, so "filed" then changes nothing.
        yield return Row(filed, null, "filed", filed == 6 ? "已备案" : "认证及备案完成", [S.Approved, S.Live, S.PsbFiled, S.ChangeInProgress],
            [Route(S.BureauReview, K.FilingApproved), Route(S.BureauReview, K.ChangeCompleted)], source);
    }

    private static ProviderStatus Row(int code, int? sms, string meaning, string chinese, S[] states, ProviderRoute[] routes, string source)
        => new(code, sms, meaning, chinese, [.. states], [.. routes], source);

    private static ProviderRoute Route(S from, params K[] events) => new(from, [.. events]);
}
