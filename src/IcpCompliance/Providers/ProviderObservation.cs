using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using NodaTime;

namespace IcpCompliance.Providers;

/// <summary>One poll of a provider's filing status: the instant it was seen and the codes it returned.</summary>
/// <param name="SeenAt">When the status was read.</param>
/// <param name="Code">The status code (WeChat's <c>status</c> or <c>procedure_status</c>).</param>
/// <param name="SmsVerifyStatus">The SMS step's code (<c>sms_verify_status</c>), or null when absent or 0.</param>
/// <remarks>Immutable; safe to use from any thread. Two observations are equal when their members and lists are
/// equal.</remarks>
public sealed record ProviderObservation(Instant SeenAt, int Code, int? SmsVerifyStatus = null)
{
    /// <summary>The reasons for a rejection (<c>audit_data</c>), in the platform's order; never default.</summary>
    public ImmutableArray<AuditReason> AuditReasons { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>A reason given as one text (WeChat's <c>refill_reason</c> or <c>fail_reason</c>), or null.</summary>
    public string? ReasonText { get; init; }

    /// <summary>The numbers the bureau issued, for a status that means the filing is approved; never default. A
    /// status response carries none: the integrator adds them from the filing system or the platform's notice, and
    /// an approval without them is refused by the workflow's <c>numbers-for-province</c> guard.</summary>
    public ImmutableArray<IcpFilingNumber> IssuedNumbers { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <inheritdoc />
    public bool Equals(ProviderObservation? other)
        => other is not null && SeenAt == other.SeenAt && Code == other.Code && SmsVerifyStatus == other.SmsVerifyStatus
            && Sequences.Equal(AuditReasons, other.AuditReasons) && string.Equals(ReasonText, other.ReasonText, StringComparison.Ordinal)
            && Sequences.Equal(IssuedNumbers, other.IssuedNumbers);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(SeenAt, Code, SmsVerifyStatus, Sequences.Hash(AuditReasons), ReasonText, Sequences.Hash(IssuedNumbers));
}
