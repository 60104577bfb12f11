using IcpCompliance.Internal;

namespace IcpCompliance.Deadlines;

/// <summary>
/// One time limit of the filing process as data: what it is, how long (the expected and the latest where the
/// source gives a range), where the fact comes from, and whether a primary source confirms it.
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
    /// <param name="confirmed">Whether a primary or first-party source confirms it (false: a secondary source or an
    /// unconfirmed figure; treat as an estimate).</param>
    /// <exception cref="System.ArgumentNullException">A text is null.</exception>
    /// <exception cref="System.ArgumentException"><paramref name="expected"/> is in another unit than
    /// <paramref name="latest"/> or longer than it.</exception>
    public DeadlineRule(string id, string title, string titleChinese, DeadlineSpan latest, DeadlineSpan? expected, string source, bool confirmed)
    {
        Id = Preconditions.CheckNotNull(id);
        Title = Preconditions.CheckNotNull(title);
        TitleChinese = Preconditions.CheckNotNull(titleChinese);
        Source = Preconditions.CheckNotNull(source);
        Preconditions.CheckArgument(
            expected is null || (expected.Value.Unit == latest.Unit && expected.Value.Amount <= latest.Amount),
            "The expected time must be in the latest time's unit and no longer than it.",
            nameof(expected));
        Latest = latest;
        Expected = expected;
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

    /// <summary>The usual time where the source gives a range, or null.</summary>
    public DeadlineSpan? Expected { get; init; }

    /// <summary>Where the fact comes from.</summary>
    public string Source { get; init; }

    /// <summary>Whether a primary or first-party source confirms the figure.</summary>
    public bool Confirmed { get; init; }
}
