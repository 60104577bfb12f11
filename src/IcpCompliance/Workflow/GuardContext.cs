using IcpCompliance.Deadlines;

namespace IcpCompliance.Workflow;

/// <summary>What a guard sees: the case before the event, the event, and the workflow's deadline policy.</summary>
/// <param name="Case">The case before the event.</param>
/// <param name="Event">The event.</param>
/// <param name="Policy">The durations in force (the SMS code's validity, the resend window).</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public readonly record struct GuardContext(FilingCase Case, FilingEvent Event, DeadlinePolicy Policy);
