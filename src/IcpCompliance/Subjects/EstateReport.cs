using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Subjects;

/// <summary>What <see cref="SubjectGrouping"/> made of a set of numbers: one estate per subject, the PSB numbers that
/// no record tied to one subject, and the records that show several subjects.</summary>
/// <remarks>Immutable; safe to use from any thread. Every ICP filing and license number given is in exactly one
/// estate (as a service, or as the subject's own number). Every PSB number is attached where its records put it
/// (within an estate to a service or to the subject as a whole, never both), or, when no record ties it to one
/// subject, listed once as unattached; records that disagree can attach one PSB number to several subjects.</remarks>
public sealed record EstateReport
{
    internal EstateReport(ImmutableArray<SubjectEstate> estates, ImmutableArray<UnattachedPsbNumber> unattachedPsbNumbers, ImmutableArray<MixedSubjectRecord> mixedSubjectRecords)
    {
        Estates = estates;
        UnattachedPsbNumbers = unattachedPsbNumbers;
        MixedSubjectRecords = mixedSubjectRecords;
    }

    /// <summary>One estate per subject, in order of the subject's first appearance.</summary>
    public ImmutableArray<SubjectEstate> Estates { get; }

    /// <summary>The PSB numbers shown alone or with several subjects, each once.</summary>
    public ImmutableArray<UnattachedPsbNumber> UnattachedPsbNumbers { get; }

    /// <summary>The records that show numbers of two or more subjects of the same form.</summary>
    public ImmutableArray<MixedSubjectRecord> MixedSubjectRecords { get; }

    /// <summary>The estate of a subject, whichever of the province's characters it is written with.</summary>
    /// <param name="subject">The subject.</param>
    /// <returns>Its estate, or null when no number of it was given.</returns>
    public SubjectEstate? Find(SubjectNumber subject) => Estates.FirstOrDefault(e => e.Subject.IsSameRecordAs(subject));

    /// <summary>The estate a filing number belongs to.</summary>
    /// <param name="number">The number.</param>
    /// <returns>Its subject's estate, or null when no number of that subject was given.</returns>
    /// <exception cref="ArgumentException"><paramref name="number"/> is the default value.</exception>
    public SubjectEstate? Find(IcpFilingNumber number) => Find(SubjectNumber.Of(number));

    /// <inheritdoc />
    public bool Equals(EstateReport? other)
        => other is not null
            && Sequences.Equal(Estates, other.Estates)
            && Sequences.Equal(UnattachedPsbNumbers, other.UnattachedPsbNumbers)
            && Sequences.Equal(MixedSubjectRecords, other.MixedSubjectRecords);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Sequences.Hash(Estates), Sequences.Hash(UnattachedPsbNumbers), Sequences.Hash(MixedSubjectRecords));
}
