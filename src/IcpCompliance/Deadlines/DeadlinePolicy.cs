using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;
using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>
/// Every time limit of the filing process as data, each with its source: <see cref="Default"/> holds the figures the
/// project's domain research established, and a provider replaces any of them with its own
/// (<see cref="With(DeadlineRule)"/>).
/// </summary>
/// <remarks>
/// Figures marked unconfirmed (<see cref="DeadlineRule.Confirmed"/> false) come from secondary sources or are the
/// library's own (a margin); treat deadlines derived from them as estimates. <c>docs/deadlines.md</c>
/// lists every entry and is checked against this class by a test. Immutable; safe to use from any thread.
/// </remarks>
public sealed class DeadlinePolicy
{
    /// <summary>The id of <see cref="SmsCodeValidity"/>.</summary>
    public const string SmsCodeValidityId = "sms-code-validity";

    /// <summary>The id of <see cref="SmsResendWindow"/>.</summary>
    public const string SmsResendWindowId = "sms-resend-window";

    /// <summary>The id of <see cref="PsbFiling"/>.</summary>
    public const string PsbFilingId = "psb-filing";

    /// <summary>The id of <see cref="ProviderReview"/>.</summary>
    public const string ProviderReviewId = "provider-review";

    /// <summary>The id of <see cref="BureauReview"/>.</summary>
    public const string BureauReviewId = "bureau-review";

    /// <summary>The id of <see cref="WeChatVerification"/>.</summary>
    public const string WeChatVerificationId = "wechat-verification";

    /// <summary>The id of <see cref="IcpFilingOverall"/>.</summary>
    public const string IcpFilingOverallId = "icp-filing-overall";

    /// <summary>The id of <see cref="InaccurateInformationCorrection"/>.</summary>
    public const string InaccurateInformationCorrectionId = "inaccurate-information-correction";

    /// <summary>The id of <see cref="CommercialLicense"/>.</summary>
    public const string CommercialLicenseId = "commercial-licence";

    /// <summary>The id of <see cref="CommercialLicenseAcceptance"/>.</summary>
    public const string CommercialLicenseAcceptanceId = "commercial-licence-acceptance";

    /// <summary>The id of <see cref="ResubmissionMargin"/>.</summary>
    public const string ResubmissionMarginId = "resubmission-margin";

    private static readonly string[] RequiredIds =
    [
        SmsCodeValidityId, SmsResendWindowId, PsbFilingId, ProviderReviewId, BureauReviewId, WeChatVerificationId,
        IcpFilingOverallId, InaccurateInformationCorrectionId, CommercialLicenseId, CommercialLicenseAcceptanceId,
        ResubmissionMarginId,
    ];

    private readonly ImmutableDictionary<string, DeadlineRule> _rules;

    private DeadlinePolicy(ImmutableDictionary<string, DeadlineRule> rules, ImmutableArray<RegulatoryDate> dates)
    {
        _rules = rules;
        Rules = [.. rules.Values.OrderBy(r => r.Id, StringComparer.Ordinal)];
        Dates = dates;
        SmsLimits = new SmsVerificationLimits(SpanDurations.Of(SmsCodeValidity.Latest), SpanDurations.Of(SmsResendWindow.Latest));
    }

    /// <summary>The figures of the project's domain research (see <c>docs/deadlines.md</c>).</summary>
    public static DeadlinePolicy Default { get; } = CreateDefault();

    /// <summary>Every time limit, ordered by id.</summary>
    public ImmutableArray<DeadlineRule> Rules { get; }

    /// <summary>The fixed dates (Mini Program and App filing), in date order.</summary>
    public ImmutableArray<RegulatoryDate> Dates { get; }

    /// <summary>The MIIT SMS verification code is valid for 24 hours from sending (短信核验).</summary>
    public DeadlineRule SmsCodeValidity => _rules[SmsCodeValidityId];

    /// <summary>A resend of the SMS code is possible only within 24 hours of the step starting.</summary>
    public DeadlineRule SmsResendWindow => _rules[SmsResendWindowId];

    /// <summary>
    /// <see cref="SmsCodeValidity"/> and <see cref="SmsResendWindow"/> (their <see cref="DeadlineRule.Latest"/>) as the
    /// workflow's limits, for <see cref="FilingWorkflow.WithSmsLimits"/>: a provider that changes the SMS durations
    /// here gets the same durations in its workflow's guards. Hours are exact; a day counts as 24 hours, also a
    /// working day (the workflow has no calendar, and the shorter reading never accepts a late code).
    /// </summary>
    public SmsVerificationLimits SmsLimits { get; }

    /// <summary>The PSB filing is due within 30 days of the site going live (公安联网备案).</summary>
    public DeadlineRule PsbFiling => _rules[PsbFilingId];

    /// <summary>The hosting provider's first review (初审): 1–2 working days.</summary>
    public DeadlineRule ProviderReview => _rules[ProviderReviewId];

