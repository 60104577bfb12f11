using System.Globalization;
using IcpCompliance.Rules;
using IcpCompliance.Workflow;

namespace IcpCompliance.Cli.Check;

/// <summary>
/// What the rule report means for the input, in words that follow where a case stands: an application, or a case
/// still to be submitted, is "ready to submit" or not; a case with the provider or the bureau has been submitted; an
/// approved, live or PSB-filed case is filed (its errors call for a change filing); a closed case has nothing to
/// submit. A live case is never called "ready to submit".
/// </summary>
internal sealed record CheckVerdict(string English, string Chinese)
{
    internal static CheckVerdict For(FilingCase? filingCase, RuleReport report)
    {
        bool clean = report.IsReadyToSubmit;
        string errors = report.ErrorCount.ToString(CultureInfo.InvariantCulture);
        if (filingCase is null)
        {
            return clean ? new("ready to submit", "可以提交。") : new("not ready to submit", "暂不能提交。");
        }

        FilingState state = filingCase.State;
        string where = state.Name + ", " + state.ChineseName;
        bool change = filingCase.PendingChange is not null || state == FilingState.ChangeInProgress;
        if (state.IsFinal)
        {
            return new("the case is closed (" + where + "): nothing to submit", "案件已结束（" + state.ChineseName + "）：无需提交。");
        }

        if (state == FilingState.Approved || state == FilingState.Live || state == FilingState.PsbFiled)
        {
            return clean
                ? new("filed (" + where + "): the filed application passes the rules", "已备案（" + state.ChineseName + "）：已备案信息符合规则。")
                : new("filed (" + where + "), but the filed application has " + errors + " error(s): correct them with a change filing", "已备案（" + state.ChineseName + "），但已备案信息有" + errors + "项错误：请办理变更备案更正。");
        }

        if (state.IsPlatformStep)
        {
            return clean
                ? new("ready to submit once the platform's steps are done (" + where + ")", "平台步骤完成后可以提交（" + state.ChineseName + "）。")
                : new("not ready to submit (" + where + ")", "暂不能提交（" + state.ChineseName + "）。");
        }

        bool withProviderOrBureau = state == FilingState.SubmittedToProvider || state == FilingState.ProviderReview
            || state == FilingState.SubmittedToBureau || state == FilingState.AwaitingSmsVerification || state == FilingState.BureauReview;
        string what = change ? "the change" : "the application";
        string whatChinese = change ? "变更申请" : "申请";
        if (withProviderOrBureau)
        {
            return clean
                ? new(what + " is submitted (" + where + ") and passes the rules", whatChinese + "已提交（" + state.ChineseName + "），符合规则。")
                : new(what + " is submitted (" + where + ") with " + errors + " error(s): expect it to be returned", whatChinese + "已提交（" + state.ChineseName + "），但有" + errors + "项错误，可能被退回。");
        }

        // A draft, a change being prepared, or an order returned, expired or rejected: it is (re)submitted next.
        return clean
            ? new(what + " is ready to submit (" + where + ")", whatChinese + "可以提交（" + state.ChineseName + "）。")
            : new(what + " is not ready to submit (" + where + ")", whatChinese + "暂不能提交（" + state.ChineseName + "）。");
    }
}
