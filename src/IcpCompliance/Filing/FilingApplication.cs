using System;
using System.Collections.Immutable;
using System.Text.Json.Serialization;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;

namespace IcpCompliance.Filing;

/// <summary>
/// One application to the bureau, as the provider submits it: the operation, the subject, the people named at
/// subject level, the services and the documents provided.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Build it with an object initializer and change it with
/// <c>with</c>. Collections are never default: an unset one reads as empty. Two applications are equal when their
/// members and the contents of their collections are equal. Nothing here is validated beyond the types: the
/// rules engine (<c>IcpCompliance.Rules</c>) says what is wrong with an application.</remarks>
public sealed record FilingApplication
{
    /// <summary>What the application asks for.</summary>
    public required FilingOperation Operation { get; init; }

    /// <summary>The subject.</summary>
    public required FilingSubject Subject { get; init; }

    /// <summary>The people named at subject level: the legal representative, the subject principal, the emergency
    /// contact and so on. Each service names its own principal.</summary>
    public ImmutableArray<Person> People { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The services the application files, changes or cancels.</summary>
    public ImmutableArray<FilingService> Services { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The documents and checks provided.</summary>
    public ImmutableArray<FilingDocument> Documents { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The subject's filing number when the subject is already filed (every operation but a first
    /// filing).</summary>
    public IcpFilingNumber? SubjectNumber { get; init; }

    /// <summary>The province whose bureau decides the application: the subject's.</summary>
    [JsonIgnore]
    public Province Province => Subject.Province;

    /// <summary>The first person named in a role at subject level, or null.</summary>
    /// <param name="role">The role.</param>
    /// <returns>The person, or null.</returns>
    public Person? PersonIn(PersonRole role)
    {
        foreach (var person in People)
        {
            if (person.Role == role)
            {
                return person;
            }
        }

        return null;
    }

    /// <summary>Whether the documents include one.</summary>
    /// <param name="document">The document.</param>
    /// <returns>True when provided.</returns>
    public bool Provided(FilingDocument document) => Documents.Contains(document);

    /// <inheritdoc />
    public bool Equals(FilingApplication? other)
        => other is not null
            && Operation == other.Operation
            && Subject == other.Subject
            && Sequences.Equal(People, other.People)
            && Sequences.Equal(Services, other.Services)
            && Sequences.Equal(Documents, other.Documents)
            && Nullable.Equals(SubjectNumber, other.SubjectNumber);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Operation, Subject, Sequences.Hash(People), Sequences.Hash(Services), Sequences.Hash(Documents), SubjectNumber);
}
