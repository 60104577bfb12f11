using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Identity;

/// <summary>
/// A Mainland China mobile number (手机号码), such as <c>13812345678</c>: 11 digits starting with 13 to 19.
/// </summary>
/// <remarks>
/// <para>The check is the loose rule <c>1[3-9]</c> and nine digits (facts §5.4): segments are assigned over time,
/// so no segment list, carrier or province is derived.</para>
/// <para>Lenient mode also accepts the country code (<c>+86</c>, <c>0086</c>, <c>86</c> before the 11 digits),
/// spaces, dashes, dots, brackets and full-width digits; the canonical form is the 11 digits alone.</para>
/// <para>The default value holds no number: <see cref="ToString()"/> returns an empty string. Immutable; safe to use
/// from any thread.</para>
/// </remarks>
public readonly struct MobileNumber : IEquatable<MobileNumber>, ISpanFormattable, ISpanParsable<MobileNumber>, IUtf8SpanFormattable, IParsedValue<MobileNumber>
{
    /// <summary>The number of digits.</summary>
    public const int DigitCount = 11;

    // Room for "+86" or "0086" before the 11 digits.
    private const int MaxCollected = DigitCount + 4;

    private readonly ulong _digits;

    internal MobileNumber(ulong digits) => _digits = digits;

    /// <summary>The three-digit segment the number starts with (<c>138</c>), or 0 for the default value.</summary>
    public int Segment => (int)(_digits / 100_000_000);

    /// <summary>The number in international form, <c>+8613812345678</c>; empty for the default value.</summary>
    public string InternationalForm => _digits == 0 ? string.Empty : "+86" + ToString();

    /// <summary>Parses a mobile number.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is not one.</returns>
    public static ParseResult<MobileNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<MobileNumber>(text.AsSpan(), mode);

    /// <summary>Parses a canonical mobile number (11 digits) without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a canonical mobile number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out MobileNumber value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses a mobile number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a mobile number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out MobileNumber value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a mobile number from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<MobileNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<MobileNumber>(text, mode);

    /// <summary>Parses without throwing, and says why and where the text is not a mobile number when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a mobile number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out MobileNumber value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<MobileNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static MobileNumber IParsable<MobileNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<MobileNumber>(s);

    static bool IParsable<MobileNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out MobileNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static MobileNumber ISpanParsable<MobileNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<MobileNumber>(s);

    static bool ISpanParsable<MobileNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out MobileNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<MobileNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out MobileNumber value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out MobileNumber value)
    {
        value = default;
        Span<char> chars = stackalloc char[MaxCollected];
        Span<int> positions = stackalloc int[MaxCollected];
        ParseFailure failure = IdentifierText.Collect(text, mode, chars, positions, skipSeparators: true, ParseDetail.Mobile, out int count);
        if (failure.IsFailure)
        {
            return failure;
        }

        int start = 0;
        if (mode == ParseMode.Lenient)
        {
            ReadOnlySpan<char> collected = chars[..count];
            if (collected.StartsWith("+86"))
            {
                start = 3;
            }
            else if (collected.StartsWith("0086"))
            {
                start = 4;
            }
            else if (count == DigitCount + 2 && collected.StartsWith("86"))
            {
                start = 2;
            }
        }

        ulong digits = 0;
        for (int i = start; i < count; i++)
        {
            if (!char.IsAsciiDigit(chars[i]))
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, positions[i]);
            }

            if (i - start == DigitCount)
            {
                return new ParseFailure(ParseErrorCode.WrongLength, positions[i], ParseDetail.Mobile);
            }

            digits = (digits * 10) + (ulong)(chars[i] - '0');
        }

        if (count - start < DigitCount)
        {
            return new ParseFailure(ParseErrorCode.WrongLength, text.Length, ParseDetail.Mobile);
        }

        if (chars[start] != '1' || chars[start + 1] < '3')
        {
            return new ParseFailure(ParseErrorCode.WrongPrefix, positions[start], ParseDetail.Mobile);
        }

        value = new MobileNumber(digits);
        return ParseFailure.None;
    }

    /// <summary>Writes the canonical form (11 digits) into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (_digits == 0)
        {
            return true;
        }

        int w = 0;
        bool ok = NumberText.TryWriteDigits(destination, ref w, _digits, DigitCount);
        charsWritten = ok ? w : 0;
        return ok;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form, such as <c>13812345678</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, DigitCount, static (in MobileNumber v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether two numbers are the same.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(MobileNumber left, MobileNumber right) => left._digits == right._digits;

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(MobileNumber left, MobileNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(MobileNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is MobileNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => _digits.GetHashCode();
}
