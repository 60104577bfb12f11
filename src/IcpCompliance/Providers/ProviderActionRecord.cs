using System;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Providers;

/// <summary>One operation a provider's filing API performed on an order, as its operation audit records it: the
/// action's name, when it was performed and whether it succeeded.</summary>
/// <param name="At">When it was performed.</param>
/// <param name="Name">The action's name as the provider writes it (<c>AbandonIcpOrder</c>).</param>
/// <param name="ErrorCode">The call's error code: 0 for a call that succeeded (Tencent Cloud's operation audit
/// <c>ErrorCode</c>); a failed call moves nothing.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProviderActionRecord(Instant At, string Name, long ErrorCode = 0)
{
    /// <summary>The action's name; never null.</summary>
    public string Name { get; init => field = Preconditions.CheckNotNull(value); } = Preconditions.CheckNotNull(Name);

    /// <summary>Whether the call succeeded.</summary>
    public bool Succeeded => ErrorCode == 0;

    /// <summary>The application the action carried, which an audit record does not hold: the integrator adds it for
    /// the actions that need it (the changed application of <c>CreateChangeIcpOrder</c>, the cancellation of
    /// <c>CreateCancelIcpOrder</c>), or the action is refused as unbuildable.</summary>
    public FilingApplication? Application { get; init; }

    /// <summary>Why, in the provider's or the customer's words (the reason of an abandoned order), or null.</summary>
    public string? Reason { get; init; }
}
