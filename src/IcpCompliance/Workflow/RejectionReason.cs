namespace IcpCompliance.Workflow;

/// <summary>Why the workflow refused an event or an order.</summary>
public enum RejectionReason
{
    /// <summary>No row of the table lets this kind of event happen in the case's state.</summary>
    NotAllowedFromState = 1,

    /// <summary>Rows exist, but a guard of each failed (<see cref="TransitionRejected.Guard"/> says which).</summary>
    GuardFailed = 2,

    /// <summary>The event is older than the case's last event.</summary>
    OlderThanLastEvent = 3,

    /// <summary>The subject already has an order in flight, and only one is allowed at a time.</summary>
    OrderInFlight = 4,
}
