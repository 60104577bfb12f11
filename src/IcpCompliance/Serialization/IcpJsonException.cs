using System.Text.Json;
using IcpCompliance.Parsing;

namespace IcpCompliance.Serialization;

/// <summary>
/// A JSON value that is well-formed JSON but not a valid filing value: a number or identifier that does not parse,
/// or a name that is not a member. It carries the parser's <see cref="ParseError"/> when there is one, and its
/// <see cref="System.Exception.Message"/> names the JSON path once the serializer has set it.
/// </summary>
public sealed class IcpJsonException : JsonException
{
    /// <summary>Creates the exception for a value that did not parse.</summary>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="error">The parser's error, when a parser refused the value.</param>
    public IcpJsonException(string message, ParseError? error)
        : base(message)
    {
        Error = error;
    }

    /// <summary>The parser's error (code, position in the string value, messages), or null when the value was
    /// refused for another reason.</summary>
    public ParseError? Error { get; }

    /// <summary>The message, followed by the JSON path and line of the value once the serializer knows them.</summary>
    public override string Message
        => Path is null
            ? base.Message
            : $"{base.Message} (at {Path}, line {LineNumber + 1})";
}
