using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;
using IcpCompliance.Workflow;

namespace IcpCompliance.Providers;

/// <summary>
/// One status a provider reports, as data: its code (and, for the bureau's review, the SMS step's code), what it
/// means in English and Chinese, the workflow states it stands for, the routes by which a case reaches it, and the
/// document that defines it.
/// </summary>
/// <param name="Code">The status code (WeChat's <c>status</c> or <c>procedure_status</c>).</param>
/// <param name="SmsVerifyStatus">The SMS step's code (<c>sms_verify_status</c>) this row is for, or null for the
/// status without one.</param>
/// <param name="Meaning">What it means, in English.</param>
/// <param name="MeaningChinese">What it means, as the provider's documentation writes it.</param>
/// <param name="States">The workflow states it stands for; the first is the one a case is moved to. Empty when the
/// workflow has no state for it (it is then reported, never mapped to a guess).</param>
/// <param name="Routes">How a case reaches it, by the state it stands in.</param>
/// <param name="Source">The document that defines the code.</param>
/// <remarks>Immutable; safe to use from any thread. Two rows are equal when their members and lists are equal.</remarks>
public sealed record ProviderStatus(
    int Code,
    int? SmsVerifyStatus,
    string Meaning,
    string MeaningChinese,
    ImmutableArray<FilingState> States,
    ImmutableArray<ProviderRoute> Routes,
    string Source)
{
    /// <summary>The workflow states it stands for; never default.</summary>
    public ImmutableArray<FilingState> States { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(States);

    /// <summary>How a case reaches it; never default.</summary>
    public ImmutableArray<ProviderRoute> Routes { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Routes);

    /// <summary>The first route from a state, or null when the status cannot follow that state directly.</summary>
    /// <param name="from">The case's state.</param>
    /// <returns>The route, or null.</returns>
    public ProviderRoute? RouteFrom(FilingState from) => Routes.FirstOrDefault(r => r.From == from);

    /// <summary>The routes from a state, in order: the translator takes the first the workflow accepts (a status that
    /// means "filed" ends a first filing by <see cref="FilingEventKind.FilingApproved"/> and a change order by
    /// <see cref="FilingEventKind.ChangeCompleted"/>, and the workflow's guards tell the two apart).</summary>
    /// <param name="from">The case's state.</param>
    /// <returns>The routes; empty when the status cannot follow that state directly.</returns>
    public ImmutableArray<ProviderRoute> RoutesFrom(FilingState from) => [.. Routes.Where(r => r.From == from)];

    /// <summary>The code as the provider writes it: <c>4</c>, or <c>4/sms 1</c>.</summary>
    /// <returns>The code.</returns>
    public override string ToString()
        => SmsVerifyStatus is int sms
            ? string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Code}/sms {sms}")
            : Code.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <inheritdoc />
    public bool Equals(ProviderStatus? other)
        => other is not null && Code == other.Code && SmsVerifyStatus == other.SmsVerifyStatus
            && string.Equals(Meaning, other.Meaning, StringComparison.Ordinal) && string.Equals(MeaningChinese, other.MeaningChinese, StringComparison.Ordinal)
            && Sequences.Equal(States, other.States) && Sequences.Equal(Routes, other.Routes) && string.Equals(Source, other.Source, StringComparison.Ordinal);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Code, SmsVerifyStatus, Meaning, Sequences.Hash(States), Sequences.Hash(Routes), Source);
}
