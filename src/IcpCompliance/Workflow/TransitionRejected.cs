namespace IcpCompliance.Workflow;

/// <summary>Why an event was refused, with a message in English and in Simplified Chinese.</summary>
/// <param name="Reason">The kind of refusal.</param>
/// <param name="State">The state the case was in.</param>
/// <param name="Event">The kind of event refused.</param>
/// <param name="Guard">The guard that failed, for <see cref="RejectionReason.GuardFailed"/>; otherwise null.</param>
/// <param name="Message">What happened, in English.</param>
/// <param name="MessageChinese">What happened, in Simplified Chinese.</param>
/// <remarks>Immutable; safe to use from any thread. The case is unchanged.</remarks>
public sealed record TransitionRejected(
    RejectionReason Reason,
    FilingState State,
    FilingEventKind Event,
    TransitionGuard? Guard,
    string Message,
    string MessageChinese)
{
    /// <summary>The English and the Chinese message on one line each.</summary>
    /// <returns>The messages.</returns>
    public override string ToString() => Message + "\n" + MessageChinese;

    internal static TransitionRejected NotAllowed(FilingState state, FilingEventKind kind)
        => new(RejectionReason.NotAllowedFromState, state, kind, null,
            $"{kind.Name} is not allowed while the case is {state.Name}.",
            $"案件处于“{state.ChineseName}”状态，不允许“{kind.ChineseName}”。");

    internal static TransitionRejected Failed(FilingState state, FilingEventKind kind, TransitionGuard guard)
        => new(RejectionReason.GuardFailed, state, kind, guard,
            $"{kind.Name} is refused while the case is {state.Name}: {guard.Description} ({guard.Name}).",
            $"案件处于“{state.ChineseName}”状态，“{kind.ChineseName}”被拒绝：{guard.DescriptionChinese}（{guard.Name}）。");

    internal static TransitionRejected TooOld(FilingState state, FilingEventKind kind)
        => new(RejectionReason.OlderThanLastEvent, state, kind, null,
            $"{kind.Name} is older than the case's last event; events must be applied in time order.",
            $"“{kind.ChineseName}”早于案件的上一事件；事件须按时间顺序记录。");

    internal static TransitionRejected InFlight(FilingState state, FilingEventKind kind, FilingState otherState)
        => new(RejectionReason.OrderInFlight, state, kind, null,
            $"The subject already has an order in flight ({otherState.Name}); only one order per subject may be in flight.",
            $"该主体已有进行中的订单（{otherState.ChineseName}）；同一主体同一时间只能有一个进行中的订单。");
}
