namespace IcpCompliance.Subjects;

/// <summary>
/// Places in a subject's service sequence that no number given holds, below the highest one given: services that
/// were canceled, or that exist but were not among the numbers (a subject with sites 1, 2 and 5 has a gap 3–4).
/// </summary>
/// <param name="First">The first index missing.</param>
/// <param name="Last">The last index missing (equal to <paramref name="First"/> for a single place).</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public readonly record struct IndexGap(int First, int Last)
{
    /// <summary>How many places are missing.</summary>
    public int Count => Last - First + 1;

    /// <summary><c>3</c> or <c>3–4</c>.</summary>
    /// <returns>The range.</returns>
    public override string ToString()
        => First == Last
            ? First.ToString(System.Globalization.CultureInfo.InvariantCulture)
            : string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{First}–{Last}");
}
