using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;

namespace IcpCompliance.Subjects;

/// <summary>
/// A record (a page, a line) that shows numbers of two or more different subjects of the same form: two subject
/// numbers in the <c>ICP备</c> form, or two licenses. On a page this is usually a template copied from another site
/// with its numbers; a license shown beside the holder's <c>ICP备</c> number is not mixed
/// (<see cref="SubjectEstate.LinkedSubjects"/>).
/// </summary>
/// <param name="Source">The record's source.</param>
/// <param name="Subjects">The subjects it shows, in order of first appearance.</param>
/// <remarks>Immutable; safe to use from any thread. Two values are equal when their sources and the contents of
/// their lists are equal.</remarks>
public sealed record MixedSubjectRecord(string Source, ImmutableArray<SubjectNumber> Subjects)
{
    /// <summary>The subjects it shows, in order of first appearance; never default.</summary>
    public ImmutableArray<SubjectNumber> Subjects { get; init => field = Sequences.OrEmpty(value); } = Sequences.OrEmpty(Subjects);

    /// <inheritdoc />
    public bool Equals(MixedSubjectRecord? other)
        => other is not null && string.Equals(Source, other.Source, StringComparison.Ordinal) && Sequences.Equal(Subjects, other.Subjects);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Source, Sequences.Hash(Subjects));
}
