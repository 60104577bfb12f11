using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;
using NodaTime;
using K = IcpCompliance.Workflow.FilingEventKind;
using Refusal = IcpCompliance.Providers.ProviderRefusal<IcpCompliance.Providers.ProviderActionRecord, IcpCompliance.Providers.ProviderAction>;
using Step = IcpCompliance.Providers.ProviderStep<IcpCompliance.Providers.ProviderActionRecord, IcpCompliance.Providers.ProviderAction>;

namespace IcpCompliance.Providers;

/// <summary>
/// Turns a provider's recorded filing operations (an operation audit) into the library's events and applies them
/// through the workflow, as <see cref="ProviderStatusTranslator"/> does for polled statuses: the integrator learns
/// where the case stands, the cases the operations opened, and where the operations are not a legal path, with the
/// guard that refused them.
/// </summary>
/// <remarks>
/// <para>Each record is looked up in the provider's action list by its exact name; a name not in the list is
/// reported and the case left as it was, never guessed. A failed call (a non-zero error code) moves nothing. An
/// action with no event (a step inside the provider's own preparation of an order) moves nothing, with the action's
/// note. <see cref="FilingEventKind.ChangeStarted"/> applies the changed application the integrator added
/// (<see cref="ProviderActionRecord.Application"/>), <see cref="FilingEventKind.CaseStarted"/> opens a new case for
/// the cancellation the integrator added (one order in flight per subject, as
/// <see cref="FilingWorkflow.StartOrder"/>), and the other kinds become their events. The first refusal stops the
/// replay.</para>
/// <para>Stateless; safe to use from any thread.</para>
/// </remarks>
public sealed class ProviderActionTranslator
{
    /// <summary>Creates a translator.</summary>
    /// <param name="name">The provider and the list, such as <c>Tencent Cloud ICP filing (ba)</c>.</param>
    /// <param name="actions">The provider's actions; one per name.</param>
    /// <param name="workflow">The workflow to apply the events through.</param>
    /// <param name="deadlines">What computes the open deadlines.</param>
    /// <exception cref="ArgumentNullException">An argument or an action is null.</exception>
    /// <exception cref="ArgumentException">Two actions have the same name.</exception>
    public ProviderActionTranslator(string name, IEnumerable<ProviderAction> actions, FilingWorkflow workflow, DeadlineCalculator deadlines)
    {
        Name = Preconditions.CheckNotNull(name);
        Actions = [.. Preconditions.CheckNotNull(actions)];
        Preconditions.CheckArgument(Actions.All(a => a is not null), "Actions may not be null.", nameof(actions));
        Preconditions.CheckArgument(Actions.Select(a => a.Name).Distinct(StringComparer.Ordinal).Count() == Actions.Length, "Each name may have one action only.", nameof(actions));
        Workflow = Preconditions.CheckNotNull(workflow);
        Deadlines = Preconditions.CheckNotNull(deadlines);
    }

    /// <summary>Tencent Cloud's ICP filing operations (<see cref="TencentCloudIcpActions.All"/>) through the default
    /// workflow and deadlines.</summary>
    public static ProviderActionTranslator TencentCloud { get; } = new("Tencent Cloud ICP filing (ba)", TencentCloudIcpActions.All, FilingWorkflow.Default, DeadlineCalculator.Default);

    /// <summary>The provider and the list.</summary>
    public string Name { get; }

    /// <summary>The provider's actions.</summary>
    public ImmutableArray<ProviderAction> Actions { get; }

    /// <summary>The workflow the events go through.</summary>
    public FilingWorkflow Workflow { get; }

    /// <summary>What computes the open deadlines.</summary>
    public DeadlineCalculator Deadlines { get; }

