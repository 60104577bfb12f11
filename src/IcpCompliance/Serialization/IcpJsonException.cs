using System;
using System.Globalization;
using System.Text.Json;
using IcpCompliance.Parsing;

namespace IcpCompliance.Serialization;

/// <summary>
/// JSON that the library refuses: not JSON, not the document asked for (an unknown or missing property, a value of
/// the wrong kind), a number or identifier that does not parse, or a stored case whose history the workflow does
/// not allow. <see cref="IcpJson"/>'s readers throw only this for bad text, with what is wrong in English and
/// Chinese, the JSON path, and the one-based line and column; it carries the parser's <see cref="ParseError"/>
/// when a parser refused a value.
/// </summary>
/// <remarks>Thrown by the library's converters inside options of your own, it has no line and column of its own:
/// <see cref="System.Exception.Message"/> then names the path and line System.Text.Json gives it.</remarks>
public sealed class IcpJsonException : JsonException
{
    private readonly string? _document;
    private readonly string? _documentChinese;

    /// <summary>Creates the exception for a value that did not parse.</summary>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="error">The parser's error, when a parser refused the value.</param>
    public IcpJsonException(string message, ParseError? error)
        : this(message, error?.MessageChinese ?? "JSON 中的值无效", error)
    {
    }

    internal IcpJsonException(string reason, string reasonChinese, ParseError? error = null)
        : base(reason)
    {
        Reason = reason;
        ReasonChinese = reasonChinese;
        Error = error;
    }

    // A stored case refused after reading, naming the member (relative to the case's object) that is wrong.
    internal IcpJsonException(string reason, string reasonChinese, string member)
        : this(reason, reasonChinese)
    {
        Member = member;
    }

    // The readers' final form: what the text is not, the reason, and where, with the cause kept as the inner exception.
    internal IcpJsonException(JsonErrorDescription description, Exception? cause)
        : base(description.Reason, description.Path, description.Line - 1, null, cause)
    {
        Reason = description.Reason;
        ReasonChinese = description.ReasonChinese;
        Error = description.Error;
        Line = description.Line;
        Column = description.Column;
        _document = description.Document;
        _documentChinese = description.DocumentChinese;
    }

    // The member of a stored case's object that is wrong ("history[3]", "state"), for the readers to locate.
    internal string? Member { get; }

    /// <summary>The parser's error (code, position in the string value, messages), or null when the value was
    /// refused for another reason.</summary>
    public ParseError? Error { get; }

    /// <summary>What is wrong, in English, without where (for example <c>unknown property 'name'</c>).</summary>
    public string Reason { get; }

    /// <summary>What is wrong, in Chinese.</summary>
    public string ReasonChinese { get; }

    /// <summary>The line of the text where the error was found, counted from one; null when not known.</summary>
    public int? Line { get; }

    /// <summary>The column (in characters) where the error was found, counted from one; null when not known.</summary>
    public int? Column { get; }

    /// <summary>What the text is not and what is wrong, then where (the JSON path, the one-based line and column),
    /// in English and then in Chinese.</summary>
    public override string Message
    {
        get
        {
            if (_document is null)
            {
                return Path is null ? Reason : string.Create(CultureInfo.InvariantCulture, $"{Reason} (at {Path}, line {LineNumber + 1})");
            }

            // The readers always know the place (the path "$" and line 1, column 1 at worst).
            return string.Create(
                CultureInfo.InvariantCulture,
                $"The JSON is not {_document}: {Reason} (at {Path}, line {Line}, column {Column}); 该 JSON 不是{_documentChinese}：{ReasonChinese}（{Path}，第 {Line} 行第 {Column} 列）");
        }
    }
}
