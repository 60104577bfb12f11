using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Identity;

/// <summary>
/// The number of a Mainland Travel Permit for Hong Kong, Macao or Taiwan residents, as filing subjects from there
/// give it: <c>H12345678</c> or <c>M12345678</c> (Hong Kong, Macao: the letter and 8 digits, older cards 10 digits),
/// <c>12345678</c> (Taiwan: 8 digits; older permits 10 letters and digits).
/// </summary>
/// <remarks>
/// <para>None of these numbers has a published check digit, so only the shape is checked (facts §5.3, from
/// third-party validators). Text starting with H or M is read as a Hong Kong or Macao permit; ten letters and
/// digits starting with another letter or a digit as an older Taiwan permit. One-off short-term Taiwan permits
/// (10 to 12 characters) are not accepted.</para>
/// <para>Lenient mode also accepts spaces, full-width characters and lower case. The default value holds no number:
/// its <see cref="Kind"/> throws and <see cref="ToString()"/> returns an empty string. Immutable; safe to use from
/// any thread.</para>
/// </remarks>
public readonly struct TravelPermitNumber : IEquatable<TravelPermitNumber>, ISpanFormattable, ISpanParsable<TravelPermitNumber>, IUtf8SpanFormattable, IParsedValue<TravelPermitNumber>
{
    private const int MaxLength = 11;

    // The characters after the H/M letter (all of them for Taiwan), base 36 (digits 0–9, letters 10–35).
    private readonly ulong _body;
    private readonly byte _length;
    private readonly TravelPermitKind _kind;

    internal TravelPermitNumber(TravelPermitKind kind, ulong body, byte length)
    {
        _kind = kind;
        _body = body;
        _length = length;
    }

    /// <summary>Whose permit this is.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public TravelPermitKind Kind => _length == 0 ? throw Preconditions.DefaultValue(nameof(TravelPermitNumber)) : _kind;

    /// <summary>Whether the number has an older card's form (10 digits after H/M; 10 characters for Taiwan)
    /// rather than the current card's 8 digits.</summary>
    public bool IsOlderForm => _length == 10;

    /// <summary>Parses a travel permit number.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is not one.</returns>
    public static ParseResult<TravelPermitNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<TravelPermitNumber>(text.AsSpan(), mode);

    /// <summary>Parses a canonical travel permit number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a canonical travel permit number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out TravelPermitNumber value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses a travel permit number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a travel permit number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out TravelPermitNumber value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a travel permit number from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<TravelPermitNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<TravelPermitNumber>(text, mode);

    /// <summary>Parses without throwing, and says why and where the text is not a travel permit number when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a travel permit number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out TravelPermitNumber value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<TravelPermitNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static TravelPermitNumber IParsable<TravelPermitNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<TravelPermitNumber>(s);

    static bool IParsable<TravelPermitNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out TravelPermitNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static TravelPermitNumber ISpanParsable<TravelPermitNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<TravelPermitNumber>(s);

    static bool ISpanParsable<TravelPermitNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out TravelPermitNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<TravelPermitNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out TravelPermitNumber value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out TravelPermitNumber value)
    {
        value = default;
        Span<char> chars = stackalloc char[MaxLength];
        Span<int> positions = stackalloc int[MaxLength];
        ParseFailure failure = IdentifierText.Collect(text, mode, chars, positions, skipSeparators: false, ParseDetail.TravelPermit, out int count);
        if (failure.IsFailure)
        {
            return failure;
        }

        for (int i = 0; i < count; i++)
        {
            if (!char.IsAsciiDigit(chars[i]) && !char.IsAsciiLetterUpper(chars[i]))
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, positions[i]);
            }
        }

        TravelPermitKind kind;
        int start;
        if (chars[0] is 'H' or 'M')
        {
            kind = chars[0] == 'H' ? TravelPermitKind.HongKong : TravelPermitKind.Macao;
            start = 1;
            for (int i = 1; i < count; i++)
            {
                if (!char.IsAsciiDigit(chars[i]))
                {
                    return new ParseFailure(ParseErrorCode.InvalidCharacter, positions[i]);
                }
            }
        }
        else
        {
            kind = TravelPermitKind.Taiwan;
            start = 0;
            bool allDigits = true;
            for (int i = 0; i < count; i++)
            {
                allDigits &= char.IsAsciiDigit(chars[i]);
            }

            if (!allDigits && count != 10)
            {
                return char.IsAsciiLetter(chars[0]) && count < 10
                    ? new ParseFailure(ParseErrorCode.WrongPrefix, positions[0], ParseDetail.TravelPermit)
                    : new ParseFailure(ParseErrorCode.WrongLength, count > 10 ? positions[10] : text.Length, ParseDetail.TravelPermit);
            }
        }

        int length = count - start;
        if (length != 8 && length != 10)
        {
            int at = length > 10 ? positions[start + 10] : length == 9 ? positions[start + 8] : text.Length;
            return new ParseFailure(ParseErrorCode.WrongLength, at, ParseDetail.TravelPermit);
        }

        ulong body = 0;
        for (int i = start; i < count; i++)
        {
            char c = chars[i];
            body = (body * 36) + (ulong)(char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10);
        }

        value = new TravelPermitNumber(kind, body, (byte)length);
        return ParseFailure.None;
    }

    /// <summary>Writes the canonical form (upper case, no spaces) into a span.</summary>
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

        int prefix = _kind == TravelPermitKind.Taiwan ? 0 : 1;
        int total = prefix + _length;
        if (destination.Length < total)
        {
            return false;
        }

        if (prefix == 1)
        {
            destination[0] = _kind == TravelPermitKind.HongKong ? 'H' : 'M';
        }

        ulong v = _body;
        for (int i = total - 1; i >= prefix; i--)
        {
            int d = (int)(v % 36);
            destination[i] = d < 10 ? (char)('0' + d) : (char)('A' + d - 10);
            v /= 36;
        }

        charsWritten = total;
        return true;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form, such as <c>H12345678</c> or <c>12345678</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, MaxLength, static (in TravelPermitNumber v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether two numbers are the same.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(TravelPermitNumber left, TravelPermitNumber right)
        => left._kind == right._kind && left._body == right._body && left._length == right._length;

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(TravelPermitNumber left, TravelPermitNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(TravelPermitNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is TravelPermitNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_kind, _body, _length);
}
