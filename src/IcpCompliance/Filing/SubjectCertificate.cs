using System;
using IcpCompliance.Identity;
using OneOf;

namespace IcpCompliance.Filing;

/// <summary>
/// The certificate a subject files with: an organization's <see cref="UnifiedSocialCreditCode"/>, or an
/// individual's <see cref="IdentityDocument"/>. Consume it with <c>Match</c> or <c>Switch</c>.
/// </summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed class SubjectCertificate : OneOfBase<UnifiedSocialCreditCode, IdentityDocument>, IEquatable<SubjectCertificate>
{
    private SubjectCertificate(OneOf<UnifiedSocialCreditCode, IdentityDocument> value)
        : base(value)
    {
    }

    /// <summary>Whether this is an organization's credit code.</summary>
    public bool IsCreditCode => IsT0;

    /// <summary>Wraps an organization's credit code.</summary>
    /// <param name="code">The code.</param>
    public static implicit operator SubjectCertificate(UnifiedSocialCreditCode code) => new(code);

    /// <summary>Wraps an individual's identity document.</summary>
    /// <param name="document">The document.</param>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static implicit operator SubjectCertificate(IdentityDocument document) => FromIdentityDocument(document);

    /// <summary>Wraps an organization's credit code (the named alternative to the implicit conversion).</summary>
    /// <param name="code">The code.</param>
    /// <returns>The certificate.</returns>
    public static SubjectCertificate FromCreditCode(UnifiedSocialCreditCode code) => new(code);

    /// <summary>Wraps an individual's identity document (the named alternative to the implicit conversion).</summary>
    /// <param name="document">The document.</param>
    /// <returns>The certificate.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static SubjectCertificate FromIdentityDocument(IdentityDocument document)
        => new(Internal.Preconditions.CheckNotNull(document));

    /// <summary>The canonical text of the certificate's number.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => Match(code => code.ToString(), document => document.ToString());

    /// <inheritdoc />
    public bool Equals(SubjectCertificate? other) => other is not null && Index == other.Index && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is SubjectCertificate other && Equals(other);

    /// <summary>Whether two values hold the same number (value equality, like <see cref="Equals(SubjectCertificate?)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal, or both null.</returns>
    public static bool operator ==(SubjectCertificate? left, SubjectCertificate? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values hold different numbers.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(SubjectCertificate? left, SubjectCertificate? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Value);
}
