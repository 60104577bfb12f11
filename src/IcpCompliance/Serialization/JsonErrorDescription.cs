using IcpCompliance.Parsing;

namespace IcpCompliance.Serialization;

/// <summary>A refused JSON text in the user's terms: what it is not, what is wrong (English and Chinese) and where
/// (the JSON path, the one-based line and column).</summary>
internal sealed record JsonErrorDescription(
    string Document,
    string DocumentChinese,
    string Reason,
    string ReasonChinese,
    ParseError? Error,
    string Path,
    int Line,
    int Column);
