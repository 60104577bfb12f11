using System.Text.Json;
using OneOf;

namespace IcpCompliance.Providers;

/// <summary>The first step of reading any provider's response: text to a JSON document, or the error at <c>$</c>.</summary>
internal static class ProviderJson
{
    /// <summary>Parses a response body; the caller disposes the document.</summary>
    internal static OneOf<JsonDocument, ProviderResponseError> Parse(string? json)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return new ProviderResponseError("$", "The response is empty.", "响应为空。");
        }

        try
        {
            return JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            return new ProviderResponseError("$", $"Not JSON: {e.Message}", "不是有效的 JSON。");
        }
    }
}
