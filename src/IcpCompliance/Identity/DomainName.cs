using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Identity;

/// <summary>
/// A domain name (域名) as a filing lists it, such as <c>www.example.com.cn</c> or <c>例子.中国</c>, held in its
/// canonical ASCII form: lower case, internationalised labels in punycode (<c>xn--fsqu00a.xn--fiqs8s</c>).
/// </summary>
/// <remarks>
/// <para>Checks made: each label has 1 to 63 letters, digits or hyphens and neither starts nor ends with a hyphen;
/// a punycode label decodes; the whole name has at most 253 characters and at least two labels; the TLD is not all
/// digits (so an IP address is refused). Internationalised labels are converted with
/// <see cref="IdnMapping"/> (IDNA 2003 mapping, standard-3 ASCII rules).</para>
/// <para><see cref="RegistrableDomain"/> and <see cref="PublicSuffix"/> use a small built-in list of multi-label
/// suffixes (<c>com.cn</c>, <c>bj.cn</c>, …, from the Public Suffix List); whether the TLD may be filed comes from
/// <see cref="FilingTopLevelDomains"/>.</para>
/// <para>Strict mode accepts only the canonical form. Lenient mode also accepts upper case (ASCII or not),
/// full-width letters and digits, Unicode labels, surrounding spaces, full-width and ideographic dots (<c>。</c>)
/// and one trailing dot. It folds case and width itself, so the result is the same with or without ICU; the
/// rest of IDNA 2003's mapping (compatibility forms such as ligatures) is applied only where the host has ICU
/// (not with invariant globalization). Parsing allocates the name's string.</para>
/// <para>The default value holds no name: <see cref="ToString()"/> returns an empty string and
/// <see cref="TopLevelDomain"/> throws. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct DomainName : IEquatable<DomainName>, ISpanFormattable, ISpanParsable<DomainName>, IUtf8SpanFormattable, IParsedValue<DomainName>
{
    /// <summary>The most characters a name may have in ASCII form.</summary>
    public const int MaxLength = 253;

    /// <summary>The most characters a label may have in ASCII form.</summary>
    public const int MaxLabelLength = 63;

    private readonly string? _name;

    internal DomainName(string name) => _name = name;

    /// <summary>The canonical ASCII form (<c>xn--fsqu00a.xn--fiqs8s</c>); empty for the default value.</summary>
    public string Name => _name ?? string.Empty;

    /// <summary>The name for display, punycode labels decoded (<c>例子.中国</c>); empty for the default value.</summary>
    public string UnicodeName => _name is null ? string.Empty : new IdnMapping().GetUnicode(_name);

    /// <summary>The last label, in ASCII form (<c>cn</c>, <c>xn--fiqs8s</c>).</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public string TopLevelDomain
    {
        get
        {
            string name = _name ?? throw Preconditions.DefaultValue(nameof(DomainName));
            return name[(name.LastIndexOf('.') + 1)..];
        }
    }

    /// <summary>The public suffix, under which names are registered (<c>com.cn</c> for <c>www.example.com.cn</c>,
    /// <c>com</c> for <c>www.example.com</c>).</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public string PublicSuffix
    {
        get
        {
            string name = _name ?? throw Preconditions.DefaultValue(nameof(DomainName));
            return name[SuffixStart(name)..];
        }
    }

    /// <summary>The registrable domain (注册域名): the public suffix and one more label (<c>example.com.cn</c> for
    /// <c>www.example.com.cn</c>); null when the name is itself a public suffix (<c>com.cn</c>) and for the default
    /// value. This is the name a filing's domain certificate is for.</summary>
    public DomainName? RegistrableDomain
    {
        get
        {
            if (_name is null)
            {
                return null;
            }

            int suffix = SuffixStart(_name);
            if (suffix == 0)
            {
                return null;
            }

            int start = _name.LastIndexOf('.', suffix - 2) + 1;
            return start == 0 ? this : new DomainName(_name[start..]);
        }
    }

    /// <summary>Whether the name is itself a registrable domain (<c>example.com.cn</c>, not
    /// <c>www.example.com.cn</c>).</summary>
    public bool IsRegistrableDomain => _name is not null && RegistrableDomain == this;

    /// <summary>Whether the built-in list (<see cref="FilingTopLevelDomains.Default"/>) approves the name's suffix for
    /// filing. False also when the list marks it unclear or does not know it: ask
    /// <see cref="FilingTopLevelDomains.StatusOf"/> to tell those apart from a refusal.</summary>
    public bool IsFileable => IsFileableUnder(FilingTopLevelDomains.Default);

    /// <summary>Whether a given list approves the name's suffix (its public suffix, such as <c>com.cn</c>, or else its
    /// TLD) for filing.</summary>
    /// <param name="topLevelDomains">The list, such as one built from the current MIIT list.</param>
    /// <returns>Whether the list approves it; false for the default value.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="topLevelDomains"/> is null.</exception>
    public bool IsFileableUnder(FilingTopLevelDomains topLevelDomains)
        => Preconditions.CheckNotNull(topLevelDomains).StatusOf(this) == FilingSuffixStatus.Approved;

    // The index where the public suffix starts: the longest listed multi-label suffix, else the TLD.
    private static int SuffixStart(string name)
    {
        int start = name.LastIndexOf('.') + 1;
        int dot = start - 1;
        while (dot > 0)
        {
            int previous = name.LastIndexOf('.', dot - 1);
            int candidate = previous + 1;
            if (!PublicSuffixes.MultiLabel.Contains(name[candidate..]))
            {
                break;
            }

            start = candidate;
            dot = previous;
        }

        return start;
    }

    /// <summary>Parses a domain name.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The name, or why and where the text is not one.</returns>
    public static ParseResult<DomainName> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<DomainName>(text.AsSpan(), mode);

    /// <summary>Parses a domain name (allocating its string).</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The name, when the text is one.</param>
    /// <returns>Whether the text is a domain name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out DomainName value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a domain name from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<DomainName> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<DomainName>(text, mode);

    /// <summary>Parses the canonical form (strict mode) without throwing.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <returns>Whether the text is the canonical form of a domain name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out DomainName value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses without throwing, and says why and where the text is not a domain name when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a domain name.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out DomainName value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<DomainName>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static DomainName IParsable<DomainName>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<DomainName>(s);

    static bool IParsable<DomainName>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out DomainName result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static DomainName ISpanParsable<DomainName>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<DomainName>(s);

    static bool ISpanParsable<DomainName>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out DomainName result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<DomainName>.Read(ReadOnlySpan<char> text, ParseMode mode, out DomainName value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out DomainName value)
    {
        value = default;
        bool lenient = mode == ParseMode.Lenient;
        int begin = 0;
        int end = text.Length;
        if (lenient)
        {
            while (begin < end && TextCursor.IsSpace(text[begin]))
            {
                begin++;
            }

            while (end > begin && TextCursor.IsSpace(text[end - 1]))
            {
                end--;
            }

            if (end > begin && IsDot(text[end - 1]))
            {
                end--;
            }
        }

        if (begin == end)
        {
            return new ParseFailure(ParseErrorCode.Empty, begin == text.Length ? 0 : begin);
        }

        if (end - begin > 4 * MaxLength)
        {
            return new ParseFailure(ParseErrorCode.TooLong, begin);
        }

        scoped ReadOnlySpan<char> body = text[begin..end];
        if (lenient)
        {
            Span<char> folded = stackalloc char[4 * MaxLength];
            for (int k = 0; k < body.Length; k++)
            {
                folded[k] = FoldLenient(body[k]);
            }

            body = folded[..body.Length];
        }

        Span<char> ascii = stackalloc char[MaxLength + MaxLabelLength + 1];
        int written = 0;
        int labels = 0;
        int labelStart = 0;
        bool allDigitLabel = false;
        IdnMapping? idn = null;
        for (int i = 0; i <= body.Length; i++)
        {
            if (i < body.Length && !IsDot(body[i]))
            {
                continue;
            }

            // Positions in errors are in the caller's text: body starts at begin, and folding keeps every place.
            int position = begin + labelStart;
            ReadOnlySpan<char> label = body[labelStart..i];
            if (label.IsEmpty)
            {
                return new ParseFailure(ParseErrorCode.BadLabel, position);
            }

            if (labels > 0)
            {
                if (written >= MaxLength)
                {
                    return new ParseFailure(ParseErrorCode.TooLong, position);
                }

                ascii[written++] = '.';
            }

            ParseFailure failure = AppendLabel(label, position, lenient, ascii[written..], ref idn, out int length, out allDigitLabel);
            if (failure.IsFailure)
            {
                return failure;
            }

            written += length;
            if (written > MaxLength)
            {
                return new ParseFailure(ParseErrorCode.TooLong, position);
            }

            labels++;
            labelStart = i + 1;
        }

        if (labels < 2 || allDigitLabel)
        {
            return new ParseFailure(ParseErrorCode.WrongPrefix, begin, ParseDetail.DomainName);
        }

        value = new DomainName(new string(ascii[..written]));
        return ParseFailure.None;
    }

    private static bool IsDot(char c) => c is '.' or '。' or '．' or '｡';

    /// <summary>Folds a character of lenient input: full-width ASCII to ASCII, then to lower case.</summary>
    /// <remarks>IDNA 2003's mapping does both, but <see cref="IdnMapping"/> applies it only where the host has ICU:
    /// with invariant globalization it would encode <c>ｅｘａｍｐｌｅ</c> or <c>BÜCHER</c> as punycode of another
    /// name. Folding first gives the same name in both modes for these, the commonest cases.</remarks>
    private static char FoldLenient(char c)
        => char.ToLowerInvariant((uint)(c - '\uFF01') <= '\uFF5E' - '\uFF01' ? (char)(c - 0xFEE0) : c);

    private static ParseFailure AppendLabel(ReadOnlySpan<char> label, int position, bool lenient, Span<char> destination, ref IdnMapping? idn, out int length, out bool allDigits)
    {
        length = 0;
        allDigits = true;
        bool ascii = true;
        for (int j = 0; j < label.Length; j++)
        {
            char c = label[j];
            if (char.IsControl(c) || char.IsSurrogate(c) || TextCursor.IsSpace(c))
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, position + j);
            }

            if (!char.IsAscii(c))
            {
                if (!lenient)
                {
                    return new ParseFailure(ParseErrorCode.InvalidCharacter, position + j);
                }

                ascii = false;
            }
            else if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, position + j);
            }
            else if (char.IsAsciiLetterUpper(c) && !lenient)
            {
                return new ParseFailure(ParseErrorCode.InvalidCharacter, position + j);
            }
        }

        ReadOnlySpan<char> result = label;
        string? converted = null;
        if (!ascii)
        {
            if (label.Length > MaxLabelLength * 4)
            {
                return new ParseFailure(ParseErrorCode.BadLabel, position);
            }

            idn ??= new IdnMapping { UseStd3AsciiRules = true };
            try
            {
                converted = idn.GetAscii(label.ToString());
            }
            catch (ArgumentException)
            {
                return new ParseFailure(ParseErrorCode.BadLabel, position);
            }

            result = converted;
        }

        if (result.Length > MaxLabelLength || result.Length > destination.Length || result[0] == '-' || result[^1] == '-')
        {
            return new ParseFailure(ParseErrorCode.BadLabel, position);
        }

        for (int j = 0; j < result.Length; j++)
        {
            char c = result[j];
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return new ParseFailure(ParseErrorCode.BadLabel, position);
            }

            allDigits &= char.IsAsciiDigit(c);
            destination[j] = char.ToLowerInvariant(c);
        }

        length = result.Length;
        ReadOnlySpan<char> lower = destination[..length];
        if (length >= 4 && lower[2] == '-' && lower[3] == '-')
        {
            // Hyphens in the third and fourth places are reserved for encodings; only punycode (xn--) is one, and
            // its label must decode.
            if (!lower.StartsWith("xn--"))
            {
                return new ParseFailure(ParseErrorCode.BadLabel, position);
            }

            idn ??= new IdnMapping { UseStd3AsciiRules = true };
            try
            {
                string round = idn.GetAscii(idn.GetUnicode(lower.ToString()));
                if (!lower.SequenceEqual(round))
                {
                    return new ParseFailure(ParseErrorCode.BadLabel, position);
                }
            }
            catch (ArgumentException)
            {
                return new ParseFailure(ParseErrorCode.BadLabel, position);
            }
        }

        return ParseFailure.None;
    }

    /// <summary>Writes the canonical ASCII form into a span.</summary>
    /// <param name="destination">Where to write.</param>
    /// <param name="charsWritten">How many characters were written.</param>
    /// <returns>Whether the span was large enough.</returns>
    public bool TryFormat(Span<char> destination, out int charsWritten)
    {
        string name = Name;
        bool ok = name.AsSpan().TryCopyTo(destination);
        charsWritten = ok ? name.Length : 0;
        return ok;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical ASCII form, such as <c>www.example.com.cn</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => Name;

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether two names are the same.</summary>
    /// <param name="left">One name.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(DomainName left, DomainName right) => string.Equals(left._name, right._name, StringComparison.Ordinal);

    /// <summary>Whether two names differ.</summary>
    /// <param name="left">One name.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(DomainName left, DomainName right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(DomainName other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is DomainName other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => _name is null ? 0 : StringComparer.Ordinal.GetHashCode(_name);
}
