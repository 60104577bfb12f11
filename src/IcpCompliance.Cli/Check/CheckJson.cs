using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using System.Text.Unicode;
using IcpCompliance.Cli.Output;
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
        CheckVerdict verdict = CheckVerdict.For(result.Case, result.Report);
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
            result.IsReady,
            verdict.English,
            verdict.Chinese);
        JsonNode node = JsonSerializer.SerializeToNode(document, (JsonTypeInfo<CheckDocument>)Options.GetTypeInfo(typeof(CheckDocument)))!;
        output.WriteLine(CutStrings(node).ToJsonString(Options));
    }

    // Messages quote the input: in the document, as on the terminal, no string is longer than a message may be.
    // The encoder writes control characters as \u escapes, so none reaches the terminal raw.
    private static JsonNode CutStrings(JsonNode node)
    {
        if (node is JsonObject obj)
        {
            foreach (var (name, child) in obj.ToList())
            {
                if (child is not null && Cut(child) is { } cut)
                {
                    obj[name] = cut;
                }
            }
        }
        else if (node is JsonArray array)
        {
            for (int i = 0; i < array.Count; i++)
            {
                if (array[i] is { } child && Cut(child) is { } cut)
                {
                    array[i] = cut;
                }
            }
        }

        return node;
    }

    /// <returns>The string cut short, or null when the node is no string over the bound (its children are cut in place).</returns>
    private static JsonNode? Cut(JsonNode node)
    {
        if (node is JsonValue value && value.GetValueKind() == JsonValueKind.String)
        {
            string text = value.GetValue<string>();
            return text.Length > TerminalText.MaxMessage
                ? JsonValue.Create(TerminalText.Shorten(text, TerminalText.MaxMessage))
                : null;
        }

        CutStrings(node);
        return null;
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
