using System;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using OneOf;

namespace IcpCompliance.Numbers;

/// <summary>
/// An ICP filing number (ICP备案号), such as <c>京ICP备12345678号-1</c>: the province character, <c>ICP备</c>, the
/// subject's serial digits, <c>号</c>, and for a service (website, App, Mini Program, quick app) its index in the
/// subject's sequence with an optional letter (<c>-2A</c>, <c>-3X</c>, <c>-4K</c>).
/// </summary>
/// <remarks>
/// <para>The serial is kept exactly as written: current numbers have 10 digits (year and six digits), older ones
/// 8, the oldest 6. They carry no other meaning.</para>
/// <para>A service number can also hang off an ICP Commercial License (<c>京ICP证030173号-1</c>,
/// <c>粤B2-20090059-1626X</c>); <see cref="LicenseNumber"/> then holds the license. Such a number always has an index.</para>
/// <para>Equality compares the text: the province character as issued is part of the number, so 蜀ICP备… and
/// 川ICP备… with the same digits are different numbers of the same province.</para>
/// <para>The default value holds no number: its <see cref="Province"/> throws and <see cref="ToString()"/> returns
/// an empty string. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct IcpFilingNumber : IEquatable<IcpFilingNumber>, ISpanFormattable, ISpanParsable<IcpFilingNumber>, IUtf8SpanFormattable, IParsedValue<IcpFilingNumber>
{
    /// <summary>The longest canonical text: province, <c>ICP证</c>, 10 digits, <c>号-</c>, 6 digits, a letter.</summary>
    internal const int MaxLength = 24;

    private readonly Province? _province;
    private readonly char _character;
    private readonly byte _licenseForm;
    private readonly byte _serialLength;
    private readonly ServiceSuffix _suffix;
    private readonly int _serviceIndex;
    private readonly ulong _serial;

    internal IcpFilingNumber(Province province, char character, byte licenseForm, ulong serial, byte serialLength, int serviceIndex, ServiceSuffix suffix)
    {
        _province = province;
        _character = character;
        _licenseForm = licenseForm;
        _serial = serial;
        _serialLength = serialLength;
        _serviceIndex = serviceIndex;
        _suffix = suffix;
    }

    /// <summary>The MIIT filing query site that a displayed ICP number links to (<c>https://beian.miit.gov.cn/</c>).</summary>
    public static Uri VerificationUrl => VerificationLinks.MiitFilingSystem;

    /// <summary>The region whose communications administration issued the number.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Province Province => _province ?? throw Preconditions.DefaultValue(nameof(IcpFilingNumber));

    /// <summary>The province character as written (京 in 京ICP备…; 蜀 or 川 for Sichuan).</summary>
    public char ProvinceCharacter => _character;

    /// <summary>The subject's digits exactly as written, leading zeros kept (<c>05052049</c>).</summary>
    public string Serial => _province is null ? string.Empty : _serial.ToString("D" + _serialLength.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    /// <summary>How many digits the serial has (6 to 10; 8 for a B2 license).</summary>
    public int SerialLength => _serialLength;

    /// <summary>The service's index in the subject's sequence (<c>1</c> in <c>…号-1</c>), or null for the subject's
    /// own number.</summary>
    public int? ServiceIndex => _serviceIndex == 0 ? null : _serviceIndex;

    /// <summary>The letter after the index, saying which kind of service this is.</summary>
    public ServiceSuffix Suffix => _suffix;

    /// <summary>Whether this is a subject's number (主体备案号, no index) rather than a service's.</summary>
    public bool IsSubjectNumber => _serviceIndex == 0;

    /// <summary>The license this service number hangs off (<c>京ICP证030173号</c> for <c>京ICP证030173号-1</c>), or
    /// null for a number in the <c>ICP备</c> form.</summary>
    public IcpLicenseNumber? LicenseNumber => _licenseForm == 0 || _province is null
        ? null
        : new IcpLicenseNumber(_province, _character, (IcpLicenseForm)_licenseForm, _serial, _serialLength);

    /// <summary>The subject's number (<c>京ICP备12345678号</c> for <c>京ICP备12345678号-1</c>), which Guangdong sites
    /// display; null for a number under a license, whose subject is identified by the license itself.</summary>
    public IcpFilingNumber? SubjectNumber => _licenseForm != 0 || _province is null
        ? null
        : new IcpFilingNumber(_province, _character, 0, _serial, _serialLength, 0, ServiceSuffix.None);

    /// <summary>The number of the <paramref name="index"/>-th service of this number's subject.</summary>
    /// <param name="index">The service's position in the subject's sequence, 1 to 999999.</param>
    /// <param name="suffix">The kind of service, if not a website.</param>
    /// <returns>The service's number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index or suffix is out of range.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public IcpFilingNumber WithServiceIndex(int index, ServiceSuffix suffix = ServiceSuffix.None)
    {
        Preconditions.CheckArgumentRange(index, 1, 999_999);
        Preconditions.CheckEnumDefined(suffix);
        return new IcpFilingNumber(Province, _character, _licenseForm, _serial, _serialLength, index, suffix);
    }

    /// <summary>Parses a filing number.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is not one.</returns>
    public static ParseResult<IcpFilingNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<IcpFilingNumber>(text.AsSpan(), mode);

    /// <summary>Parses a canonical filing number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a canonical filing number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IcpFilingNumber value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses a filing number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a filing number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out IcpFilingNumber value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a filing number from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<IcpFilingNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<IcpFilingNumber>(text, mode);

    /// <summary>Parses without throwing, and says why and where the text is not a filing number when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a filing number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out IcpFilingNumber value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<IcpFilingNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static IcpFilingNumber IParsable<IcpFilingNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<IcpFilingNumber>(s);

    static bool IParsable<IcpFilingNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out IcpFilingNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static IcpFilingNumber ISpanParsable<IcpFilingNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<IcpFilingNumber>(s);

    static bool ISpanParsable<IcpFilingNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out IcpFilingNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<IcpFilingNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out IcpFilingNumber value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out IcpFilingNumber value)
    {
        if (mode == ParseMode.Strict && IcpNumberReader.TryReadCanonical(text, out IcpNumberParts canonical))
        {
            return FromParts(canonical, out value);
        }

        return ReadFull(text, mode, out value);
    }

    /// <summary>The reader of every form, which says why a text is not a number; the strict fast path
    /// (<see cref="IcpNumberReader.TryReadCanonical"/>) must agree with it (a differential property test checks that,
    /// and a benchmark that the fast path earns its copy).</summary>
    internal static ParseFailure ReadFull(ReadOnlySpan<char> text, ParseMode mode, out IcpFilingNumber value)
    {
        value = default;
        var cursor = new TextCursor(text, mode);
        ParseFailure failure = IcpNumberReader.Read(ref cursor, ParseDetail.IcpFiling, out IcpNumberParts parts);
        if (failure.IsFailure)
        {
            return failure;
        }

        return FromParts(parts, out value);
    }

    internal static ParseFailure FromParts(in IcpNumberParts parts, out IcpFilingNumber value)
    {
        value = default;
        if (parts.LicenseForm != 0 && parts.ServiceIndex == 0)
        {
            return new ParseFailure(ParseErrorCode.LicenseWithoutServiceIndex, parts.EndPosition);
        }

        value = new IcpFilingNumber(parts.Province, parts.Character, parts.LicenseForm, parts.Serial, parts.SerialLength, parts.ServiceIndex, parts.Suffix);
        return ParseFailure.None;
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
            && (IcpLicenseForm)_licenseForm switch
            {
                IcpLicenseForm.B2 => NumberText.TryWrite(destination, ref w, "B2-") && NumberText.TryWriteDigits(destination, ref w, _serial, _serialLength),
                IcpLicenseForm.Certificate => NumberText.TryWrite(destination, ref w, "ICP证") && NumberText.TryWriteDigits(destination, ref w, _serial, _serialLength) && NumberText.TryWrite(destination, ref w, '号'),
                _ => NumberText.TryWrite(destination, ref w, "ICP备") && NumberText.TryWriteDigits(destination, ref w, _serial, _serialLength) && NumberText.TryWrite(destination, ref w, '号'),
            };
        if (ok && _serviceIndex != 0)
        {
            ok = NumberText.TryWrite(destination, ref w, '-')
                && NumberText.TryWriteDigits(destination, ref w, (ulong)_serviceIndex, NumberText.DigitCount(_serviceIndex))
                && (ServiceSuffixExtensions.LetterOf(_suffix) is not { } letter || NumberText.TryWrite(destination, ref w, letter));
        }

        charsWritten = ok ? w : 0;
        return ok;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form, such as <c>京ICP备12345678号-1</c>, <c>陕ICP备2024026116号-1A</c> or
    /// <c>粤B2-20090059-1626X</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, MaxLength, static (in IcpFilingNumber v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>
    /// Whether <paramref name="other"/> is the same record written with any of the province's characters: 甘ICP备…
    /// and 陇ICP备… with the same digits are one filing, though <c>==</c> tells their spellings apart.
    /// </summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether both name the same filing.</returns>
    public bool IsSameRecordAs(IcpFilingNumber other)
        => _province == other._province && _licenseForm == other._licenseForm && _serial == other._serial
           && _serialLength == other._serialLength && _serviceIndex == other._serviceIndex && _suffix == other._suffix;

    /// <summary>Whether two numbers are the same, character as written included.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IcpFilingNumber left, IcpFilingNumber right)
        => left._character == right._character && left._licenseForm == right._licenseForm && left._serial == right._serial
           && left._serialLength == right._serialLength && left._serviceIndex == right._serviceIndex && left._suffix == right._suffix;

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IcpFilingNumber left, IcpFilingNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(IcpFilingNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is IcpFilingNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_character, _licenseForm, _serial, _serialLength, _serviceIndex, _suffix);
}