    /// <summary>Applies recorded actions, oldest first, to a case.</summary>
    /// <param name="start">The case as it stood before the first action.</param>
    /// <param name="records">The actions, oldest first.</param>
    /// <returns>The case, the steps, the cases opened, the refusal if any, the open deadlines.</returns>
    /// <exception cref="ArgumentNullException">An argument or a record is null.</exception>
    public ProviderReplay<ProviderActionRecord, ProviderAction> Replay(FilingCase start, IEnumerable<ProviderActionRecord> records)
    {
        FilingCase current = Preconditions.CheckNotNull(start);
        Preconditions.CheckNotNull(records);
        var steps = ImmutableArray.CreateBuilder<Step>();
        foreach (ProviderActionRecord record in records)
        {
            Preconditions.CheckNotNull(record);
            ProviderAction? action = Actions.FirstOrDefault(a => string.Equals(a.Name, record.Name, StringComparison.Ordinal));
            if (action is null)
            {
                steps.Add(new Step(record, null, [], null,
                    $"Unknown action: {record.Name} is not in {Name}; the case is left as it was.",
                    $"未知操作：{record.Name} 不在 {Name} 中；案件状态不变。"));
                continue;
            }

            if (!record.Succeeded)
            {
                string code = record.ErrorCode.ToString(CultureInfo.InvariantCulture);
                steps.Add(new Step(record, action, [], null,
                    $"{action.Name} failed (error code {code}): nothing moved.",
                    $"{action.Name} 调用失败（错误码 {code}）：案件状态不变。"));
                continue;
            }

            if (action.Event is not K kind)
            {
                steps.Add(new Step(record, action, [], null, action.Note, $"{action.DescriptionChinese}：流程中无对应事件，案件状态不变。"));
                continue;
            }

            if (kind == K.CaseStarted)
            {
                if (record.Application is not { } cancellation || (cancellation.Operation != FilingOperation.CancelSubject && cancellation.Operation != FilingOperation.CancelService))
                {
                    return Stop(current, steps, Unbuildable(current, record, action, "the cancellation application (operation CancelSubject or CancelService)", "注销申请（注销主体或注销网站）"));
                }

                if (FilingWorkflow.StartOrder(cancellation, record.At, [current]).TryPickT1(out TransitionRejected inFlight, out FilingCase opened))
                {
                    return Stop(current, steps, Refused(current, record, action, inFlight));
                }

                steps.Add(new Step(record, action, [], opened, null, null));
                continue;
            }

            FilingEvent? filingEvent = Build(kind, record, action);
            if (filingEvent is null)
            {
                return Stop(current, steps, kind == K.ChangeStarted
                    ? Unbuildable(current, record, action, "the changed application (operation Change)", "变更后的申请（变更备案）")
                    : Unbuildable(current, record, action, $"the data of a {kind.Name} event", $"“{kind.ChineseName}”事件的数据"));
            }

            if (Workflow.Apply(current, filingEvent).TryPickT1(out TransitionRejected rejected, out FilingCase next))
            {
                return Stop(current, steps, Refused(current, record, action, rejected));
            }

            steps.Add(new Step(record, action, [filingEvent], null, null, null));
            current = next;
        }

        return Stop(current, steps, null);
    }

    private ProviderReplay<ProviderActionRecord, ProviderAction> Stop(FilingCase current, ImmutableArray<Step>.Builder steps, Refusal? refusal)
        => new(current, steps.ToImmutable(), refusal, Deadlines.For(current));

    private static Refusal Refused(FilingCase current, ProviderActionRecord record, ProviderAction action, TransitionRejected rejected)
        => new(record, action, current.State, rejected,
            $"{action.Name} ({action.Description}) is not a legal step from {current.State.Name}: {rejected.Message}",
            $"{action.Name}（{action.DescriptionChinese}）不是“{current.State.ChineseName}”之后的合法步骤：{rejected.MessageChinese}");

    private static Refusal Unbuildable(FilingCase current, ProviderActionRecord record, ProviderAction action, string needs, string needsChinese)
        => new(record, action, current.State, null,
            $"{action.Name} ({action.Description}) needs {needs}, which an audit record does not carry: add it to the record (Application), or record the event with the workflow directly.",
            $"{action.Name}（{action.DescriptionChinese}）需要{needsChinese}，操作记录中没有：请在记录中补充（Application），或直接通过流程记录该事件。");

    private static FilingEvent? Build(K kind, ProviderActionRecord record, ProviderAction action)
    {
        Instant at = record.At;
        string reason = record.Reason ?? action.DescriptionChinese;
        return kind.Name switch
        {
            nameof(K.ChangeStarted) => record.Application is { } change && change.Operation == FilingOperation.Change ? new ChangeStarted(at, change) : null,
            nameof(K.OrderAbandoned) => new OrderAbandoned(at, reason),
            nameof(K.PlatformEmailActivated) => new PlatformEmailActivated(at),
            nameof(K.PlatformEntityInformationEntered) => new PlatformEntityInformationEntered(at),
            nameof(K.PlatformVerificationPassed) => new PlatformVerificationPassed(at),
            nameof(K.PlatformVerificationFailed) => new PlatformVerificationFailed(at, reason),
            nameof(K.FiledWithProvider) => new FiledWithProvider(at),
            nameof(K.ProviderReviewBegan) => new ProviderReviewBegan(at),
            nameof(K.ProviderReturnedApplication) => new ProviderReturnedApplication(at, reason),
            nameof(K.ForwardedToBureau) => new ForwardedToBureau(at),
            nameof(K.SmsVerificationCompleted) => new SmsVerificationCompleted(at),
            nameof(K.SmsVerificationExpired) => new SmsVerificationExpired(at),
            nameof(K.BureauReviewBegan) => new BureauReviewBegan(at),
            nameof(K.BureauRejectedApplication) => new BureauRejectedApplication(at, reason),
            nameof(K.ServiceWentLive) => new ServiceWentLive(at),
            nameof(K.ChangeCompleted) => new ChangeCompleted(at),
            nameof(K.FilingCanceled) => new FilingCanceled(at),
            nameof(K.AccessWithdrawalCompleted) => new AccessWithdrawalCompleted(at),
            _ => null,
        };
    }
}
