using NodaTime;

namespace IcpCompliance.Internal;

/// <summary>
/// The instants the library computes with: 2000-01-01T00:00Z up to, not including, 2100-01-01T00:00Z. Nothing was
/// filed before 2000, the deadlines, the SMS step and the calendar add at most a few years to an event, and a time
/// far outside the century is a typing or a forging error. Refusing such instants where they enter (an event's
/// constructor, the JSON readers, a launch date) keeps every later computation inside what NodaTime can represent,
/// so nothing downstream overflows (issue #26: events at 9999-12-31 overflowed in a workflow guard).
/// </summary>
internal static class SupportedTime
{
    /// <summary>The first instant accepted.</summary>
    internal static readonly Instant Earliest = Instant.FromUtc(2000, 1, 1, 0, 0);

    /// <summary>The first instant no longer accepted.</summary>
    internal static readonly Instant End = Instant.FromUtc(2100, 1, 1, 0, 0);

    /// <summary>The first date accepted as a launch or working date.</summary>
    internal static readonly LocalDate FirstDate = new(2000, 1, 1);

    /// <summary>The last date accepted as a launch or working date.</summary>
    internal static readonly LocalDate LastDate = new(2099, 12, 31);

    /// <summary>The range in words, for messages.</summary>
    internal const string Range = "between 2000-01-01T00:00:00Z and 2099-12-31T23:59:59Z";

    /// <summary>The range in Chinese, for messages.</summary>
    internal const string RangeChinese = "须在 2000-01-01 至 2099-12-31 之间";

    internal static bool Contains(Instant instant) => instant >= Earliest && instant < End;

    internal static bool Contains(LocalDate date) => date >= FirstDate && date <= LastDate;

    internal static System.ArgumentOutOfRangeException OutOfRange(string paramName, object value)
        => new(paramName, value, "The library computes with instants and dates " + Range + " only.");
}
