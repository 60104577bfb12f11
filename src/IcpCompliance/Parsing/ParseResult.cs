using System;
using System.Diagnostics.CodeAnalysis;
using OneOf;

namespace IcpCompliance.Parsing;

/// <summary>
/// What a parser returns: the value, or the <see cref="ParseError"/> saying why and where the text is not one.
/// Ask <see cref="Success"/>, then read <see cref="Value"/> or <see cref="Error"/>; or use
/// <see cref="TryGetValue(out T)"/>, or <c>Match</c>/<c>Switch</c> so that the error case cannot be forgotten.
/// </summary>
/// <typeparam name="T">The parsed type.</typeparam>
/// <remarks>
/// <para>Reading <see cref="Value"/> of a failed result throws a <see cref="ParseException"/> that carries the error;
/// prefer it to the inherited <c>AsT0</c>, whose <see cref="InvalidOperationException"/> drops the error.</para>
/// <para>Two results are equal when both hold equal values or equal errors. Immutable; safe to use from any
/// thread.</para>
/// </remarks>
public sealed class ParseResult<T> : OneOfBase<T, ParseError>
    where T : notnull
{
    private ParseResult(OneOf<T, ParseError> value)
        : base(value)
    {
    }

    /// <summary>Whether the text parsed; <see cref="Value"/> then holds the value, otherwise <see cref="Error"/>
    /// says why not.</summary>
    public bool Success => IsT0;

    /// <summary>The parsed value.</summary>
    /// <exception cref="ParseException">The text did not parse; the exception's
    /// <see cref="ParseException.Error"/> says why and where.</exception>
    [SuppressMessage("Design", "CA1065:Do not raise exceptions in unexpected locations", Justification = "Reading the value of a failed parse is the caller's mistake, reported with the parse error, as NodaTime's ParseResult.Value does.")]
    public new T Value => IsT0 ? AsT0 : throw new ParseException(AsT1, typeof(T).Name);

    /// <summary>Why and where the text did not parse.</summary>
    /// <exception cref="InvalidOperationException">The text parsed: there is no error.</exception>
    public ParseError Error => IsT1
        ? AsT1
        : throw new InvalidOperationException($"The text parsed as a {typeof(T).Name}: there is no error; check Success first.");

    /// <summary>Creates a successful result (for parsers built on this library).</summary>
    /// <param name="value">The parsed value.</param>
    /// <returns>A result holding <paramref name="value"/>.</returns>
    public static ParseResult<T> ForValue(T value) => new(value);

    /// <summary>Creates a failed result (for parsers built on this library).</summary>
    /// <param name="error">Why and where the text is not a value.</param>
    /// <returns>A result holding <paramref name="error"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public static ParseResult<T> ForError(ParseError error) => new(Internal.Preconditions.CheckNotNull(error));

    /// <summary>The parsed value, or an exception carrying the error.</summary>
    /// <returns>The value.</returns>
    /// <exception cref="ParseException">The text did not parse; the exception's <see cref="ParseException.Error"/>
    /// says why and where.</exception>
    public T GetValueOrThrow() => Value;

    /// <summary>Gets the value when the text parsed.</summary>
    /// <param name="value">The value, or the type's default when the text did not parse.</param>
    /// <returns>Whether the text parsed.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value)
    {
        value = IsT0 ? AsT0 : default;
        return IsT0;
    }

    /// <summary>Gets the value when the text parsed, and the error when it did not.</summary>
    /// <param name="value">The value, or the type's default when the text did not parse.</param>
    /// <param name="error">Why and where the text did not parse, or null when it did.</param>
    /// <returns>Whether the text parsed.</returns>
    public bool TryGetValue([MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out ParseError? error)
    {
        value = IsT0 ? AsT0 : default;
        error = IsT1 ? AsT1 : null;
        return IsT0;
    }

    /// <summary>The value's text when the text parsed (<c>京ICP备12345678号-1</c>), otherwise the type and the error
    /// (<c>IcpFilingNumber not parsed: WrongKindMarker at position 1: …</c>).</summary>
    /// <returns>A one-line description.</returns>
    public override string ToString() => IsT0
        ? AsT0.ToString() ?? string.Empty
        : $"{typeof(T).Name} not parsed: {AsT1}";

    // The one way the library's parsers turn their allocation-free failure into a result.
    internal static ParseResult<T> From(ParseFailure failure, T value)
        => failure.IsFailure ? new(failure.ToError()) : new(value);
}
