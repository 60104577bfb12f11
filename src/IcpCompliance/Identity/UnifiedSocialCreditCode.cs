using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using OneOf;

namespace IcpCompliance.Identity;

/// <summary>
/// A unified social credit code (统一社会信用代码, GB 32100-2015), such as <c>91350100M000100Y43</c>: the registration
/// authority code (登记管理部门代码), the organization type code (机构类别代码), the six-digit administrative division
/// code of the registering office, the nine-character organization code (组织机构代码, GB 11714, with its own check
/// character) and a check character over all of it.
/// </summary>
/// <remarks>
/// <para>The alphabet is <c>0123456789ABCDEFGHJKLMNPQRTUWXY</c> (no I, O, S, V, Z), with values 0 to 30; the check
/// character makes Σ value × 3^(i−1) over all 18 characters a multiple of 31. It catches every single mistyped
/// character and every swap of two neighbours.</para>
/// <para>Checks made: the characters, the length, the check character, a registration authority code among
/// <c>1</c>–<c>9</c>, <c>A</c>, <c>N</c>, <c>Y</c>, six digits for the region, and the organization code's check
/// character. Some early pilot codes fail the check but are legal: see
/// <see cref="UnifiedSocialCreditCodeOptions"/>.</para>
/// <para>The default value holds no code: <see cref="ToString()"/> returns an empty string and
/// <see cref="OrganizationCode"/> throws. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct UnifiedSocialCreditCode : IEquatable<UnifiedSocialCreditCode>, ISpanFormattable, ISpanParsable<UnifiedSocialCreditCode>, IUtf8SpanFormattable, IParsedValue<UnifiedSocialCreditCode>
{
    /// <summary>The number of characters.</summary>
    public const int Length = 18;

    /// <summary>The 31 characters a code is written with, in the order of their values.</summary>
    public const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static ReadOnlySpan<byte> OrganizationWeights => [3, 7, 9, 10, 5, 8, 4, 2];

    // The 18 character values, base 31, first character most significant; _present tells a real code of all zeros
    // (which cannot pass the authority check anyway) from the default value.
    private readonly UInt128 _values;
    private readonly bool _present;
    private readonly bool _exception;

    internal UnifiedSocialCreditCode(UInt128 values, bool exception)
    {
        _values = values;
        _present = true;
        _exception = exception;
    }

    /// <summary>The registration authority code (登记管理部门代码), character 1: <c>1</c> institutional establishment
    /// offices, <c>5</c> civil affairs, <c>9</c> market regulation (companies), <c>Y</c> others, and so on.</summary>
    public char RegistrationAuthorityCode => CharAt(0);

    /// <summary>The organization type code (机构类别代码), character 2, whose meaning depends on the authority (for
    /// authority <c>9</c>: <c>1</c> company, <c>2</c> individual business, <c>3</c> farmers' cooperative).</summary>
    public char OrganizationTypeCode => CharAt(1);

    /// <summary>The administrative division code of the registering office (characters 3 to 8).</summary>
    public int RegionCode
    {
        get
        {
            int code = 0;
            for (int i = 2; i < 8; i++)
            {
                code = (code * 10) + ValueAt(i);
            }

            return code;
        }
    }

    /// <summary>The province-level region of <see cref="RegionCode"/>, or null when its first two digits are not a
    /// province's (central authorities use 100000).</summary>
    public Province? Province => Province.TryFromCode(RegionCode / 10_000, out Province? p) ? p : null;

    /// <summary>The organization code (组织机构代码, characters 9 to 17), such as <c>M000100Y4</c>.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public string OrganizationCode
    {
        get
        {
            if (!_present)
            {
                throw Preconditions.DefaultValue(nameof(UnifiedSocialCreditCode));
            }

            Span<char> buffer = stackalloc char[Length];
            _ = TryFormat(buffer, out _);
            return new string(buffer[8..17]);
        }
    }

    /// <summary>The check character (character 18).</summary>
    public char CheckCharacter => CharAt(17);

    /// <summary>Whether the code passes its checks; false only for a code accepted as an exception through
    /// <see cref="UnifiedSocialCreditCodeOptions"/>.</summary>
    public bool PassesChecksum => !_exception;

    private char CharAt(int index) => _present ? Alphabet[ValueAt(index)] : '\0';

    private int ValueAt(int index)
    {
        UInt128 v = _values;
        for (int i = Length - 1; i > index; i--)
        {
            v /= 31;
        }

        return (int)(v % 31);
    }

    /// <summary>Parses a unified social credit code; every code must pass its checks.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it: lenient mode also accepts spaces, full-width characters and
    /// lower case.</param>
    /// <returns>The code, or why and where the text is not one.</returns>
    public static ParseResult<UnifiedSocialCreditCode> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => Parse(text, mode, UnifiedSocialCreditCodeOptions.Default);

    /// <summary>Parses a unified social credit code, accepting the exceptions the options list.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="options">Which failing codes to accept.</param>
    /// <returns>The code, or why and where the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ParseResult<UnifiedSocialCreditCode> Parse(string? text, ParseMode mode, UnifiedSocialCreditCodeOptions options)
    {
        Preconditions.CheckNotNull(options);
        ParseFailure failure = Read(text.AsSpan(), mode, options, out UnifiedSocialCreditCode value);
        return ParseResult<UnifiedSocialCreditCode>.From(failure, value);
    }

    /// <summary>Parses a canonical unified social credit code without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The code, when the text is one.</param>
    /// <returns>Whether the text is a canonical code that passes its checks.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out UnifiedSocialCreditCode value)
        => !Read(text, ParseMode.Strict, UnifiedSocialCreditCodeOptions.Default, out value).IsFailure;

    /// <summary>Parses a unified social credit code without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The code, when the text is one.</param>
    /// <returns>Whether the text is a code that passes its checks.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out UnifiedSocialCreditCode value)
        => !Read(text, mode, UnifiedSocialCreditCodeOptions.Default, out value).IsFailure;

    /// <summary>Parses a unified social credit code without allocating, accepting the exceptions the options
    /// list.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="options">Which failing codes to accept.</param>
    /// <param name="value">The code, when the text is one.</param>
    /// <returns>Whether the text is a code that passes its checks or is an accepted exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, UnifiedSocialCreditCodeOptions options, out UnifiedSocialCreditCode value)
    {
        Preconditions.CheckNotNull(options);
        return !Read(text, mode, options, out value).IsFailure;
    }

    /// <summary>Parses a credit code from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<UnifiedSocialCreditCode> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<UnifiedSocialCreditCode>(text, mode);

    /// <summary>Parses without throwing, and says why and where the text is not a credit code when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a credit code.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out UnifiedSocialCreditCode value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<UnifiedSocialCreditCode>(text, mode, out value, out error);

    /// <summary>Parses a credit code from a span, accepting the exceptions the options list.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="options">Which failing codes to accept.</param>
    /// <returns>The code, or why and where the text is not one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static ParseResult<UnifiedSocialCreditCode> Parse(ReadOnlySpan<char> text, ParseMode mode, UnifiedSocialCreditCodeOptions options)
    {
        Preconditions.CheckNotNull(options);
        ParseFailure failure = Read(text, mode, options, out UnifiedSocialCreditCode value);
        return ParseResult<UnifiedSocialCreditCode>.From(failure, value);
    }

    /// <summary>Parses without throwing, accepting the exceptions the options list, and says why and where the text
    /// is not a credit code when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="options">Which failing codes to accept.</param>
    /// <param name="value">The code, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a code that passes its checks or is an accepted exception.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, UnifiedSocialCreditCodeOptions options, out UnifiedSocialCreditCode value, [NotNullWhen(false)] out ParseError? error)
    {
        Preconditions.CheckNotNull(options);
        ParseFailure failure = Read(text, mode, options, out value);
        error = failure.IsFailure ? failure.ToError() : null;
        return error is null;
    }

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static UnifiedSocialCreditCode IParsable<UnifiedSocialCreditCode>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<UnifiedSocialCreditCode>(s);

    static bool IParsable<UnifiedSocialCreditCode>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out UnifiedSocialCreditCode result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static UnifiedSocialCreditCode ISpanParsable<UnifiedSocialCreditCode>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<UnifiedSocialCreditCode>(s);

    static bool ISpanParsable<UnifiedSocialCreditCode>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out UnifiedSocialCreditCode result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<UnifiedSocialCreditCode>.Read(ReadOnlySpan<char> text, ParseMode mode, out UnifiedSocialCreditCode value) => Read(text, mode, UnifiedSocialCreditCodeOptions.Default, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, UnifiedSocialCreditCodeOptions options, out UnifiedSocialCreditCode value)
        => mode == ParseMode.Strict && TryReadCanonical(text, out value) ? ParseFailure.None : ReadFull(text, mode, options, out value);

    /// <summary>The reader of every form, which says why a text is not a code; the strict fast path must agree
    /// with it (a differential property test checks that, and a benchmark that the fast path earns its copy).</summary>
    internal static ParseFailure ReadFull(ReadOnlySpan<char> text, ParseMode mode, UnifiedSocialCreditCodeOptions options, out UnifiedSocialCreditCode value)
    {
        value = default;
        Span<char> chars = stackalloc char[Length];
        Span<int> positions = stackalloc int[Length];
        ParseFailure failure = IdentifierText.Collect(text, mode, chars, positions, skipSeparators: false, ParseDetail.CreditCode, out int count);
        if (failure.IsFailure)
        {
            return failure;
        }

        UInt128 values = 0;
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < count; i++)
        {
            int v = ValueOf(chars[i]);
            if (v < 0)
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, positions[i]);
            }

            values = (values * 31) + (uint)v;
            if (i < Length - 1)
            {
                sum += v * weight;
                weight = weight * 3 % 31;
            }
        }

        if (count < Length)
        {
            return new ParseFailure(ParseErrorCode.WrongLength, text.Length, ParseDetail.CreditCode);
        }

        bool exception = false;
        if ((31 - (sum % 31)) % 31 != ValueOf(chars[Length - 1]))
        {
            if (!options.Accepts(chars))
            {
                return new ParseFailure(ParseErrorCode.BadCheckCharacter, positions[Length - 1], ParseDetail.CreditCode);
            }

            exception = true;
        }

        if (chars[0] is not ((>= '1' and <= '9') or 'A' or 'N' or 'Y'))
        {
            return new ParseFailure(ParseErrorCode.WrongPrefix, positions[0], ParseDetail.CreditCode);
        }

        for (int i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(chars[i]))
            {
                return new ParseFailure(ParseErrorCode.UnknownRegion, positions[i], ParseDetail.CreditCode);
            }
        }

        if (!exception && OrganizationCheck(chars[8..16]) != chars[16])
        {
            if (!options.Accepts(chars))
            {
                return new ParseFailure(ParseErrorCode.BadCheckCharacter, positions[16], ParseDetail.OrganizationCode);
            }

            exception = true;
        }

        value = new UnifiedSocialCreditCode(values, exception);
        return ParseFailure.None;
    }

    /// <summary>A canonical code that passes every check, in one pass with table lookups: the hot path of
    /// <c>TryParse</c>. Accepts exactly the codes the strict reader accepts without an exception; on false the caller
    /// runs the full reader, which applies the options and says why.</summary>
    internal static bool TryReadCanonical(ReadOnlySpan<char> text, out UnifiedSocialCreditCode value)
    {
        value = default;
        if (text.Length != Length)
        {
            return false;
        }

        ReadOnlySpan<sbyte> table = AlphabetValues;
        ReadOnlySpan<byte> weights = CheckWeights;
        ulong high = 0;
        ulong low = 0;
        int sum = 0;

        // Two loops, one per half of the value, so that neither has a branch on the position.
        for (int i = 0; i < Length / 2; i++)
        {
            char c = text[i];
            int v = c < 128 ? table[c] : -1;
            if (v < 0)
            {
                return false;
            }

            high = (high * 31) + (uint)v;
            sum += v * weights[i];
        }

        for (int i = Length / 2; i < Length; i++)
        {
            char c = text[i];
            int v = c < 128 ? table[c] : -1;
            if (v < 0)
            {
                return false;
            }

            low = (low * 31) + (uint)v;
            sum += v * weights[i];
        }

        // The weight of the check character is 1: a valid code makes the whole sum a multiple of 31.
        if (sum % 31 != 0 || text[0] is not ((>= '1' and <= '9') or 'A' or 'N' or 'Y'))
        {
            return false;
        }

        for (int i = 2; i < 8; i++)
        {
            if (!char.IsAsciiDigit(text[i]))
            {
                return false;
            }
        }

        if (OrganizationCheck(text[8..16]) != text[16])
        {
            return false;
        }

        value = new UnifiedSocialCreditCode(((UInt128)high * ThirtyOneToTheNinth) + low, exception: false);
        return true;
    }

    private const ulong ThirtyOneToTheNinth = 26_439_622_160_671UL;

    // 3^i mod 31 for the 17 characters, and 1 for the check character.
    private static ReadOnlySpan<byte> CheckWeights => [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28, 1];

    // The value of each ASCII character in the code alphabet, or -1.
    private static ReadOnlySpan<sbyte> AlphabetValues =>
    [
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        0, 1, 2, 3, 4, 5, 6, 7, 8, 9, -1, -1, -1, -1, -1, -1,
        -1, 10, 11, 12, 13, 14, 15, 16, 17, -1, 18, 19, 20, 21, 22, -1,
        23, 24, 25, -1, 26, 27, -1, 28, 29, 30, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
        -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1, -1,
    ];

    /// <summary>The value of a character of the code alphabet, or −1.</summary>
    internal static int ValueOf(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'A' and <= 'H' => c - 'A' + 10,
        >= 'J' and <= 'N' => c - 'J' + 18,
        'P' or 'Q' or 'R' => c - 'P' + 23,
        'T' or 'U' => c - 'T' + 26,
        'W' or 'X' or 'Y' => c - 'W' + 28,
        _ => -1,
    };

    /// <summary>The GB 11714 check character of the first eight characters of an organization code: digits count
    /// their value and letters A=10 … Z=35.</summary>
    internal static char OrganizationCheck(ReadOnlySpan<char> eight)
    {
        int sum = 0;
        for (int i = 0; i < 8; i++)
        {
            char c = eight[i];
            int v = char.IsAsciiDigit(c) ? c - '0' : c - 'A' + 10;
            sum += v * OrganizationWeights[i];
        }

        int check = 11 - (sum % 11);
        return check switch
        {
            10 => 'X',
            11 => '0',
            _ => (char)('0' + check),
        };
    }

    /// <summary>The check character for the first 17 characters of a code.</summary>
    internal static char ComputeCheck(ReadOnlySpan<char> seventeen)
    {
        int sum = 0;
        int weight = 1;
        for (int i = 0; i < Length - 1; i++)
        {
            sum += ValueOf(seventeen[i]) * weight;
            weight = weight * 3 % 31;
        }

        return Alphabet[(31 - (sum % 31)) % 31];
    }

    /// <summary>Writes the canonical form (18 upper-case characters) into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        charsWritten = 0;
        if (!_present)
        {
            return true;
        }

        if (destination.Length < Length)
        {
            return false;
        }

        UInt128 v = _values;
        for (int i = Length - 1; i >= 0; i--)
        {
            destination[i] = Alphabet[(int)(v % 31)];
            v /= 31;
        }

        charsWritten = Length;
        return true;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form, such as <c>91350100M000100Y43</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, Length, static (in UnifiedSocialCreditCode v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether two codes are the same.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right)
        => left._present == right._present && left._values == right._values;

    /// <summary>Whether two codes differ.</summary>
    /// <param name="left">One code.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(UnifiedSocialCreditCode left, UnifiedSocialCreditCode right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(UnifiedSocialCreditCode other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is UnifiedSocialCreditCode other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_present, _values);
}
