using IcpCompliance.Internal;

namespace IcpCompliance.Rules;

/// <summary>One requirement of a province's bureau with where it comes from and whether the source is firm.</summary>
/// <typeparam name="T">The requirement's value: a flag, a number, a policy.</typeparam>
/// <remarks>Immutable; safe to use from any thread. Unconfirmed facts come from third-party checklists, dated
/// provider notes or a general rule applied to a province without a source of its own: findings based on them say
/// so, and a provider replaces them through <see cref="ProvinceRequirements.With"/>.</remarks>
public sealed record ProvinceFact<T>
{
    /// <summary>Creates a fact.</summary>
    /// <param name="value">The requirement.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="confirmed">Whether the source is firm (a bureau's notice or a hosting provider's documentation of
    /// the bureau's rule) rather than third-party, dated or inferred.</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="source"/> is null.</exception>
    public ProvinceFact(T value, string source, bool confirmed)
    {
        Value = value;
        Source = Preconditions.CheckNotNull(source);
        Confirmed = confirmed;
    }

    /// <summary>The requirement.</summary>
    public T Value { get; init; }

    /// <summary>Where it comes from.</summary>
    public string Source { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Whether the source is firm; false marks the fact as unverified.</summary>
    public bool Confirmed { get; init; }
}
