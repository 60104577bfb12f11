using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;
using OneOf;

namespace IcpCompliance.Numbers;

/// <summary>
/// An ICP Commercial License number (ICP经营许可证 / 增值电信业务经营许可证), held by sites that take payment for
/// goods or services, in either of its written forms: <c>京ICP证030173号</c> or <c>粤B2-20090059</c>.
/// </summary>
/// <remarks>
/// <para>A service filed under a license has a number of its own (<c>京ICP证030173号-1</c>,
/// <c>粤B2-20090059-1626X</c>): that is an <see cref="IcpFilingNumber"/> whose <see cref="IcpFilingNumber.LicenseNumber"/>
/// is this number. The 合字 form for foreign-invested holders is not modelled: no source establishes its grammar.</para>
/// <para>The default value holds no number: its <see cref="Province"/> throws and <see cref="ToString()"/> returns
/// an empty string. Immutable; safe to use from any thread.</para>
/// </remarks>
public readonly struct IcpLicenseNumber : IEquatable<IcpLicenseNumber>, ISpanFormattable, ISpanParsable<IcpLicenseNumber>, IUtf8SpanFormattable, IParsedValue<IcpLicenseNumber>
{
    /// <summary>The longest canonical text: province, <c>ICP证</c>, 10 digits, <c>号</c>.</summary>
    internal const int MaxLength = 16;

    private readonly Province? _province;
    private readonly char _character;
    private readonly IcpLicenseForm _form;
    private readonly byte _serialLength;
    private readonly ulong _serial;

    internal IcpLicenseNumber(Province province, char character, IcpLicenseForm form, ulong serial, byte serialLength)
    {
        _province = province;
        _character = character;
        _form = form;
        _serial = serial;
        _serialLength = serialLength;
    }

    /// <summary>The region whose communications administration issued the license.</summary>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public Province Province => _province ?? throw Preconditions.DefaultValue(nameof(IcpLicenseNumber));

    /// <summary>The province character as written (京 in 京ICP证…).</summary>
    public char ProvinceCharacter => _character;

    /// <summary>Which written form the number has.</summary>
    public IcpLicenseForm Form => _form;

    /// <summary>The digits exactly as written, leading zeros kept (<c>030173</c>).</summary>
    public string Serial => _province is null ? string.Empty : _serial.ToString("D" + _serialLength.ToString(System.Globalization.CultureInfo.InvariantCulture), System.Globalization.CultureInfo.InvariantCulture);

    internal ulong SerialValue => _serial;

    internal byte SerialLength => _serialLength;

    /// <summary>The filing number of the <paramref name="index"/>-th service filed under this license
    /// (<c>京ICP证030173号-1</c>, <c>粤B2-20090059-1626X</c>).</summary>
    /// <param name="index">The service's position in the subject's sequence, 1 to 999999.</param>
    /// <param name="suffix">The kind of service, if not a website.</param>
    /// <returns>The service's filing number.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The index or suffix is out of range.</exception>
    /// <exception cref="InvalidOperationException">This is the default value.</exception>
    public IcpFilingNumber WithServiceIndex(int index, ServiceSuffix suffix = ServiceSuffix.None)
    {
        Preconditions.CheckArgumentRange(index, 1, 999_999);
        Preconditions.CheckEnumDefined(suffix);
        return new IcpFilingNumber(Province, _character, (byte)_form, _serial, _serialLength, index, suffix);
    }

    /// <summary>Parses a license number.</summary>
    /// <param name="text">The text; null or empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The number, or why and where the text is not one.</returns>
    public static ParseResult<IcpLicenseNumber> Parse(string? text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<IcpLicenseNumber>(text.AsSpan(), mode);

    /// <summary>Parses a canonical license number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a canonical license number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, out IcpLicenseNumber value)
        => !Read(text, ParseMode.Strict, out value).IsFailure;

    /// <summary>Parses a license number without allocating.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The number, when the text is one.</param>
    /// <returns>Whether the text is a license number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out IcpLicenseNumber value)
        => !Read(text, mode, out value).IsFailure;

    /// <summary>Parses a license number from a span.</summary>
    /// <param name="text">The text; empty gives an error.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <returns>The value, or why and where the text is not one.</returns>
    public static ParseResult<IcpLicenseNumber> Parse(ReadOnlySpan<char> text, ParseMode mode = ParseMode.Strict)
        => ParsedValue.Parse<IcpLicenseNumber>(text, mode);

    /// <summary>Parses without throwing, and says why and where the text is not a license number when it is not.</summary>
    /// <param name="text">The text.</param>
    /// <param name="mode">How strictly to read it.</param>
    /// <param name="value">The value, when the text is one.</param>
    /// <param name="error">Why and where the text is not one; null when it is.</param>
    /// <returns>Whether the text is a license number.</returns>
    public static bool TryParse(ReadOnlySpan<char> text, ParseMode mode, out IcpLicenseNumber value, [NotNullWhen(false)] out ParseError? error)
        => ParsedValue.TryParse<IcpLicenseNumber>(text, mode, out value, out error);

    // The .NET parsing interfaces, for generic code, System.CommandLine and minimal APIs: the canonical form (strict
    // mode), and their Parse throws a ParseException (a FormatException carrying the error), as their contract says.
    // Explicit, because this type's own Parse returns a ParseResult and never throws for bad text.
    static IcpLicenseNumber IParsable<IcpLicenseNumber>.Parse(string s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<IcpLicenseNumber>(s);

    static bool IParsable<IcpLicenseNumber>.TryParse([NotNullWhen(true)] string? s, IFormatProvider? provider, [MaybeNullWhen(false)] out IcpLicenseNumber result)
        => ParsedValue.TryParseCanonical(s.AsSpan(), out result);

    static IcpLicenseNumber ISpanParsable<IcpLicenseNumber>.Parse(ReadOnlySpan<char> s, IFormatProvider? provider)
        => ParsedValue.ParseCanonical<IcpLicenseNumber>(s);

    static bool ISpanParsable<IcpLicenseNumber>.TryParse(ReadOnlySpan<char> s, IFormatProvider? provider, [MaybeNullWhen(false)] out IcpLicenseNumber result)
        => ParsedValue.TryParseCanonical(s, out result);

    bool IUtf8SpanFormattable.TryFormat(Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
        => ParsedValue.TryFormatUtf8(this, utf8Destination, out bytesWritten, format);

    static ParseFailure IParsedValue<IcpLicenseNumber>.Read(ReadOnlySpan<char> text, ParseMode mode, out IcpLicenseNumber value) => Read(text, mode, out value);

    internal static ParseFailure Read(ReadOnlySpan<char> text, ParseMode mode, out IcpLicenseNumber value)
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
    internal static ParseFailure ReadFull(ReadOnlySpan<char> text, ParseMode mode, out IcpLicenseNumber value)
    {
        value = default;
        var cursor = new TextCursor(text, mode);
        ParseFailure failure = IcpNumberReader.Read(ref cursor, ParseDetail.IcpLicenseCertificate, out IcpNumberParts parts);
        if (failure.IsFailure)
        {
            return failure;
        }

        return FromParts(parts, out value);
    }

    internal static ParseFailure FromParts(in IcpNumberParts parts, out IcpLicenseNumber value)
    {
        value = default;
        if (parts.LicenseForm == 0)
        {
            return new ParseFailure(ParseErrorCode.WrongKindMarker, parts.KindPosition, ParseDetail.IcpLicenseCertificate);
        }

        if (parts.ServiceIndex != 0)
        {
            return new ParseFailure(ParseErrorCode.TrailingText, parts.DashPosition, ParseDetail.IcpLicenseCertificate);
        }

        value = new IcpLicenseNumber(parts.Province, parts.Character, (IcpLicenseForm)parts.LicenseForm, parts.Serial, parts.SerialLength);
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
            && (_form == IcpLicenseForm.B2
                ? NumberText.TryWrite(destination, ref w, "B2-") && NumberText.TryWriteDigits(destination, ref w, _serial, _serialLength)
                : NumberText.TryWrite(destination, ref w, "ICP证") && NumberText.TryWriteDigits(destination, ref w, _serial, _serialLength)
                  && NumberText.TryWrite(destination, ref w, '号'));
        charsWritten = ok ? w : 0;
        return ok;
    }

    bool ISpanFormattable.TryFormat(Span<char> destination, out int charsWritten, ReadOnlySpan<char> format, IFormatProvider? provider)
    {
        NumberText.CheckFormat(format);
        return TryFormat(destination, out charsWritten);
    }

    /// <summary>The canonical form: <c>京ICP证030173号</c> or <c>粤B2-20090059</c>.</summary>
    /// <returns>The canonical text; empty for the default value.</returns>
    public override string ToString() => NumberText.Format(this, MaxLength, static (in IcpLicenseNumber v, Span<char> d, out int w) => v.TryFormat(d, out w));

    string IFormattable.ToString(string? format, IFormatProvider? formatProvider)
    {
        NumberText.CheckFormat(format);
        return ToString();
    }

    /// <summary>Whether <paramref name="other"/> is the same license written with any of the province's characters.</summary>
    /// <param name="other">The other number.</param>
    /// <returns>Whether both name the same license.</returns>
    public bool IsSameRecordAs(IcpLicenseNumber other)
        => _province == other._province && _form == other._form && _serial == other._serial && _serialLength == other._serialLength;

    /// <summary>Whether two numbers are the same, character as written included.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they are equal.</returns>
    public static bool operator ==(IcpLicenseNumber left, IcpLicenseNumber right)
        => left._character == right._character && left._form == right._form && left._serial == right._serial
           && left._serialLength == right._serialLength;

    /// <summary>Whether two numbers differ.</summary>
    /// <param name="left">One number.</param>
    /// <param name="right">The other.</param>
    /// <returns>Whether they differ.</returns>
    public static bool operator !=(IcpLicenseNumber left, IcpLicenseNumber right) => !(left == right);

    /// <inheritdoc />
    public bool Equals(IcpLicenseNumber other) => this == other;

    /// <inheritdoc />
    public override bool Equals([NotNullWhen(true)] object? obj) => obj is IcpLicenseNumber other && this == other;

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(_character, _form, _serial, _serialLength);
}
