namespace IcpCompliance.Workflow;

/// <summary>What a guard sees: the case before the event, the event, and the workflow's SMS limits.</summary>
/// <param name="Case">The case before the event.</param>
/// <param name="Event">The event.</param>
/// <param name="SmsLimits">The durations in force (the SMS code's validity, the resend window).</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public readonly record struct GuardContext(FilingCase Case, FilingEvent Event, SmsVerificationLimits SmsLimits);
