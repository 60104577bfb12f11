using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using OneOf;

namespace IcpCompliance.Numbers;

/// <summary>
/// Any of the three numbers a site shows: an <see cref="IcpFilingNumber"/>, an <see cref="IcpLicenseNumber"/> or a
/// <see cref="PsbFilingNumber"/>, recognized from its text. Consume it with <c>Match</c> or <c>Switch</c>.
/// </summary>
/// <remarks>A license number followed by a service index (<c>京ICP证030173号-1</c>) is the filing number of a service
/// under that license, so it is an <see cref="IcpFilingNumber"/>. Immutable; safe to use from any thread.</remarks>
public sealed class FilingNumber : OneOfBase<IcpFilingNumber, IcpLicenseNumber, PsbFilingNumber>, IEquatable<FilingNumber>, ISpanParsable<FilingNumber>, IUtf8SpanFormattable, IParsedValue<FilingNumber>, ISpanFormattable
{
    private FilingNumber(OneOf<IcpFilingNumber, IcpLicenseNumber, PsbFilingNumber> value)
        : base(value)
    {
    }

    /// <summary>Which kind of number this is.</summary>
    public FilingNumberKind Kind => (FilingNumberKind)(Index + 1);

    /// <summary>The region that issued the number.</summary>
    public Province Province => Match(f => f.Province, l => l.Province, p => p.Province);

    /// <summary>Wraps an ICP filing number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator FilingNumber(IcpFilingNumber number) => new(number);

    /// <summary>Wraps a license number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator FilingNumber(IcpLicenseNumber number) => new(number);

    /// <summary>Wraps a PSB filing number.</summary>
    /// <param name="number">The number.</param>
    public static implicit operator FilingNumber(PsbFilingNumber number) => new(number);

    /// <summary>Wraps an ICP filing number (the named alternative to the implicit conversion).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The wrapped number.</returns>
    public static FilingNumber FromIcpFilingNumber(IcpFilingNumber number) => new(number);

    /// <summary>Wraps a license number (the named alternative to the implicit conversion).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The wrapped number.</returns>
    public static FilingNumber FromIcpLicenseNumber(IcpLicenseNumber number) => new(number);

    /// <summary>Wraps a PSB filing number (the named alternative to the implicit conversion).</summary>
    /// <param name="number">The number.</param>
    /// <returns>The wrapped number.</returns>
    public static FilingNumber FromPsbFilingNumber(PsbFilingNumber number) => new(number);

    /// <summary>Recognizes and parses any of the three numbers.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is none of the three.</returns>
    public static ParseResult<FilingNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<FilingNumber>(text.AsSpan(), mode);

    /// <summary>Recognizes and parses any of the three numbers.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is one of the three numbers.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, [NotNullWhen(true)] out FilingNumber? value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a number (ICP filing, license or PSB) from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<FilingNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<FilingNumber>(text, mode);

    /// <summary>Parses the canonical form (strict mode) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <returns>Whether the text is the canonical form of a number (ICP filing, license or PSB).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, [NotNullWhen(true)] out FilingNumber? value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses without throwing, and says why and where the text is not a number (ICP filing, license or PSB) when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a number (ICP filing, license or PSB).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, [NotNullWhen(true)] out FilingNumber? value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<FilingNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static FilingNumber IParsable<FilingNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<FilingNumber>(s);

    static bool IParsable<FilingNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out FilingNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static FilingNumber ISpanParsable<FilingNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<FilingNumber>(s);

    static bool ISpanParsable<FilingNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out FilingNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<FilingNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out FilingNumber? value) => Read(text, mode, out value);

    private static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out FilingNumber? value)
    {
        value = null;
        if (LooksLikePsb(text, mode))
        {
            ParseFailure psbFailure = PsbFilingNumber.Read(text, mode, out PsbFilingNumber psb);
            if (!psbFailure.IsFailure)
            {
                value = psb;
            }

            return psbFailure;
        }

        var cursor = new TextCursor(text, mode);
        ParseFailure failure = IcpNumberReader.Read(ref cursor, ParseDetail.AnyFilingNumber, out IcpNumberParts parts);
        if (failure.IsFailure)
        {
            return failure;
        }

        if (parts.LicenseForm != 0 && parts.ServiceIndex == 0)
        {
            failure = IcpLicenseNumber.FromParts(parts, out IcpLicenseNumber license);
            value = license;
            return failure;
        }

        failure = IcpFilingNumber.FromParts(parts, out IcpFilingNumber filing);
        value = filing;
        return failure;
    }

    // The marker decides the grammar: after the label, the province character and any spaces, 公网安备 starts a PSB
    // number and anything else is read by the ICP grammar (whose errors then name the expected markers).
    private static bool LooksLikePsb(ReadOnlySpan<char> text, ParseMode mode)
    {
        var cursor = new TextCursor(text, mode);
        cursor.SkipLeadingLabel();
        if (cursor.AtEnd || !Province.TryFromCharacter(cursor.PeekRaw(), out _))
        {
            return false;
        }

        cursor.Advance();
        cursor.SkipSpaces();
        return cursor.StartsWith(NumberMarkers.Psb);
    }

    /// <summary>Whether <paramref name="other"/> holds the same record, whichever of the province's characters each
    /// is written with.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether both name the same record.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="other"/> is null.</exception>
    public bool IsSameRecordAs(FilingNumber other)
    {
        Internal.Preconditions.CheckNotNull(other);
        return Kind == other.Kind && Match(
            f => f.IsSameRecordAs(other.AsT0),
            l => l.IsSameRecordAs(other.AsT1),
            p => p.IsSameRecordAs(other.AsT2));
    }

    /// <summary>Writes the canonical text of the number held into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten) => Index switch
    {
        0 => AsT0.TryFormat(destination, out charsWritten),
        1 => AsT1.TryFormat(destination, out charsWritten),
        _ => AsT2.TryFormat(destination, out charsWritten),
    };

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>The canonical text of the number held.</summary>
    /// <returns>The canonical text.</returns>
    public override string ToString() => Match(f => f.ToString(), l => l.ToString(), p => p.ToString());

    /// <inheritdoc />
    public bool Equals(FilingNumber? other) => other is not null && Index == other.Index && Value.Equals(other.Value);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is FilingNumber other && Equals(other);

    /// <summary>Whether two values hold the same number (value equality, like <see cref="Equals(FilingNumber?)"/>).</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when equal, or both null.</returns>
    public static bool operator ==(FilingNumber? left, FilingNumber? right) => left is null ? right is null : left.Equals(right);

    /// <summary>Whether two values hold different numbers.</summary>
    /// <param name="left">The first value.</param>
    /// <param name="right">The second value.</param>
    /// <returns>True when not equal.</returns>
    public static bool operator !=(FilingNumber? left, FilingNumber? right) => !(left == right);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Index, Value);
}
