using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Workflow;

/// <summary>
/// The two time limits of the SMS verification step (短信核验) that the workflow's guards enforce: how long a code is
/// valid after it was sent, and how long after the step started a resend is possible.
/// </summary>
/// <remarks>
/// <para>The limits are exact durations counted from an instant, so the workflow needs no calendar.
/// <see cref="Default"/> holds the figures the sources give (24 hours each); the deadline policy's entries
/// <c>sms-code-validity</c> and <c>sms-resend-window</c> state the same figures with their sources, and
/// <c>DeadlinePolicy.SmsLimits</c> turns a policy's entries into limits for
/// <see cref="FilingWorkflow.WithSmsLimits"/>, so a provider keeps its figures in one place.</para>
/// <para>Immutable; safe to use from any thread.</para>
/// </remarks>
public sealed record SmsVerificationLimits
{
    /// <summary>The longest limit accepted: 100,000 days, as for a deadline's span.</summary>
    public static Duration MaxLimit { get; } = Duration.FromDays(100_000);

    /// <summary>Creates limits.</summary>
    /// <param name="codeValidity">How long a code is accepted after it was sent.</param>
    /// <param name="resendWindow">How long after the step started a resend is possible; it also ends the step.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A limit is negative or longer than <see cref="MaxLimit"/>.</exception>
    public SmsVerificationLimits(Duration codeValidity, Duration resendWindow)
    {
        CodeValidity = codeValidity;
        ResendWindow = resendWindow;
    }

    /// <summary>
    /// 24 hours each. The code: "This SMS contains a code which is valid for 24 hours" (SMS verification FAQ, "How do
    /// I successfully complete the SMS verification for an ICP application?"; the WeChat Mini Program filing guide:
    /// "must verify via SMS within 24 hours"). The resend: "manually requesting the SMS to be sent out again is only
    /// possible within 24 hours after the verification process has started" (the same FAQ). The pilot years
    /// (2017–2020) allowed 48 hours: a user who replays cases of that time builds limits of their own.
    /// </summary>
    public static SmsVerificationLimits Default { get; } = new(Duration.FromHours(24), Duration.FromHours(24));

    /// <summary>How long a code is accepted after it was sent (its sending is the step's start or the last
    /// resend).</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is negative or longer than
    /// <see cref="MaxLimit"/>.</exception>
    public Duration CodeValidity { get; init => field = Preconditions.CheckArgumentRange(value, Duration.Zero, MaxLimit, nameof(CodeValidity)); }

    /// <summary>How long after the step started a resend is possible; no code is accepted after it either.</summary>
    /// <exception cref="System.ArgumentOutOfRangeException">The value is negative or longer than
    /// <see cref="MaxLimit"/>.</exception>
    public Duration ResendWindow { get; init => field = Preconditions.CheckArgumentRange(value, Duration.Zero, MaxLimit, nameof(ResendWindow)); }
}
