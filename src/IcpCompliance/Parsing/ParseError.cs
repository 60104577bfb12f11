using System;
using System.Globalization;
using IcpCompliance.Internal;

namespace IcpCompliance.Parsing;

/// <summary>
/// Why and where a parser refused its input: a code from a fixed list, the zero-based position in the original
/// text where reading failed, and a message in English and in Simplified Chinese.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Two errors are equal when all four parts are equal.</remarks>
public sealed record ParseError
{
    /// <summary>Creates an error with messages of the caller's own (for parsers built on this library).</summary>
    /// <param name="code">The reason.</param>
    /// <param name="position">Zero-based index into the original input where reading failed.</param>
    /// <param name="message">The explanation in English.</param>
    /// <param name="messageChinese">The explanation in Simplified Chinese.</param>
    /// <exception cref="ArgumentNullException">A message is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="position"/> is negative, or
    /// <paramref name="code"/> is not a defined code.</exception>
    public ParseError(ParseErrorCode code, int position, string message, string messageChinese)
    {
        Preconditions.CheckEnumDefined(code);
        Preconditions.CheckArgumentRange(position, 0, int.MaxValue);
        Code = code;
        Position = position;
        Message = Preconditions.CheckNotNull(message);
        MessageChinese = Preconditions.CheckNotNull(messageChinese);
    }

    /// <summary>The reason the input was refused.</summary>
    public ParseErrorCode Code { get; }

    /// <summary>Zero-based index, in UTF-16 code units of the original input, of the character where reading
    /// failed (the input's length when it ended too early).</summary>
    public int Position { get; }

    /// <summary>The explanation in English.</summary>
    public string Message { get; }

    /// <summary>The explanation in Simplified Chinese (简体中文).</summary>
    public string MessageChinese { get; }

    /// <summary>Formats the error as <c>Code at position N: message</c>.</summary>
    /// <returns>A one-line description in English.</returns>
    public override string ToString()
        => string.Create(CultureInfo.InvariantCulture, $"{Code} at position {Position}: {Message}");
}
