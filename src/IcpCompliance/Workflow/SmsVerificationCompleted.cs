using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>
/// 短信核验完成 The SMS verification step was completed, as a platform or provider reports it (WeChat's
/// <c>sms_verify_status</c> 2, 核验完成) without the codes, mobile numbers and attempts that
/// <see cref="SmsCodeEntered"/> records: the application enters the bureau's review.
/// </summary>
/// <param name="At">When it happened (or was first seen).</param>
/// <remarks>Immutable; safe to use from any thread. A case that records each code uses <see cref="SmsCodeEntered"/>
/// instead; both end the step the same way, and only within the code's validity.</remarks>
public sealed record SmsVerificationCompleted(Instant At) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.SmsVerificationCompleted;
}
