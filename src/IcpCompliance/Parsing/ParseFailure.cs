namespace IcpCompliance.Parsing;

/// <summary>
/// The allocation-free form of a parse failure used on hot paths: the code, the position and, where the message
/// needs one, a detail. Turned into a <see cref="ParseError"/> (with its messages) only when a caller asks for one.
/// </summary>
internal readonly record struct ParseFailure(ParseErrorCode Code, int Position, ParseDetail Detail = ParseDetail.None)
{
    internal bool IsFailure => Code != 0;

    internal static ParseFailure None => default;

    internal ParseError ToError() => ParseMessages.Create(this);
}
