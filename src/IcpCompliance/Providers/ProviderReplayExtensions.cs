using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;

namespace IcpCompliance.Providers;

/// <summary>What only one kind of replay has.</summary>
public static class ProviderReplayExtensions
{
    /// <summary>The reasons of the latest observation that gave any (WeChat's <c>audit_data</c>).</summary>
    /// <param name="replay">Polled statuses applied to a case.</param>
    /// <returns>The reasons; empty when no observation gave any.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="replay"/> is null.</exception>
    public static ImmutableArray<AuditReason> AuditReasons(this ProviderReplay<ProviderObservation, ProviderStatus> replay)
        => Preconditions.CheckNotNull(replay).Steps.Select(s => s.Input.AuditReasons).LastOrDefault(r => !r.IsEmpty, ImmutableArray<AuditReason>.Empty);
}
