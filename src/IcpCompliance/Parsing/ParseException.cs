using System;
using IcpCompliance.Internal;

namespace IcpCompliance.Parsing;

/// <summary>
/// Thrown when a caller asks a failed <see cref="ParseResult{T}"/> for its value (<see cref="ParseResult{T}.Value"/>,
/// <see cref="ParseResult{T}.GetValueOrThrow"/>) or uses a type through <see cref="IParsable{TSelf}.Parse(string, IFormatProvider?)"/>:
/// it carries the parser's <see cref="ParseError"/> (code, position, messages), so the reason is not lost.
/// </summary>
/// <remarks>A <see cref="FormatException"/>, as the .NET parsing interfaces promise for text that is not a value.
/// The library's own parsers never throw it for bad input: they return the error in a <see cref="ParseResult{T}"/>.</remarks>
public sealed class ParseException : FormatException
{
    /// <summary>Creates the exception for a parser's error.</summary>
    /// <param name="error">Why and where the text was refused.</param>
    /// <exception cref="ArgumentNullException"><paramref name="error"/> is null.</exception>
    public ParseException(ParseError error)
        : this(Preconditions.CheckNotNull(error), null)
    {
    }

    internal ParseException(ParseError error, string? typeName)
        : base(typeName is null ? $"The text did not parse: {error}" : $"The text is not a valid {typeName}: {error}")
    {
        Error = error;
    }

    /// <summary>Why and where the text was refused: the code, the zero-based position, the messages in English and
    /// Chinese.</summary>
    public ParseError Error { get; }
}
