using System;
using System.Collections.Immutable;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using NodaTime;
using OneOf;

namespace IcpCompliance.Identity;

/// <summary>
/// A resident ID number (居民身份证号码, GB 11643-1999), such as <c>11010519491231002X</c>: a six-digit address code
/// (GB/T 2260), the birth date as <c>YYYYMMDD</c>, a three-digit sequence whose last digit gives the sex, and a check
/// character (ISO 7064 MOD 11-2, <c>0</c>–<c>9</c> or <c>X</c>).
/// </summary>
/// <remarks>
/// <para>Residence permits of Hong Kong, Macao and Taiwan residents (港澳台居民居住证) use the same format with the
/// address codes 810000, 820000 and 830000; they parse too, with <see cref="ResidencePermitRegion"/> saying which.
/// The legacy 15-digit numbers (GB 11643-1989) have no check digit and are not accepted.</para>
/// <para>Checks made: the length, the characters, the check character, a province-level region code in the first two
/// digits, and a birth date that exists (year 1800 or later). Whether the six-digit code was ever a county, and
/// whether the birth date lies in the past, are not checked: the first needs the division history, the second a
/// clock.</para>
/// <para>The default value holds no number: its <see cref="BirthDate"/> throws and <see cref="ToString()"/> returns
/// an empty string. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct ResidentIdNumber : IEquatable<ResidentIdNumber>, ISpanFormattable, ISpanParsable<ResidentIdNumber>, IUtf8SpanFormattable, IParsedValue<ResidentIdNumber>
{
    /// <summary>The number of characters.</summary>
    public const int Length = 18;

    private const string CheckCharacters = "10X98765432";

    private static ReadOnlySpan<byte> Weights => [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    // The first 17 digits as a number; the check character follows from them. Zero only for the default value,
    // since a real number starts with a region code of at least 11.
    private readonly ulong _body;

    internal ResidentIdNumber(ulong body) => _body = body;

    /// <summary>The six-digit address code (<c>110105</c>): the county-level division where the holder was first
    /// registered, or 810000, 820000, 830000 for a residence permit.</summary>
    public int RegionCode => (int)(_body / 100_000_000_000UL);

    /// <summary>The province-level region of the address code, or null for a residence permit (and the default
    /// value).</summary>
    public Province? Province => Province.TryFromCode(RegionCode / 10_000, out Province? p) ? p : null;

    /// <summary>Whether this is a residence permit of a Hong Kong, Macao or Taiwan resident (region code 81, 82 or
    /// 83).</summary>
    public bool IsResidencePermit => ResidencePermitRegion != ResidencePermitRegion.None;

    /// <summary>For a residence permit, whose residents it belongs to; otherwise <see cref="Identity.ResidencePermitRegion.None"/>.</summary>
    public ResidencePermitRegion ResidencePermitRegion => (RegionCode / 10_000) switch
    {
        81 => ResidencePermitRegion.HongKong,
        82 => ResidencePermitRegion.Macao,
        83 => ResidencePermitRegion.Taiwan,
        _ => ResidencePermitRegion.None,
    };

    /// <summary>The birth date (characters 7 to 14).</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public LocalDate BirthDate
    {
        get
        {
            if (_body == 0)
            {
                throw Preconditions.DefaultValue(nameof(ResidentIdNumber));
            }

            int date = (int)(_body / 1000 % 100_000_000);
            return new LocalDate(date / 10_000, date / 100 % 100, date % 100);
        }
    }

    /// <summary>The three-digit sequence number among people of the same region and birth date (characters 15 to
    /// 17).</summary>
    public int SequenceNumber => (int)(_body % 1000);

    /// <summary>The sex: the 17th digit is odd for male, even for female.</summary>
    public Sex Sex => _body % 2 == 1 ? Sex.Male : Sex.Female;

    /// <summary>The check character, <c>0</c>–<c>9</c> or <c>X</c> (NUL for the default value).</summary>
    public char CheckCharacter => _body == 0 ? '\0' : ComputeCheck(_body);

    /// <summary>
    /// Checks the region code against a division table: it must be in the table and have been in force at some time in
    /// or after the holder's birth year. A code created after the birth year is valid (a person born in 1980 can hold
    /// 110111 房山区, created 1986, on a number issued later); a code abolished before it is not. Hong Kong, Macao and
    /// Taiwan residence permits (810000, 820000, 830000) are valid.
    /// </summary>
    /// <remarks>Parsing does not depend on this check, because a table is never complete on the day a new code
    /// appears. python-stdnum requires the code to be in force in the birth year itself, which rejects real
    /// people's numbers; this rule does not. The check lives here rather than on the table so that
    /// <see cref="AdministrativeDivisions"/> knows nothing of identity documents.</remarks>
    /// <param name="divisions">The table, usually <see cref="AdministrativeDivisions.Default"/>.</param>
    /// <returns>The status and the matching entries.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="divisions"/> is null.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public DivisionCheck CheckRegionCode(AdministrativeDivisions divisions)
    {
        ArgumentNullException.ThrowIfNull(divisions);
        int code = RegionCode;
        int birthYear = BirthDate.Year;
        ReadOnlySpan<AdministrativeDivision> entries = divisions.Find(code);
        if (IsResidencePermit)
        {
            return new DivisionCheck(code, birthYear, DivisionStatus.Valid, [.. entries]);
        }

        if (entries.IsEmpty)
        {
            return new DivisionCheck(code, birthYear, DivisionStatus.UnknownCode, []);
        }

        var fitting = ImmutableArray.CreateBuilder<AdministrativeDivision>();
        foreach (AdministrativeDivision entry in entries)
        {
            if (entry.IsInForceInOrAfter(birthYear))
            {
                fitting.Add(entry);
            }
        }

        return fitting.Count > 0
            ? new DivisionCheck(code, birthYear, DivisionStatus.Valid, fitting.ToImmutable())
            : new DivisionCheck(code, birthYear, DivisionStatus.AbolishedBeforeBirth, [.. entries]);
    }

    /// <summary>Parses a resident ID number.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it: lenient mode also accepts spaces, full-width digits and a
    /// lower-case <c>x</c>.</param>
    /// <returns>The number, or why and where the text is not one.</returns>
    public static ParseResult<ResidentIdNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<ResidentIdNumber>(text.AsSpan(), mode);

    /// <summary>Parses a canonical resident ID number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a canonical resident ID number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out ResidentIdNumber value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses a resident ID number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a resident ID number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out ResidentIdNumber value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a resident ID number from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<ResidentIdNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<ResidentIdNumber>(text, mode);

    /// <summary>Parses without throwing, and says why and where the text is not a resident ID number when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a resident ID number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out ResidentIdNumber value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<ResidentIdNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static ResidentIdNumber IParsable<ResidentIdNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<ResidentIdNumber>(s);

    static bool IParsable<ResidentIdNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out ResidentIdNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static ResidentIdNumber ISpanParsable<ResidentIdNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<ResidentIdNumber>(s);

    static bool ISpanParsable<ResidentIdNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out ResidentIdNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<ResidentIdNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out ResidentIdNumber value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out ResidentIdNumber value)
        => mode == ParseMode.Strict && TryReadCanonical(text, out value) ? ParseFailure.None : ReadFull(text, mode, out value);

    /// <summary>The reader of every form, which says why a text is not a number; the strict fast path must agree
    /// with it (a differential property test checks that, and a benchmark that the fast path earns its copy).</summary>
    internal static ParseFailure ReadFull(ReadOnlySpan<char> text, ParseMode mode, out ResidentIdNumber value)
    {
        value = default;
        Span<char> chars = stackalloc char[Length];
        Span<int> positions = stackalloc int[Length];
        ParseFailure failure = IdentifierText.Collect(text, mode, chars, positions, skipSeparators: false, ParseDetail.ResidentId, out int count);
        if (failure.IsFailure)
        {
            return failure;
        }

        ulong body = 0;
        for (int i = 0; i < count && i < Length - 1; i++)
        {
            if (!char.IsAsciiDigit(chars[i]))
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, positions[i]);
            }

            body = (body * 10) + (ulong)(chars[i] - '0');
        }

        if (count < Length)
        {
            return new ParseFailure(ParseErrorCode.WrongLength, text.Length, ParseDetail.ResidentId);
        }

        char check = chars[Length - 1];
        if (!char.IsAsciiDigit(check) && check != 'X')
        {
            return new ParseFailure(ParseErrorCode.InvalidCharacter, positions[Length - 1]);
        }

        // The checksum comes before the meaning of the digits: a failing checksum says "mistyped", which is the
        // likelier cause of an impossible date or region too.
        if (ComputeCheck(body) != check)
        {
            return new ParseFailure(ParseErrorCode.BadCheckCharacter, positions[Length - 1], ParseDetail.ResidentId);
        }

        int province = (int)(body / 100_000_000_000UL / 10_000);
        if (province is not (81 or 82 or 83) && !Province.TryFromCode(province, out _))
        {
            return new ParseFailure(ParseErrorCode.UnknownRegion, positions[0], ParseDetail.ResidentId);
        }

        int date = (int)(body / 1000 % 100_000_000);
        if (!IsValidDate(date / 10_000, date / 100 % 100, date % 100))
        {
            return new ParseFailure(ParseErrorCode.InvalidDate, positions[6]);
        }

        value = new ResidentIdNumber(body);
        return ParseFailure.None;
    }

    /// <summary>Canonical input in one pass (digits, weighted sum and value together): the hot path of
    /// <c>TryParse</c>. Accepts exactly what the strict reader accepts; on false the caller runs the full reader,
    /// which says why.</summary>
    internal static bool TryReadCanonical(ReadOnlySpan<char> text, out ResidentIdNumber value)
    {
        value = default;
        if (text.Length != Length)
        {
            return false;
        }

        ReadOnlySpan<byte> weights = Weights;
        ulong body = 0;
        int sum = 0;
        for (int i = 0; i < Length - 1; i++)
        {
            uint digit = (uint)(text[i] - '0');
            if (digit > 9)
            {
                return false;
            }

            body = (body * 10) + digit;
            sum += (int)digit * weights[i];
        }

        if (CheckCharacters[sum % 11] != text[Length - 1])
        {
            return false;
        }

        int province = (int)(body / 1_000_000_000_000_000UL);
        if (province is not (81 or 82 or 83) && !Province.TryFromCode(province, out _))
        {
            return false;
        }

        int date = (int)(body / 1000 % 100_000_000);
        if (!IsValidDate(date / 10_000, date / 100 % 100, date % 100))
        {
            return false;
        }

        value = new ResidentIdNumber(body);
        return true;
    }

    internal static bool IsValidDate(int year, int month, int day)
        => year >= 1800 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);

    /// <summary>The check character for 17 digits given as a number (ISO 7064 MOD 11-2).</summary>
    internal static char ComputeCheck(ulong body)
    {
        int sum = 0;
        for (int i = Length - 2; i >= 0; i--)
        {
            sum += (int)(body % 10) * Weights[i];
            body /= 10;
        }

        return CheckCharacters[sum % 11];
    }

    /// <summary>Writes the canonical form (18 characters, upper-case <c>X</c>) into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (_body == 0)
        {
            return true;
        }

        int w = 0;
        bool ok = NumberText.TryWriteDigits(destination, ref w, _body, Length - 1)
            && NumberText.TryWrite(destination, ref w, ComputeCheck(_body));
        charsWritten = ok ? w : 0;
        return ok;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form, such as <c>11010519491231002X</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, Length, static (in ResidentIdNumber v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether two numbers are the same.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(ResidentIdNumber left, ResidentIdNumber right) => left._body == right._body;

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(ResidentIdNumber left, ResidentIdNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(ResidentIdNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is ResidentIdNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => _body.GetHashCode();
}
