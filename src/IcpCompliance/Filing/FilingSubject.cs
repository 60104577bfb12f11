using IcpCompliance.Regions;

namespace IcpCompliance.Filing;

/// <summary>The subject of a filing (主体): the organisation or person that runs the services.</summary>
/// <remarks>Immutable; safe to use from any thread. Change it with <c>with</c>.</remarks>
public sealed record FilingSubject
{
    /// <summary>The kind of subject.</summary>
    public required EntityType EntityType { get; init; }

    /// <summary>The name exactly as on the certificate (an organisation's registered name, a person's name).</summary>
    public required string Name { get; init; }

    /// <summary>The province whose bureau the subject files with: where it is registered, or for an individual
    /// where they live.</summary>
    public required Province Province { get; init; }

    /// <summary>The certificate the subject files with.</summary>
    public required SubjectCertificate Certificate { get; init; }

    /// <summary>The address on the certificate (证件住所).</summary>
    public required Address Address { get; init; }

    /// <summary>The mailing address (通讯地址), or null when it is the certificate's address.</summary>
    public Address? MailingAddress { get; init; }
}
