using System.Collections.Immutable;

namespace IcpCompliance.Regions;

/// <summary>The outcome of checking a resident ID number's region code against a division table.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
/// <param name="Code">The six-digit region code checked.</param>
/// <param name="BirthYear">The holder's birth year from the number.</param>
/// <param name="Status">Valid, unknown code, or abolished before the birth year.</param>
/// <param name="Entries">The table's entries for the code that fit the rule (in force in or after the birth year);
/// for <see cref="DivisionStatus.AbolishedBeforeBirth"/>, every entry of the code, so the caller can say when it ended.</param>
public sealed record DivisionCheck(int Code, int BirthYear, DivisionStatus Status, ImmutableArray<AdministrativeDivision> Entries)
{
    /// <summary>The entry whose name the number most likely carried when it was issued: the first that was in force
    /// in or after the birth year; null when there is none.</summary>
    public AdministrativeDivision? Division => Status == DivisionStatus.Valid && !Entries.IsEmpty ? Entries[0] : null;
}
