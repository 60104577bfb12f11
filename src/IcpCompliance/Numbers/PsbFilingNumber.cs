using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using OneOf;

namespace IcpCompliance.Numbers;

/// <summary>
/// A Public Security Bureau filing number (公安联网备案号), such as <c>京公网安备11010802012345号</c>: the province
/// character, <c>公网安备</c>, 14 digits and <c>号</c>. Every live site must obtain one within 30 days of going live.
/// </summary>
/// <remarks>
/// <para>The first six digits are the administrative division code (GB/T 2260) of the filing public-security
/// office, and the first two must be the prefix province's code. Offices of development zones use codes outside
/// GB/T 2260 (510190), and the city-level cyber police use codes ending in 0000 (11000002000001): neither is an
/// error. The remaining eight digits have no documented structure.</para>
/// <para>Numbers issued before the national platform had 12 digits (<c>京公网安备110105001181号</c>); they parse as
/// the <see cref="IsLegacy"/> form so a footer check can point out that the platform now issues 14 digits.</para>
/// <para>The default value holds no number: its <see cref="Province"/> throws and <see cref="ToString()"/> returns
/// an empty string. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct PsbFilingNumber : IEquatable<PsbFilingNumber>, ISpanFormattable, ISpanParsable<PsbFilingNumber>, IUtf8SpanFormattable, IParsedValue<PsbFilingNumber>
{
    /// <summary>Digits in a number issued by the national platform.</summary>
    public const int DigitCount = 14;

    /// <summary>Digits in a number of the legacy form.</summary>
    public const int LegacyDigitCount = 12;

    internal const int MaxLength = 20;

    private readonly Province? _province;
    private readonly char _character;
    private readonly byte _length;
    private readonly ulong _digits;

    internal PsbFilingNumber(Province province, char character, ulong digits, byte length)
    {
        _province = province;
        _character = character;
        _digits = digits;
        _length = length;
    }

    /// <summary>The region of the filing office.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Province Province => _province ?? throw Preconditions.DefaultValue(nameof(PsbFilingNumber));

    /// <summary>The province character as written (川 or 蜀 for Sichuan).</summary>
    public char ProvinceCharacter => _character;

    /// <summary>The record code: the 14 digits (12 in the legacy form) as written.</summary>
    public string Digits => _province is null ? string.Empty : _digits.ToString("D" + _length.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>Whether this is a 12-digit number from before the national PSB filing platform.</summary>
    public bool IsLegacy => _length == LegacyDigitCount;

    /// <summary>The six-digit administrative division code the digits start with (<c>110108</c>).</summary>
    public int DivisionCode => (int)(_digits / Pow10(_length - 6));

    /// <summary>The record's page on the national PSB platform, which a displayed number links to.</summary>
    public Uri VerificationUrl => new(VerificationLinks.PsbRecordPrefix + Digits);

    /// <summary>The record's page on the retired PSB portal, as older footers link it.</summary>
    public Uri LegacyVerificationUrl => new(VerificationLinks.LegacyPsbRecordPrefix + Digits);

    internal ulong DigitsValue => _digits;

    internal byte Length => _length;

    /// <summary>A key equal exactly when <see cref="IsSameRecordAs"/> holds, for sets and dictionaries of records.</summary>
    internal (int Province, ulong Digits, byte Length) RecordKey => (_province?.Value ?? int.MinValue, _digits, _length);

    /// <summary>Parses a PSB filing number.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is not one.</returns>
    public static ParseResult<PsbFilingNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<PsbFilingNumber>(text.AsSpan(), mode);

    /// <summary>Parses a canonical PSB filing number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a canonical PSB filing number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out PsbFilingNumber value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses a PSB filing number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a PSB filing number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out PsbFilingNumber value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a PSB filing number from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<PsbFilingNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<PsbFilingNumber>(text, mode);

    /// <summary>Parses without throwing, and says why and where the text is not a PSB filing number when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a PSB filing number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out PsbFilingNumber value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<PsbFilingNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static PsbFilingNumber IParsable<PsbFilingNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<PsbFilingNumber>(s);

    static bool IParsable<PsbFilingNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out PsbFilingNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static PsbFilingNumber ISpanParsable<PsbFilingNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<PsbFilingNumber>(s);

    static bool ISpanParsable<PsbFilingNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out PsbFilingNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<PsbFilingNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out PsbFilingNumber value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out PsbFilingNumber value)
        => mode == ParseMode.Strict && TryReadCanonical(text, out value) ? ParseFailure.None : ReadFull(text, mode, out value);

    /// <summary>The reader of every form, which says why a text is not a number.</summary>
    internal static ParseFailure ReadFull(ReadOnlySpan<char> text, ParseMode mode, out PsbFilingNumber value)
    {
        var none = default(NoPrefixes<PsbFilingNumber>);
        return ReadFull(text, mode, out value, ref none);
    }

    /// <summary>Reads the text leniently in one pass, as the lenient <see cref="ReadFull(ReadOnlySpan{char}, ParseMode, out PsbFilingNumber)"/>
    /// does, and records every prefix of it that is a whole number (the text up to the digits and up to the
    /// <c>号</c>) with the number: see <see cref="IcpNumberReader.ReadPrefixes"/>.</summary>
    /// <returns>Why the whole text is not one number.</returns>
    internal static ParseFailure ReadPrefixes(ReadOnlySpan<char> text, ref NumberPrefixes<PsbFilingNumber> prefixes)
        => ReadFull(text, ParseMode.Lenient, out _, ref prefixes);

    // Only lenient readers record (the strict grammar wants the 号).
    private static ParseFailure ReadFull<TRecorder>(ReadOnlySpan<char> text, ParseMode mode, out PsbFilingNumber value, ref TRecorder recorder)
        where TRecorder : struct, IPrefixRecorder<PsbFilingNumber>
    {
        value = default;
        var cursor = new TextCursor(text, mode);
        cursor.SkipLeadingLabel();
        if (cursor.AtEnd)
        {
            return cursor.Fail(ParseErrorCode.Empty);
        }

        char character = cursor.PeekRaw();
        if (!Province.TryFromCharacter(character, out Province? province))
        {
            return cursor.Fail(ParseErrorCode.UnknownProvince);
        }

        cursor.Advance();
        cursor.SkipSpaces();
        if (!cursor.TryConsume(NumberMarkers.Psb))
        {
            bool looksIcp = cursor.StartsWith(NumberMarkers.Icp) || cursor.StartsWith(NumberMarkers.License);
            return cursor.Fail(ParseErrorCode.WrongKindMarker, looksIcp ? ParseDetail.LooksLikeIcp : ParseDetail.Psb);
        }

        cursor.SkipSpaces();
        int start = cursor.Position;
        int count = cursor.ReadDigits(out ulong digits);
        if (count == 0)
        {
            return cursor.FailAt(ParseErrorCode.DigitsMissing, start);
        }

        if (count > DigitCount)
        {
            return cursor.FailAt(ParseErrorCode.TooManyDigits, start + DigitCount, ParseDetail.Psb);
        }

        if (count != DigitCount && count != LegacyDigitCount)
        {
            return cursor.FailAt(ParseErrorCode.TooFewDigits, start, ParseDetail.Psb);
        }

        if ((int)(digits / Pow10(count - 2)) != province.Code)
        {
            return cursor.FailAt(ParseErrorCode.ProvinceMismatch, start);
        }

        var number = new PsbFilingNumber(province, character, digits, (byte)count);
        recorder.Accept(number, cursor.Position);
        cursor.SkipSpaces();
        if (cursor.TryConsume('号'))
        {
            recorder.Accept(number, cursor.Position);
        }
        else if (!cursor.IsLenient)
        {
            return cursor.Fail(ParseErrorCode.MissingTerminator);
        }

        cursor.SkipSpaces();
        if (!cursor.AtEnd)
        {
            return cursor.Fail(ParseErrorCode.TrailingText);
        }

        value = number;
        return ParseFailure.None;
    }

    /// <summary>The strict grammar on canonical input in one pass, without the cursor: the hot path of
    /// <c>TryParse</c>. Accepts exactly what the strict reader accepts; on false the caller runs the full reader,
    /// which says why.</summary>
    internal static bool TryReadCanonical(ReadOnlySpan<char> text, out PsbFilingNumber value)
    {
        value = default;
        int length = text.Length - 6;
        if (length is not (DigitCount or LegacyDigitCount) || text[^1] != '号'
            || !text.Slice(1, NumberMarkers.Psb.Length).SequenceEqual(NumberMarkers.Psb) || !Province.TryFromCharacter(text[0], out Province? province))
        {
            return false;
        }

        ulong digits = 0;
        for (int i = 5; i < 5 + length; i++)
        {
            uint d = (uint)(text[i] - '0');
            if (d > 9)
            {
                return false;
            }

            digits = (digits * 10) + d;
        }

        ulong code = length == DigitCount ? digits / 1_000_000_000_000UL : digits / 10_000_000_000UL;
        if ((int)code != province.Code)
        {
            return false;
        }

        value = new PsbFilingNumber(province, text[0], digits, (byte)length);
        return true;
    }

    private static ulong Pow10(int exponent)
    {
        ulong result = 1;
        for (int i = 0; i < exponent; i++)
        {
            result *= 10;
        }

        return result;
    }

    /// <summary>Writes the canonical form into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (_province is null)
        {
            return true;
        }

        int w = 0;
        bool ok = NumberText.TryWrite(destination, ref w, _character)
            && NumberText.TryWrite(destination, ref w, "公网安备")
            && NumberText.TryWriteDigits(destination, ref w, _digits, _length)
            && NumberText.TryWrite(destination, ref w, '号');
        charsWritten = ok ? w : 0;
        return ok;
    }

    /// <summary>Writes the record code (the digits alone) into a span, as record links need it.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormatDigits(Span<char> destination, out int charsWritten)
    {
        int w = 0;
        bool ok = _province is null || NumberText.TryWriteDigits(destination, ref w, _digits, _length);
        charsWritten = ok ? w : 0;
        return ok;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form, such as <c>京公网安备11010802012345号</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, MaxLength, static (in PsbFilingNumber v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether <paramref name="other"/> is the same record written with any of the province's characters
    /// (川公网安备… and 蜀公网安备… with the same digits).</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether both name the same record.</returns>
    public bool IsSameRecordAs(PsbFilingNumber other)
        => _province == other._province && _digits == other._digits && _length == other._length;

    /// <summary>Whether two numbers are the same, character as written included.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(PsbFilingNumber left, PsbFilingNumber right)
        => left._character == right._character && left._digits == right._digits && left._length == right._length;

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(PsbFilingNumber left, PsbFilingNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(PsbFilingNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is PsbFilingNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_character, _digits, _length);
}
