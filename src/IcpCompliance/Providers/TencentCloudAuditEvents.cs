using System.Collections.Immutable;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;
using OneOf;

namespace IcpCompliance.Providers;

/// <summary>
/// Reads Tencent Cloud's operation-audit search (CloudAudit <c>LookUpEvents</c>:
/// <c>{"Response":{"Events":[{"EventName":"AbandonIcpOrder","EventTime":"1772413200","ErrorCode":0,…}],…}}</c>) into
/// recorded actions for <see cref="ProviderActionTranslator"/>.
/// </summary>
/// <remarks>
/// <para>Every event is kept, whatever its product: a name the action list does not know is reported by the
/// translator, never dropped here. The records come back oldest first, whatever order the response lists them in.
/// <c>EventTime</c> is read as Unix seconds when it is all digits, and as <c>yyyy-MM-dd HH:mm:ss</c> at the offset the
/// caller names otherwise (the documentation's example writes that form without an offset).</para>
/// <para>Any string is accepted: text that is not such a response gives an error with its JSON path, never an
/// exception. Stateless; safe to use from any thread.</para>
/// </remarks>
public static class TencentCloudAuditEvents
{
    /// <summary>The documentation page of CloudAudit's <c>LookUpEvents</c>.</summary>
    public const string Source = "https://cloud.tencent.com/document/api/629/35344";

    private static readonly LocalDateTimePattern FormattedTime = LocalDateTimePattern.CreateWithInvariantCulture("uuuu'-'MM'-'dd' 'HH':'mm':'ss");

    /// <summary>Reads one response.</summary>
    /// <param name="json">The response body.</param>
    /// <param name="formattedTimeOffset">The offset of an <c>EventTime</c> written as a date and time (China Standard
    /// Time is <c>Offset.FromHours(8)</c>); Unix seconds need none.</param>
    /// <returns>The recorded actions, oldest first, or why the text is not such a response.</returns>
    public static OneOf<ImmutableArray<ProviderActionRecord>, ProviderResponseError> Read(string? json, Offset formattedTimeOffset)
    {
        if (ProviderJson.Parse(json).TryPickT1(out ProviderResponseError? unreadable, out JsonDocument? document))
        {
            return unreadable;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("Response", out JsonElement response) || response.ValueKind != JsonValueKind.Object)
            {
                return new ProviderResponseError("$.Response", "Response is missing or not an object.", "Response 缺失或不是对象。");
            }

            if (response.TryGetProperty("Error", out JsonElement error))
            {
                string code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("Code", out JsonElement c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : error.GetRawText();
                string message = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("Message", out JsonElement m) && m.ValueKind == JsonValueKind.String ? m.GetString()! : string.Empty;
                return new ProviderResponseError("$.Response.Error", $"The platform returned error {code} ({message}): no events.", $"平台返回错误 {code}（{message}），无操作记录。");
            }

            if (!response.TryGetProperty("Events", out JsonElement events) || events.ValueKind != JsonValueKind.Array)
            {
                return new ProviderResponseError("$.Response.Events", "Events is missing or not an array.", "Events 缺失或不是数组。");
            }

            var records = ImmutableArray.CreateBuilder<ProviderActionRecord>();
            int index = 0;
            foreach (JsonElement item in events.EnumerateArray())
            {
                string path = string.Create(CultureInfo.InvariantCulture, $"$.Response.Events[{index++}]");
                if (item.ValueKind != JsonValueKind.Object)
                {
                    return new ProviderResponseError(path, "An event is not an object.", "事件不是对象。");
                }

                if (!item.TryGetProperty("EventName", out JsonElement name) || name.ValueKind != JsonValueKind.String || string.IsNullOrEmpty(name.GetString()))
                {
                    return new ProviderResponseError(path + ".EventName", "EventName is missing or not a text.", "EventName 缺失或不是文本。");
                }

                if (!item.TryGetProperty("EventTime", out JsonElement time) || time.ValueKind != JsonValueKind.String || Time(time.GetString()!, formattedTimeOffset) is not Instant at)
                {
                    return new ProviderResponseError(path + ".EventTime", "EventTime is missing, or neither Unix seconds nor yyyy-MM-dd HH:mm:ss.", "EventTime 缺失，或既非 Unix 秒也非 yyyy-MM-dd HH:mm:ss。");
                }

                long errorCode = 0;
                if (item.TryGetProperty("ErrorCode", out JsonElement errorCodeElement) && errorCodeElement.ValueKind != JsonValueKind.Null
                    && (errorCodeElement.ValueKind != JsonValueKind.Number || !errorCodeElement.TryGetInt64(out errorCode)))
                {
                    return new ProviderResponseError(path + ".ErrorCode", "ErrorCode is not an integer.", "ErrorCode 不是整数。");
                }

                records.Add(new ProviderActionRecord(at, name.GetString()!, errorCode));
            }

            return records.OrderBy(r => r.At).ToImmutableArray();
        }
    }

    private static Instant? Time(string text, Offset offset)
    {
        if (text.Length is > 0 and <= 12 && text.All(char.IsAsciiDigit))
        {
            return Instant.FromUnixTimeSeconds(long.Parse(text, NumberStyles.None, CultureInfo.InvariantCulture));
        }

        var local = FormattedTime.Parse(text);
        return local.Success ? local.Value.WithOffset(offset).ToInstant() : null;
    }
}
