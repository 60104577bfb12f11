using IcpCompliance.Internal;

namespace IcpCompliance.Deadlines;

/// <summary>
/// One time limit of the filing process as data: what it is, how long (the shortest, the usual and the latest where
/// the source gives a range), where the fact comes from, and whether a source states it outright.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Replace an entry in a <see cref="DeadlinePolicy"/> to apply a
/// provider's own figures.</remarks>
public sealed record DeadlineRule
{
    /// <summary>Creates a rule.</summary>
    /// <param name="id">A stable identifier, such as <c>sms-code-validity</c>.</param>
    /// <param name="title">What the limit is, in English.</param>
    /// <param name="titleChinese">What the limit is, in Simplified Chinese.</param>
    /// <param name="latest">The limit: the latest the step may take or be done.</param>
    /// <param name="expected">The usual time where the source gives a range, or null.</param>
    /// <param name="source">Where the fact comes from.</param>
    /// <param name="confirmed">Whether a source states it outright (false: a secondary source, a figure derived or
    /// applied beyond what the source says; treat as an estimate).</param>
    /// <param name="shortest">The shortest time where the source gives a range (the bureau's review: 1 to 20 working
    /// days), or null.</param>
    /// <exception cref="System.ArgumentNullException">A text is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="expected"/> or <paramref name="shortest"/> is in
    /// another unit than <paramref name="latest"/>, or they are out of order (shortest, expected, latest).</exception>
    public DeadlineRule(string id, string title, string titleChinese, DeadlineSpan latest, DeadlineSpan? expected, string source, bool confirmed, DeadlineSpan? shortest = null)
    {
        Id = Preconditions.CheckNotNull(id);
        Title = Preconditions.CheckNotNull(title);
        TitleChinese = Preconditions.CheckNotNull(titleChinese);
        Source = Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(
            expected is null || (expected.Value.Unit == latest.Unit && expected.Value.Amount <= latest.Amount),
            "The expected time must be in the latest time's unit and no longer than it.",
            nameof(expected));
        Preconditions.CheckArgument(
            shortest is null || (shortest.Value.Unit == latest.Unit && shortest.Value.Amount <= (expected ?? latest).Amount),
            "The shortest time must be in the latest time's unit and no longer than the expected and the latest.",
            nameof(shortest));
        Latest = latest;
        Expected = expected;
        Shortest = shortest;
        Confirmed = confirmed;
    }

    /// <summary>The stable identifier.</summary>
    public string Id { get; init; }

    /// <summary>What the limit is, in English.</summary>
    public string Title { get; init; }

    /// <summary>What the limit is, in Simplified Chinese.</summary>
    public string TitleChinese { get; init; }

    /// <summary>The limit.</summary>
    public DeadlineSpan Latest { get; init; }

    /// <summary>The usual time where the source gives one, or null.</summary>
    public DeadlineSpan? Expected { get; init; }

    /// <summary>The shortest time where the source gives a range, or null.</summary>
    public DeadlineSpan? Shortest { get; init; }

    /// <summary>Where the fact comes from.</summary>
    public string Source { get; init; }

    /// <summary>Whether a source states the figure outright.</summary>
    public bool Confirmed { get; init; }
}
