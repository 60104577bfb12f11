using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Internal;

namespace IcpCompliance.Workflow;

/// <summary>One person who must answer the Ministry's verification SMS, by the mobile number that receives the code.</summary>
/// <param name="Role">The role the SMS is sent for (subject principal or service principal).</param>
/// <param name="Name">The person's name.</param>
/// <param name="Mobile">The mobile number that receives the code.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record SmsRecipient(PersonRole Role, string Name, MobileNumber Mobile)
{
    /// <summary>
    /// The usual recipients for an application's operation (facts §3c): a first filing, the subject principal and
    /// every service principal; a new service or new access, the service principals; a change, whoever's details
    /// changed (compared with <paramref name="before"/>; everyone a first filing would name when it is not given);
    /// cancellations and access withdrawal, nobody. A mobile number shared by several of them receives one code, so
    /// it appears once. People without a mobile number are left out.
    /// </summary>
    /// <param name="application">The application.</param>
    /// <param name="before">For a change, the application as filed before the change, or null.</param>
    /// <returns>The recipients, one per mobile number, subject principal first.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public static ImmutableArray<SmsRecipient> DefaultsFor(FilingApplication application, FilingApplication? before = null)
    {
        Preconditions.CheckNotNull(application);
        if (!application.Operation.NeedsSmsVerification)
        {
            return [];
        }

        bool subjectNeeded = application.Operation == FilingOperation.FirstFiling
            || (application.Operation == FilingOperation.Change
                && (before is null || application.Subject != before.Subject || application.PersonIn(PersonRole.SubjectPrincipal) != before.PersonIn(PersonRole.SubjectPrincipal)));
        var people = new List<Person>();
        if (subjectNeeded && application.PersonIn(PersonRole.SubjectPrincipal) is { } subjectPrincipal)
        {
            people.Add(subjectPrincipal);
        }

        for (int i = 0; i < application.Services.Length; i++)
        {
            FilingService service = application.Services[i];
            bool changed = application.Operation != FilingOperation.Change || before is null || i >= before.Services.Length || before.Services[i] != service;
            if (changed)
            {
                people.Add(service.Principal);
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
