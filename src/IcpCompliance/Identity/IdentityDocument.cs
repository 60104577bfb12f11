using System;
using OneOf;

namespace IcpCompliance.Identity;

/// <summary>
/// The identity document of a person in a filing (证件): a <see cref="ResidentIdNumber"/> (which also numbers the
/// residence permits of Hong Kong, Macao and Taiwan residents), a <see cref="TravelPermitNumber"/> or a
/// <see cref="PassportNumber"/>. Consume it with <c>Match</c> or <c>Switch</c>.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed class IdentityDocument : OneOfBase<ResidentIdNumber, TravelPermitNumber, PassportNumber>, IEquatable<IdentityDocument>
{
    private IdentityDocument(OneOf<ResidentIdNumber, TravelPermitNumber, PassportNumber> value)
        : base(value)
    {
    }

    /// <summary>Which document this is; a resident ID number with region code 81, 82 or 83 is a
    /// <see cref="IdentityDocumentKind.ResidencePermit"/>.</summary>
    public IdentityDocumentKind Kind => Match(
        id => id.IsResidencePermit ? IdentityDocumentKind.ResidencePermit : IdentityDocumentKind.ResidentIdCard,
        _ => IdentityDocumentKind.TravelPermit,
        _ => IdentityDocumentKind.Passport);

    /// <summary>Wraps a resident ID or residence permit number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator IdentityDocument(ResidentIdNumber number) => new(number);

    /// <summary>Wraps a travel permit number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator IdentityDocument(TravelPermitNumber number) => new(number);

    /// <summary>Wraps a passport number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator IdentityDocument(PassportNumber number) => new(number);

    /// <summary>Wraps a resident ID or residence permit number (the named alternative to the implicit
    /// conversion).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The document.</returns>
    public static IdentityDocument FromResidentIdNumber(ResidentIdNumber number) => new(number);

    /// <summary>Wraps a travel permit number (the named alternative to the implicit conversion).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The document.</returns>
    public static IdentityDocument FromTravelPermitNumber(TravelPermitNumber number) => new(number);

    /// <summary>Wraps a passport number (the named alternative to the implicit conversion).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The document.</returns>
    public static IdentityDocument FromPassportNumber(PassportNumber number) => new(number);

    /// <summary>The canonical text of the number held.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => Match(i => i.ToString(), t => t.ToString(), p => p.ToString());

    /// <inheritdoc />
    public bool Equals(IdentityDocument? other) => other is not null && Index == other.Index && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is IdentityDocument other && Equals(other);

    /// <summary>Whether two values hold the same number (value equality, like <see cref="Equals(IdentityDocument?)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal, or both null.</returns>
    public static bool operator ==(IdentityDocument? left, IdentityDocument? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values hold different numbers.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(IdentityDocument? left, IdentityDocument? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Value);
}
