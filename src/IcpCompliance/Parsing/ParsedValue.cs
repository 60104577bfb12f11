using System;
using System.Diagnostics.CodeAnalysis;
using IcpCompliance.Internal;

namespace IcpCompliance.Parsing;

/// <summary>The bodies every parsed type's overloads and .NET interface members share, written once over the type's
/// reader (<see cref="IParsedValue{TSelf}"/>). The interfaces read the canonical form (strict mode) and their Parse
/// throws a <see cref="ParseException"/>, as .NET's contract says; the type's own Parse returns the error.</summary>
internal static class ParsedValue
{
    /// <summary>The result of reading the text.</summary>
    internal static ParseResult<T> Parse<T>(ReadOnlySpan<char> text, ParseMode mode)
        where T : notnull, IParsedValue<T>
    {
        ParseFailure failure = T.Read(text, mode, out T? value);
        return ParseResult<T>.From(failure, value!);
    }

    /// <summary>Reads the text without throwing, and gives the error when it is not a value.</summary>
    internal static bool TryParse<T>(ReadOnlySpan<char> text, ParseMode mode, [MaybeNullWhen(false)] out T value, [NotNullWhen(false)] out ParseError? error)
        where T : notnull, IParsedValue<T>
    {
        ParseFailure failure = T.Read(text, mode, out T? read);
        value = read!;
        error = failure.IsFailure ? failure.ToError() : null;
        return error is null;
    }

    /// <summary><see cref="IParsable{TSelf}.Parse(string, IFormatProvider?)"/>: the canonical form, or a
    /// <see cref="ParseException"/>; null throws <see cref="ArgumentNullException"/>.</summary>
    internal static T ParseCanonical<T>(string s)
        where T : notnull, IParsedValue<T>
        => Parse<T>(Preconditions.CheckNotNull(s).AsSpan(), ParseMode.Strict).Value;

    /// <summary><see cref="ISpanParsable{TSelf}.Parse(ReadOnlySpan{char}, IFormatProvider?)"/>: the canonical form, or
    /// a <see cref="ParseException"/>.</summary>
    internal static T ParseCanonical<T>(ReadOnlySpan<char> s)
        where T : notnull, IParsedValue<T>
        => Parse<T>(s, ParseMode.Strict).Value;

    /// <summary>The interfaces' TryParse: the canonical form, without throwing.</summary>
    internal static bool TryParseCanonical<T>(ReadOnlySpan<char> s, [MaybeNullWhen(false)] out T result)
        where T : notnull, IParsedValue<T>
    {
        bool parsed = !T.Read(s, ParseMode.Strict, out T? value).IsFailure;
        result = value!;
        return parsed;
    }

    /// <summary><see cref="IUtf8SpanFormattable.TryFormat"/>: the canonical text as UTF-8; a format other than the
    /// canonical one (null, empty or "G") throws <see cref="FormatException"/>.</summary>
    internal static bool TryFormatUtf8<T>(T value, Span<byte> utf8Destination, out int bytesWritten, ReadOnlySpan<char> format)
        where T : ISpanFormattable
    {
        NumberText.CheckFormat(format);
        return Utf8Text.TryFormat(value, utf8Destination, out bytesWritten);
    }
}
