using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Deadlines;

/// <summary>A fixed date set by a regulator or platform, such as the start of mandatory App filing.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record RegulatoryDate
{
    /// <summary>Creates a dated rule.</summary>
    /// <param name="id">A stable identifier, such as <c>app-filing-existing-deadline</c>.</param>
    /// <param name="date">The date, in Asia/Shanghai.</param>
    /// <param name="title">What happens on or by that date, in English.</param>
    /// <param name="titleChinese">The same in Simplified Chinese.</param>
    /// <param name="source">Where the fact comes from.</param>
    /// <param name="confirmed">Whether a primary or first-party source confirms it.</param>
    /// <exception cref="System.ArgumentNullException">A text is null.</exception>
    public RegulatoryDate(string id, LocalDate date, string title, string titleChinese, string source, bool confirmed)
    {
        Id = Preconditions.CheckNotNull(id);
        Date = date;
        Title = Preconditions.CheckNotNull(title);
        TitleChinese = Preconditions.CheckNotNull(titleChinese);
        Source = Preconditions.CheckNotNull(source);
        Confirmed = confirmed;
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; init; }

    /// <summary>The date, in Asia/Shanghai.</summary>
    public LocalDate Date { get; init; }

    /// <summary>What happens on or by the date, in English.</summary>
    public string Title { get; init; }

    /// <summary>What happens on or by the date, in Simplified Chinese.</summary>
    public string TitleChinese { get; init; }

    /// <summary>Where the fact comes from.</summary>
    public string Source { get; init; }

    /// <summary>Whether a primary or first-party source confirms it.</summary>
    public bool Confirmed { get; init; }
}
