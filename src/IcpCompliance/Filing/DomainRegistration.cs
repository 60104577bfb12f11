using IcpCompliance.Identity;
using NodaTime;

namespace IcpCompliance.Filing;

/// <summary>A website's domain with the registration facts the bureau checks.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record DomainRegistration
{
    /// <summary>The domain.</summary>
    public required DomainName Domain { get; init; }

    /// <summary>The real-name holder of the domain (持有者) as the registrar records it.</summary>
    public required string Holder { get; init; }

    /// <summary>The registrar's name, when known.</summary>
    public string? Registrar { get; init; }

    /// <summary>Whether the registrar is a Mainland registrar (some bureaus reject overseas registrars).</summary>
    public required bool RegisteredInMainland { get; init; }

    /// <summary>The day the registration expires, or null when not known.</summary>
    public LocalDate? ExpiresOn { get; init; }
}
