using System.Globalization;
using IcpCompliance.Internal;

namespace IcpCompliance.Deadlines;

/// <summary>An amount of time in one unit: 24 hours, 30 calendar days, 20 working days.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public readonly record struct DeadlineSpan
{
    /// <summary>Creates a span.</summary>
    /// <param name="amount">How many units, 0 or more.</param>
    /// <param name="unit">The unit.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="amount"/> is negative or
    /// <paramref name="unit"/> undefined.</exception>
    public DeadlineSpan(int amount, DeadlineUnit unit)
    {
        Preconditions.CheckArgumentRange(amount, 0, 100_000);
        Preconditions.CheckEnumDefined(unit);
        Amount = amount;
        Unit = unit;
    }

    /// <summary>How many units.</summary>
    public int Amount { get; }

    /// <summary>The unit.</summary>
    public DeadlineUnit Unit { get; }

    /// <summary>A span of hours.</summary>
    /// <param name="amount">How many hours.</param>
    /// <returns>The span.</returns>
    public static DeadlineSpan Hours(int amount) => new(amount, DeadlineUnit.Hours);

    /// <summary>A span of calendar days.</summary>
    /// <param name="amount">How many days.</param>
    /// <returns>The span.</returns>
    public static DeadlineSpan CalendarDays(int amount) => new(amount, DeadlineUnit.CalendarDays);

    /// <summary>A span of working days.</summary>
    /// <param name="amount">How many working days.</param>
    /// <returns>The span.</returns>
    public static DeadlineSpan WorkingDays(int amount) => new(amount, DeadlineUnit.WorkingDays);

    /// <summary>The span in words, such as <c>20 working days</c>.</summary>
    /// <returns>A display string.</returns>
    public override string ToString() => Amount.ToString(CultureInfo.InvariantCulture) + Unit switch
    {
        DeadlineUnit.Hours => Amount == 1 ? " hour" : " hours",
        DeadlineUnit.CalendarDays => Amount == 1 ? " calendar day" : " calendar days",
        _ => Amount == 1 ? " working day" : " working days",
    };
}
