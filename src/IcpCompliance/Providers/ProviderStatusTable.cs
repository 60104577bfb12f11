using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;

namespace IcpCompliance.Providers;

/// <summary>
/// A provider's status codes as data: every code it documents, what each stands for in the workflow and how a case
/// reaches it. <see cref="WeChatStatusTables"/> holds the built-in ones; a user builds a table for another platform,
/// or corrects one, with <see cref="ProviderStatusTable(string, string, int?, IEnumerable{ProviderStatus})"/> or
/// <see cref="With"/>.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed class ProviderStatusTable
{
    /// <summary>Creates a table.</summary>
    /// <param name="name">The provider and the field, such as <c>WeChat getIcpEntranceInfo status</c>.</param>
    /// <param name="source">The document that defines the codes.</param>
    /// <param name="smsStepCode">The code during which the SMS step's code (<c>sms_verify_status</c>) is valid, or
    /// null when the provider reports none.</param>
    /// <param name="statuses">The rows; one per code and SMS code.</param>
    /// <exception cref="ArgumentNullException">An argument or a row is null.</exception>
    /// <exception cref="ArgumentException">Two rows have the same code and SMS code.</exception>
    public ProviderStatusTable(string name, string source, int? smsStepCode, IEnumerable<ProviderStatus> statuses)
    {
        Name = Preconditions.CheckNotNull(name);
        Source = Preconditions.CheckNotNull(source);
        SmsStepCode = smsStepCode;
        Statuses = [.. Preconditions.CheckNotNull(statuses)];
        Preconditions.CheckArgument(Statuses.All(s => s is not null), "Statuses may not be null.", nameof(statuses));
        Preconditions.CheckArgument(
            Statuses.Select(s => (s.Code, s.SmsVerifyStatus)).Distinct().Count() == Statuses.Length,
            "Each code and SMS code may have one row only.",
            nameof(statuses));
    }

    /// <summary>The provider and the field.</summary>
    public string Name { get; }

    /// <summary>The document that defines the codes.</summary>
    public string Source { get; }

    /// <summary>The code during which <c>sms_verify_status</c> is valid (WeChat: 4, or 24 in the combined flow).</summary>
    public int? SmsStepCode { get; }

    /// <summary>The rows.</summary>
    public ImmutableArray<ProviderStatus> Statuses { get; }

    /// <summary>The row for a code and an SMS code.</summary>
    /// <param name="code">The status code.</param>
    /// <param name="smsVerifyStatus">The SMS step's code, or null.</param>
    /// <returns>The row, or null when the table has none: an unknown code, never guessed.</returns>
    public ProviderStatus? Find(int code, int? smsVerifyStatus) => Statuses.FirstOrDefault(s => s.Code == code && s.SmsVerifyStatus == smsVerifyStatus);

    /// <summary>This table with a row added, or replacing the row of the same code and SMS code.</summary>
    /// <param name="status">The row.</param>
    /// <returns>A new table.</returns>
    /// <exception cref="ArgumentNullException">The argument is null.</exception>
    public ProviderStatusTable With(ProviderStatus status)
    {
        Preconditions.CheckNotNull(status);
        return new ProviderStatusTable(Name, Source, SmsStepCode, Statuses.Where(s => s.Code != status.Code || s.SmsVerifyStatus != status.SmsVerifyStatus).Append(status));
    }
}
