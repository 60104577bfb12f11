using System.Collections.Immutable;
using NodaTime;

namespace IcpCompliance.Calendar;

/// <summary>The years whose holiday arrangements a calendar knows. Outside them its answers are estimates.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed class CalendarCoverage
{
    internal CalendarCoverage(ImmutableArray<int> years) => Years = years;

    /// <summary>The covered years, ascending.</summary>
    public ImmutableArray<int> Years { get; }

    /// <summary>The first covered year, or null when none is.</summary>
    public int? FirstYear => Years.IsEmpty ? null : Years[0];

    /// <summary>The last covered year, or null when none is.</summary>
    public int? LastYear => Years.IsEmpty ? null : Years[^1];

    /// <summary>Whether the year's arrangements are known.</summary>
    /// <param name="year">The year.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(int year) => Years.BinarySearch(year) >= 0;

    /// <summary>Whether the date's year is covered.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Whether it is covered.</returns>
    public bool Covers(LocalDate date) => Covers(date.Year);

    /// <summary>Whether every year from one date's to the other's is covered, so an answer spanning them is exact
    /// rather than an estimate.</summary>
    /// <param name="first">One date.</param>
    /// <param name="second">The other date (either order).</param>
    /// <returns>Whether the whole span is covered.</returns>
    public bool Covers(LocalDate first, LocalDate second)
    {
        int from = first.Year < second.Year ? first.Year : second.Year;
        int to = first.Year < second.Year ? second.Year : first.Year;
        for (int year = from; year <= to; year++)
        {
            if (!Covers(year))
            {
                return false;
            }
        }

        return true;
    }
}
