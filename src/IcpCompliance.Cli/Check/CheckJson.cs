using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using IcpCompliance.Serialization;
using NodaTime;
using NodaTime.Text;

namespace IcpCompliance.Cli.Check;

/// <summary>Writes a check as one JSON document; the rule report in the library's own JSON form.</summary>
internal static class CheckJson
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    internal static void Write(CheckResult result, TextWriter output)
    {
        var document = new CheckDocument(
            result.Input,
            result.Case is null ? "application" : "case",
            LocalDatePattern.Iso.Format(result.Date),
            InstantPattern.ExtendedIso.Format(result.At),
            result.Case?.State.Name,
            JsonNode.Parse(IcpJson.Serialize(result.Report))!,
            [.. result.Deadlines.Select(d => new DeadlineDocument(
                d.Rule.Id, d.What, d.WhatChinese, d.By.ToString(), InstantPattern.ExtendedIso.Format(d.From),
                d.DueAt is { } at ? InstantPattern.ExtendedIso.Format(at) : null,
                d.DueOn is { } on ? LocalDatePattern.Iso.Format(on) : null,
                d.ExpectedOn is { } expected ? LocalDatePattern.Iso.Format(expected) : null,
                d.IsEstimate,
                d.IsOverdueAt(result.At)))],
            new FooterDocument(result.Footer.Status, result.Footer.Html, result.Footer.RuleId, result.Footer.Message, result.Footer.MessageChinese),
            result.IsReady);
        output.WriteLine(JsonSerializer.Serialize(document, (JsonTypeInfo<CheckDocument>)Options.GetTypeInfo(typeof(CheckDocument))));
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(CheckJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = CheckJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }
}
