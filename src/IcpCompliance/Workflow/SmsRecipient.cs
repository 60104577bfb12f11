using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Internal;

namespace IcpCompliance.Workflow;

/// <summary>One person who must answer the Ministry's verification SMS, by the mobile number that receives the code.</summary>
/// <param name="Role">The role the SMS is sent for (subject principal, legal representative, service principal or a
/// Mini Program's administrator).</param>
/// <param name="Name">The person's name.</param>
/// <param name="Mobile">The mobile number that receives the code.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record SmsRecipient(PersonRole Role, string Name, MobileNumber Mobile)
{
    /// <summary>
    /// The usual recipients for an application's operation: a first filing, the subject principal, an organization's
    /// legal representative, every service principal and every Mini Program's administrator; a new service or new
    /// access, the service principals and administrators; a change, whoever's details changed (compared with
    /// <paramref name="before"/>; everyone a first filing would name when it is not given: the subject principal and
    /// legal representative when the subject's details or either of them changed, a service's principal and
    /// administrator when the service changed); cancellations and access withdrawal, nobody (the bureau's clerk may
    /// still send a code for a cancellation: list the recipients on the event). A mobile number shared by several of
    /// them receives one code, so it appears once. People without a mobile number are left out.
    /// </summary>
    /// <remarks>Sources: the SMS verification FAQ (the person responsible for the website and the legal
    /// representative receive a code; "the clerk decides which mobile numbers need to be verified"), the WeChat Mini
    /// Program guide ("Both the legal representative and administrator must verify via SMS within 24 hours") and the
    /// providers' rules by operation (facts §3c).</remarks>
    /// <param name="application">The application.</param>
    /// <param name="before">For a change, the application as filed before the change, or null.</param>
    /// <returns>The recipients, one per mobile number: subject principal, legal representative, then each service's
    /// principal and administrator.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static ImmutableArray<SmsRecipient> DefaultsFor(FilingApplication application, FilingApplication? before = null)
    {
        Preconditions.CheckNotNull(application);
        if (!application.Operation.NeedsSmsVerification)
        {
            return [];
        }

        bool change = application.Operation == FilingOperation.Change;
        bool subjectNeeded = application.Operation == FilingOperation.FirstFiling
            || (change
                && (before is null || application.Subject != before.Subject
                    || application.PersonIn(PersonRole.SubjectPrincipal) != before.PersonIn(PersonRole.SubjectPrincipal)
                    || application.PersonIn(PersonRole.LegalRepresentative) != before.PersonIn(PersonRole.LegalRepresentative)));
        var people = new List<Person>();
        if (subjectNeeded)
        {
            if (application.PersonIn(PersonRole.SubjectPrincipal) is { } subjectPrincipal)
            {
                people.Add(subjectPrincipal);
            }

            if (application.Subject.EntityType.IsOrganization && application.PersonIn(PersonRole.LegalRepresentative) is { } legalRepresentative)
            {
                people.Add(legalRepresentative);
            }
        }

        for (int i = 0; i < application.Services.Length; i++)
        {
            FilingService service = application.Services[i];
            bool changed = !change || before is null || i >= before.Services.Length || before.Services[i] != service;
            if (changed)
            {
                people.Add(service.Principal);
                if (service.Kind == ServiceKind.MiniProgram && service.Account?.Administrator is { } administrator)
                {
                    people.Add(administrator);
                }
            }
        }

        var recipients = ImmutableArray.CreateBuilder<SmsRecipient>();
        var seen = new HashSet<MobileNumber>();
        foreach (var person in people)
        {
            if (person.Mobile is { } mobile && seen.Add(mobile))
            {
                recipients.Add(new SmsRecipient(person.Role, person.Name, mobile));
            }
        }

        return recipients.ToImmutable();
    }
}