    /// <summary>The provincial bureau's review (管局审核): 1–20 working days, typically within a week.</summary>
    public DeadlineRule BureauReview => _rules[BureauReviewId];

    /// <summary>WeChat's review of a Mini Program's verification (微信认证): 1–5 business days.</summary>
    public DeadlineRule WeChatVerification => _rules[WeChatVerificationId];

    /// <summary>An ICP filing from submission to approval: about 20 days to a month.</summary>
    public DeadlineRule IcpFilingOverall => _rules[IcpFilingOverallId];

    /// <summary>Inaccurate filing information must be corrected within 10 working days.</summary>
    public DeadlineRule InaccurateInformationCorrection => _rules[InaccurateInformationCorrectionId];

    /// <summary>The ICP Commercial License decision: within 60 days of acceptance (the license takes about 60 days).</summary>
    public DeadlineRule CommercialLicense => _rules[CommercialLicenseId];

    /// <summary>The acceptance of a Commercial License application: the material check, within 15 days of receipt.</summary>
    public DeadlineRule CommercialLicenseAcceptance => _rules[CommercialLicenseAcceptanceId];

    /// <summary>The margin a launch plan leaves for one return of the application: a second provider review and
    /// bureau review.</summary>
    public DeadlineRule ResubmissionMargin => _rules[ResubmissionMarginId];

    /// <summary>A rule by id.</summary>
    /// <param name="id">The id.</param>
    /// <param name="rule">The rule, when found.</param>
    /// <returns>Whether the policy has the rule.</returns>
    public bool TryGetRule(string id, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out DeadlineRule? rule)
    {
        rule = null;
        return id is not null && _rules.TryGetValue(id, out rule);
    }

    /// <summary>This policy with a rule added or replaced (matched by id), such as a provider's stricter review time.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>A new policy; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is null.</exception>
    public DeadlinePolicy With(DeadlineRule rule)
    {
        Preconditions.CheckNotNull(rule);
        return new DeadlinePolicy(_rules.SetItem(rule.Id, rule), Dates);
    }

    /// <summary>This policy with a dated rule added or replaced (matched by id).</summary>
    /// <param name="date">The dated rule.</param>
    /// <returns>A new policy; this one is unchanged.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="date"/> is null.</exception>
    public DeadlinePolicy With(RegulatoryDate date)
    {
        Preconditions.CheckNotNull(date);
        return new DeadlinePolicy(_rules, [.. Dates.Where(d => d.Id != date.Id).Append(date).OrderBy(d => d.Date)]);
    }

    /// <summary>Creates a policy from rules and dates; every rule the library's calculations use must be present.</summary>
    /// <param name="rules">The rules, ids unique.</param>
    /// <param name="dates">The dated rules, ids unique.</param>
    /// <returns>The policy.</returns>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="ArgumentException">An id repeats, or a required rule is missing.</exception>
    public static DeadlinePolicy Create(IEnumerable<DeadlineRule> rules, IEnumerable<RegulatoryDate> dates)
    {
        List<DeadlineRule> ruleList = [.. Preconditions.CheckNotNull(rules)];
        List<RegulatoryDate> dateList = [.. Preconditions.CheckNotNull(dates)];
        Preconditions.CheckArgument(ruleList.All(r => r is not null) && dateList.All(d => d is not null), "Rules and dates may not be null.", nameof(rules));
        Preconditions.CheckArgument(ruleList.Select(r => r.Id).Distinct(StringComparer.Ordinal).Count() == ruleList.Count, "Rule ids must be unique.", nameof(rules));
        Preconditions.CheckArgument(dateList.Select(d => d.Id).Distinct(StringComparer.Ordinal).Count() == dateList.Count, "Date ids must be unique.", nameof(dates));
        ImmutableDictionary<string, DeadlineRule> map = ruleList.ToImmutableDictionary(r => r.Id, StringComparer.Ordinal);
        string? missing = RequiredIds.FirstOrDefault(id => !map.ContainsKey(id));
        Preconditions.CheckArgument(missing is null, "The policy lacks the rule '" + missing + "'.", nameof(rules));
        return new DeadlinePolicy(map, [.. dateList.OrderBy(d => d.Date)]);
    }

