using IcpCompliance.Identity;
using IcpCompliance.Regions;
using NodaTime;

namespace IcpCompliance.Filing;

/// <summary>A person named in a filing, in one role.</summary>
/// <remarks>Immutable; safe to use from any thread. Change it with <c>with</c>.</remarks>
public sealed record Person
{
    /// <summary>The role in the filing.</summary>
    public required PersonRole Role { get; init; }

    /// <summary>The name exactly as on the identity document.</summary>
    public required string Name { get; init; }

    /// <summary>Who the person is for identity purposes, which decides the document the bureau accepts.</summary>
    public required Residency Residency { get; init; }

    /// <summary>The identity document.</summary>
    public required IdentityDocument Document { get; init; }

    /// <summary>The last day the document is valid, or null when it does not expire or is not known.</summary>
    public LocalDate? DocumentValidUntil { get; init; }

    /// <summary>The Mainland mobile number that receives the Ministry's SMS, or null when the person has none.</summary>
    public MobileNumber? Mobile { get; init; }

    /// <summary>The province where the mobile number is registered (号码归属地), or null when not known. Some bureaus
    /// (Hunan) accept only local numbers for the principals.</summary>
    public Province? MobileRegisteredIn { get; init; }

    /// <summary>The email address, when given.</summary>
    public string? Email { get; init; }
}
