using IcpCompliance.Identity;
using NodaTime;
using System.Text.Json.Serialization;

namespace IcpCompliance.Workflow;

/// <summary>提交短信核验 A code was entered on the Ministry's verification form (mobile number, ID number and code), and the form's verdict.</summary>
/// <param name="At">When it happened.</param>
/// <param name="Mobile">The mobile number entered.</param>
/// <param name="Code">The code entered: six digits.</param>
/// <param name="Accepted">Whether the form accepted the mobile number, ID number and code together; a refusal counts
/// towards the five failures in a row.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record SmsCodeEntered(Instant At, MobileNumber Mobile, string Code, bool Accepted) : FilingEvent(At)
{
    /// <inheritdoc />
    [JsonIgnore]
    public override FilingEventKind Kind => FilingEventKind.SmsCodeEntered;

    /// <inheritdoc />
    internal override FilingCase Evolve(FilingCase next)
    {
        if (next.Sms is null)
        {
            return next;
        }

        SmsVerification sms = Accepted
            ? next.Sms with { Verified = next.Sms.Verified.Add(Mobile), ConsecutiveFailures = 0 }
            : next.Sms with { ConsecutiveFailures = next.Sms.ConsecutiveFailures + 1 };
        return next with { Sms = sms };
    }
}
