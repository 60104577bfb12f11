using System;
using System.Collections.Immutable;
using System.Linq;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Subjects;

/// <summary>
/// Everything a set of numbers shows of one subject (主体): its services in sequence order with their kinds, the
/// places of the sequence that no number holds, the PSB numbers shown with it, and the subjects shown beside it.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Built by <see cref="SubjectGrouping.Group(System.Collections.Generic.IEnumerable{NumberRecord})"/>.
/// Two estates are equal when their members and the contents of their lists are equal.</remarks>
public sealed record SubjectEstate
{
    internal SubjectEstate(
        SubjectNumber subject,
        bool subjectNumberListed,
        ImmutableArray<EstateService> services,
        ImmutableArray<PsbFilingNumber> psbNumbers,
        ImmutableArray<SubjectNumber> linkedSubjects,
        ImmutableArray<string> sources)
    {
        Subject = subject;
        SubjectNumberListed = subjectNumberListed;
        Services = services;
        PsbNumbers = psbNumbers;
        LinkedSubjects = linkedSubjects;
        Sources = sources;
        Gaps = GapsIn(services);
        ConflictingIndexes = [.. services.GroupBy(s => s.Index).Where(g => g.Count() > 1).Select(g => g.Key)];
    }

    /// <summary>The subject, as first seen.</summary>
    public SubjectNumber Subject { get; }

    /// <summary>Whether the subject's own number (or the bare license) was among the numbers, not only its
    /// services'.</summary>
    public bool SubjectNumberListed { get; }

    /// <summary>The services, by index and then by letter.</summary>
    public ImmutableArray<EstateService> Services { get; }

    /// <summary>The PSB numbers shown with the subject as a whole: with its own number only, or with several of its
    /// services, so that the service they belong to cannot be told.</summary>
    public ImmutableArray<PsbFilingNumber> PsbNumbers { get; }

    /// <summary>The places below the highest index that no number holds: services canceled, or not among the
    /// numbers given.</summary>
    public ImmutableArray<IndexGap> Gaps { get; }

    /// <summary>Indexes held by two numbers of different kinds (<c>-3</c> and <c>-3X</c>): one sequence is shared by
    /// every kind of service, so one of the two is wrong.</summary>
    public ImmutableArray<int> ConflictingIndexes { get; }

    /// <summary>Subjects of the other form shown in the same record (a license beside the holder's <c>ICP备</c>
    /// number): probably the same holder, which the numbers alone cannot prove.</summary>
    public ImmutableArray<SubjectNumber> LinkedSubjects { get; }

    /// <summary>Every record the subject's numbers were seen in, in order, each once.</summary>
    public ImmutableArray<string> Sources { get; }

    /// <summary>The services of one kind, by index.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>The services.</returns>
    public ImmutableArray<EstateService> ServicesOf(ServiceKind kind) => [.. Services.Where(s => s.Kind == kind)];

    /// <inheritdoc />
    public bool Equals(SubjectEstate? other)
        => other is not null
            && Subject == other.Subject
            && SubjectNumberListed == other.SubjectNumberListed
            && Sequences.Equal(Services, other.Services)
            && Sequences.Equal(PsbNumbers, other.PsbNumbers)
            && Sequences.Equal(LinkedSubjects, other.LinkedSubjects)
            && Sequences.Equal(Sources, other.Sources);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Subject, SubjectNumberListed, Sequences.Hash(Services), Sequences.Hash(PsbNumbers), Sequences.Hash(LinkedSubjects), Sequences.Hash(Sources));

    private static ImmutableArray<IndexGap> GapsIn(ImmutableArray<EstateService> services)
    {
        var gaps = ImmutableArray.CreateBuilder<IndexGap>();
        int expected = 1;
        foreach (EstateService service in services)
        {
            if (service.Index > expected)
            {
                gaps.Add(new IndexGap(expected, service.Index - 1));
            }

            expected = Math.Max(expected, service.Index + 1);
        }

        return gaps.ToImmutable();
    }
}