    private static DeadlinePolicy CreateDefault()
    {
        const string Guide = SourceDocuments.IcpGuide;
        const string Sms = SourceDocuments.SmsFaq;
        const string WeChat = SourceDocuments.WeChatGuide;
        DeadlineRule[] rules =
        [
            new(SmsCodeValidityId, "MIIT SMS verification code valid", "工信部备案短信验证码有效期",
                DeadlineSpan.Hours(24), null,
                Sms + ": \"This SMS contains a code which is valid for 24 hours.\"; " + WeChat + ": \"must verify via SMS within 24 hours\"", confirmed: true),
            new(SmsResendWindowId, "SMS code resend possible", "短信验证码可重发时限",
                DeadlineSpan.Hours(24), null,
                Sms + ": \"manually requesting the SMS to be sent out again is only possible within 24 hours after the verification process has started\"; at most two resends: Alibaba Cloud help 5604600 (facts §3)", confirmed: true),
            new(PsbFilingId, "PSB filing after the site goes live", "网站开通后公安联网备案",
                DeadlineSpan.CalendarDays(30), null,
                Guide + ": \"You will need to submit your PSB application once you have your ICP number, and within 30 days of your website going live.\"; 《计算机信息网络国际联网安全保护管理办法》 as relayed by Huawei Cloud (doc_0033)", confirmed: true),
            new(ProviderReviewId, "Hosting provider's first review", "接入商初审",
                DeadlineSpan.WorkingDays(2), null,
                Guide + ": \"The initial document check by our team normally only takes one to two days\"; " + WeChat + ": \"a preliminary review within 1–2 working days\"", confirmed: true, shortest: DeadlineSpan.WorkingDays(1)),
            new(BureauReviewId, "Provincial bureau review", "管局审核",
                DeadlineSpan.WorkingDays(20), DeadlineSpan.WorkingDays(5),
                WeChat + ": \"Review time: 1–20 working days (based on your local telecom bureau)\"; \"Typically within one week, depending on the province\" (a week: 5 working days)", confirmed: true, shortest: DeadlineSpan.WorkingDays(1)),
            new(WeChatVerificationId, "WeChat verification review of a Mini Program", "微信认证审核",
                DeadlineSpan.WorkingDays(5), null,
                WeChat + ": \"Pay RMB 300 for official WeChat Verification. Review time is 1–5 business days.\"", confirmed: true, shortest: DeadlineSpan.WorkingDays(1)),
            new(IcpFilingOverallId, "ICP filing from submission to approval", "ICP备案从提交到通过",
                DeadlineSpan.CalendarDays(30), DeadlineSpan.CalendarDays(20),
                Guide + ": \"The whole application process for an ICP number on average takes about 20 days to one month.\"", confirmed: true),
            new(InaccurateInformationCorrectionId, "Correct inaccurate filing information", "备案信息不准确时变更",
                DeadlineSpan.WorkingDays(10), null, "Huawei Cloud ICP knowledge base, 备案成功后咨询 (doc_0173)", confirmed: true),
            new(CommercialLicenseAcceptanceId, "ICP Commercial License application accepted (material check)", "ICP经营许可证申请受理（材料审查）",
                DeadlineSpan.CalendarDays(15), null,
                "《电信业务经营许可证管理办法》 as relayed by secondary sources (material check within 15 days of receipt; facts §3d)", confirmed: false),
            new(CommercialLicenseId, "ICP Commercial License decision after acceptance", "ICP经营许可证受理后作出决定",
                DeadlineSpan.CalendarDays(60), null,
                Guide + ": \"The application process for an ICP Commercial License takes about 60 days, or two months.\"; 《电信业务经营许可证管理办法》 as relayed by secondary sources (decision within 60 days of acceptance; facts §3d)", confirmed: true),
            new(ResubmissionMarginId, "Margin for one return and resubmission", "预留一次退回并重新提交的时间",
                DeadlineSpan.WorkingDays(22), null,
                Guide + ": \"you should begin this process several months before your expected launch date\"; the margin (a second provider review and bureau review, 2 + 20 working days) is the library's", confirmed: false),
        ];
        RegulatoryDate[] dates =
        [
            new("mini-program-filing-before-listing", new LocalDate(2023, 9, 1),
                "New Mini Programs must be filed before they are listed", "新上架小程序须先完成备案",
                WeChat + ": \"For unpublished Mini Programs: Filing is required before launch starting September 1, 2023.\"", confirmed: true),
            new("app-filing-new-apps", new LocalDate(2023, 9, 1),
                "New Apps must be filed before they operate (工信部信管〔2023〕105号, issued 2023-08-04)", "新App须备案后方可开展业务",
                "MIIT notice 工信部信管〔2023〕105号 as summarized by secondary sources", confirmed: false),
            new("mini-program-existing-deadline", new LocalDate(2024, 3, 31),
                "Mini Programs already published must be filed by this date", "存量小程序须在此日期前完成备案",
                WeChat + ": \"For existing Mini Programs: Filing must be completed by March 31, 2024.\"", confirmed: true),
            new("app-existing-deadline", new LocalDate(2024, 3, 31),
                "Apps already operating must be filed by this date", "存量App须在此日期前完成备案",
                "MIIT notice 工信部信管〔2023〕105号 as summarized by secondary sources (end of March 2024)", confirmed: false),
            new("mini-program-delisting", new LocalDate(2024, 4, 1),
                "Unfiled Mini Programs may be delisted from this date", "未备案小程序自此日起可能被清退",
                WeChat + ": \"Failure to do so may result in delisting from April 1, 2024.\"", confirmed: true),
        ];
        return Create(rules, dates);
    }
}
