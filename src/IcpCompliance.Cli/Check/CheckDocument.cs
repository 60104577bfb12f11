using System.Collections.Generic;
using System.Text.Json.Nodes;

namespace IcpCompliance.Cli.Check;

/// <summary>The JSON shape of <c>icp check --format json</c>.</summary>
internal sealed record CheckDocument(
    string Input, string Kind, string CheckedOn, string At, string? State, JsonNode Report,
    IReadOnlyList<DeadlineDocument> Deadlines, FooterDocument Footer, bool Ready, string Verdict, string VerdictChinese);
