using IcpCompliance.Regions;

namespace IcpCompliance.Filing;

/// <summary>The subject of a filing (主体): the organization or person that runs the services.</summary>
/// <remarks>Immutable; safe to use from any thread. Change it with <c>with</c>.</remarks>
public sealed record FilingSubject
{
    /// <summary>The kind of subject.</summary>
    public required EntityType EntityType { get; init; }

    /// <summary>The name exactly as on the certificate (an organization's registered name, a person's name).</summary>
    public required string Name { get; init; }

    /// <summary>The province whose bureau the subject files with: for an organization where it is registered (the
    /// province of <see cref="Address"/> and of its credit code's division; rule ICP0600 checks both), for an individual
    /// the province of their identity document's address, or another province where they hold a residence permit or
    /// social-security records there (rule ICP0603).</summary>
    public required Province Province { get; init; }

    /// <summary>The certificate the subject files with.</summary>
    public required SubjectCertificate Certificate { get; init; }

    /// <summary>The address on the certificate (证件住所): an organization's registered address, an individual's
    /// identity document's address.</summary>
    public required Address Address { get; init; }

    /// <summary>The mailing address (通讯地址), or null when it is the certificate's address.</summary>
    public Address? MailingAddress { get; init; }
}
