using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Identity;

/// <summary>
/// A passport number (护照号码) with its issuing country, as foreign filing subjects give it, such as <c>E12345678</c>
/// issued by <c>CHN</c>.
/// </summary>
/// <remarks>
/// <para>Passport numbers have no common format, so the check is loose: 5 to 20 ASCII letters and digits. The issuing
/// country is supplied by the caller and must be an ISO 3166-1 alpha-3 code (three ASCII letters); whether the code
/// is assigned is not checked.</para>
/// <para>Lenient mode also accepts spaces, full-width characters and lower case. The canonical form is the upper-case
/// number; <see cref="ToString()"/> writes <c>CHN E12345678</c>. The default value holds no number:
/// <see cref="ToString()"/> returns an empty string. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct PassportNumber : IEquatable<PassportNumber>, ISpanFormattable, ISpanParsable<PassportNumber>, IUtf8SpanFormattable, IParsedValue<PassportNumber>
{
    /// <summary>The fewest characters a number may have.</summary>
    public const int MinLength = 5;

    /// <summary>The most characters a number may have.</summary>
    public const int MaxLength = 20;

    // The number base 36, characters 0–9 then A–Z; 36^20 fits in 128 bits. The country's letters base 26.
    private readonly UInt128 _number;
    private readonly byte _length;
    private readonly ushort _country;

    internal PassportNumber(UInt128 number, byte length, ushort country)
    {
        _number = number;
        _length = length;
        _country = country;
    }

    /// <summary>The number alone, upper case (<c>E12345678</c>); empty for the default value.</summary>
    public string Number
    {
        get
        {
            Span<char> buffer = stackalloc char[MaxLength];
            int w = WriteNumber(buffer);
            return new string(buffer[..w]);
        }
    }

    /// <summary>The issuing country as an ISO 3166-1 alpha-3 code (<c>CHN</c>); empty for the default value.</summary>
    public string IssuingCountry
    {
        get
        {
            if (_length == 0)
            {
                return string.Empty;
            }

            Span<char> buffer = stackalloc char[3];
            WriteCountry(buffer);
            return new string(buffer);
        }
    }

    /// <summary>Parses a passport number issued by <paramref name="issuingCountry"/>.</summary>
    /// <param name="text">The number; null or empty gives an error.</param>
    /// <param name="issuingCountry">The ISO 3166-1 alpha-3 code of the issuing country (<c>CHN</c>, <c>USA</c>);
    /// anything else gives <see cref="ParseErrorCode.BadCountryCode"/> (lower case is accepted in lenient
    /// mode).</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is not one (positions refer to
    /// <paramref name="text"/>; a bad country is reported at position 0).</returns>
    public static ParseResult<PassportNumber> Parse(string? text, string? issuingCountry, ParseMode mode = ParseMode.Strict)
    {
        ParseFailure failure = Read(text.AsSpan(), issuingCountry.AsSpan(), mode, out PassportNumber value);
        return ParseResult<PassportNumber>.From(failure, value);
    }

    /// <summary>Parses the canonical form, the country code, a space and the number (<c>CHN E12345678</c>), as
    /// <see cref="ToString()"/> writes it.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it: lenient mode also accepts lower case, full-width characters and
    /// more whitespace.</param>
    /// <returns>The number, or why and where the text is not one.</returns>
    public static ParseResult<PassportNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<PassportNumber>(text.AsSpan(), mode);

    /// <summary>Parses the canonical form (<c>CHN E12345678</c>) without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a country code and a passport number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out PassportNumber value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a passport number without allocating.</summary>
    /// <param name="text">The number.</param>
    /// <param name="issuingCountry">The ISO 3166-1 alpha-3 code of the issuing country.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a passport number and the country a three-letter code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<char> issuingCountry, ParseMode mode, out PassportNumber value)
        => !Read(text, issuingCountry, mode, out value).IsFailure;

    /// <summary>Parses a passport number issued by <paramref name="issuingCountry"/>, from spans.</summary>
    /// <param name="text">The number; empty gives an error.</param>
    /// <param name="issuingCountry">The ISO 3166-1 alpha-3 code of the issuing country.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is not one (positions refer to <paramref name="text"/>; a bad
    /// country is reported at position 0).</returns>
    public static ParseResult<PassportNumber> Parse(ReadOnlySpan<char> text, ReadOnlySpan<char> issuingCountry, ParseMode mode = ParseMode.Strict)
    {
        ParseFailure failure = Read(text, issuingCountry, mode, out PassportNumber value);
        return ParseResult<PassportNumber>.From(failure, value);
    }

    /// <summary>Parses a passport number issued by <paramref name="issuingCountry"/> (strict mode) without
    /// throwing.</summary>
    /// <param name="text">The number.</param>
    /// <param name="issuingCountry">The ISO 3166-1 alpha-3 code of the issuing country.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a passport number and the country a three-letter code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<char> issuingCountry, out PassportNumber value)
        => !Read(text, issuingCountry, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses a passport number issued by <paramref name="issuingCountry"/> without throwing, and says why
    /// and where it is not one when it is not.</summary>
    /// <param name="text">The number.</param>
    /// <param name="issuingCountry">The ISO 3166-1 alpha-3 code of the issuing country.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <param name="error">Why and where the text is not one (a bad country at position 0); null when it is.</param>
    /// <returns>Whether the text is a passport number and the country a three-letter code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ReadOnlySpan<char> issuingCountry, ParseMode mode, out PassportNumber value, [NotNullWhen(false)] out ParseError? error)
    {
        ParseFailure failure = Read(text, issuingCountry, mode, out value);
        error = failure.IsFailure ? failure.ToError() : null;
        return error is null;
    }

    /// <summary>Parses a passport number (country code, a space, the number) from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<PassportNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<PassportNumber>(text, mode);

    /// <summary>Parses the canonical form (strict mode) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <returns>Whether the text is the canonical form of a passport number (country code, a space, the number).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PassportNumber value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses without throwing, and says why and where the text is not a passport number (country code, a space, the number) when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a passport number (country code, a space, the number).</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out PassportNumber value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<PassportNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static PassportNumber IParsable<PassportNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<PassportNumber>(s);

    static bool IParsable<PassportNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PassportNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static PassportNumber ISpanParsable<PassportNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<PassportNumber>(s);

    static bool ISpanParsable<PassportNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out PassportNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<PassportNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out PassportNumber value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out PassportNumber value)
    {
        value = default;
        int start = 0;
        if (mode == ParseMode.Lenient)
        {
            while (start < text.Length && TextCursor.IsSpace(text[start]))
            {
                start++;
            }
        }

        if (start == text.Length)
        {
            return new ParseFailure(ParseErrorCode.Empty, 0);
        }

        int space = start;
        while (space < text.Length && !TextCursor.IsSpace(text[space]))
        {
            space++;
        }

        if (space - start != 3 || space == text.Length)
        {
            return new ParseFailure(ParseErrorCode.BadCountryCode, start);
        }

        int numberStart = space + 1;
        ParseFailure failure = Read(text[numberStart..], text[start..space], mode, out value);
        return failure.Code switch
        {
            0 => failure,
            ParseErrorCode.BadCountryCode => failure with { Position = start },
            _ => failure with { Position = failure.Position + numberStart },
        };
    }

    internal static ParseFailure Read(ReadOnlySpan<char> text, ReadOnlySpan<char> issuingCountry, ParseMode mode, out PassportNumber value)
    {
        value = default;
        ushort country = 0;
        bool lenient = mode == ParseMode.Lenient;
        if (lenient)
        {
            issuingCountry = issuingCountry.Trim();
        }

        if (issuingCountry.Length != 3)
        {
            return new ParseFailure(ParseErrorCode.BadCountryCode, 0);
        }

        foreach (char raw in issuingCountry)
        {
            char c = lenient ? TextCursor.Fold(raw) : raw;
            if (!char.IsAsciiLetterUpper(c))
            {
                return new ParseFailure(ParseErrorCode.BadCountryCode, 0);
            }

            country = (ushort)((country * 26) + (c - 'A'));
        }

        Span<char> chars = stackalloc char[MaxLength];
        Span<int> positions = stackalloc int[MaxLength];
        ParseFailure failure = IdentifierText.Collect(text, mode, chars, positions, skipSeparators: false, ParseDetail.Passport, out int count);
        if (failure.IsFailure)
        {
            return failure;
        }

        UInt128 number = 0;
        for (int i = 0; i < count; i++)
        {
            char c = chars[i];
            if (!char.IsAsciiDigit(c) && !char.IsAsciiLetterUpper(c))
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, positions[i]);
            }

            number = (number * 36) + (uint)(char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10);
        }

        if (count < MinLength)
        {
            return new ParseFailure(ParseErrorCode.WrongLength, text.Length, ParseDetail.Passport);
        }

        value = new PassportNumber(number, (byte)count, country);
        return ParseFailure.None;
    }

    private int WriteNumber(Span<char> destination)
    {
        UInt128 v = _number;
        for (int i = _length - 1; i >= 0; i--)
        {
            int d = (int)(v % 36);
            destination[i] = d < 10 ? (char)('0' + d) : (char)('A' + d - 10);
            v /= 36;
        }

        return _length;
    }

    private void WriteCountry(Span<char> destination)
    {
        int v = _country;
        for (int i = 2; i >= 0; i--)
        {
            destination[i] = (char)('A' + (v % 26));
            v /= 26;
        }
    }

    /// <summary>Writes the canonical form, the country code, a space and the number (<c>CHN E12345678</c>), into a
    /// span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (_length == 0)
        {
            return true;
        }

        if (destination.Length < 4 + _length)
        {
            return false;
        }

        WriteCountry(destination);
        destination[3] = ' ';
        charsWritten = 4 + WriteNumber(destination[4..]);
        return true;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form: the country code, a space and the number, such as <c>CHN E12345678</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, MaxLength + 4, static (in PassportNumber v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether two passport numbers are the same number from the same country.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PassportNumber left, PassportNumber right)
        => left._number == right._number && left._length == right._length && left._country == right._country;

    /// <summary>Whether two passport numbers differ.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PassportNumber left, PassportNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(PassportNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PassportNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_number, _length, _country);
}
