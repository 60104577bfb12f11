using System;
using System.Collections.Immutable;
using System.Text.Json;
using IcpCompliance.Internal;
using NodaTime;
using OneOf;

namespace IcpCompliance.Providers;

/// <summary>
/// Reads WeChat's filing status responses into observations: <c>getIcpEntranceInfo</c>
/// (<c>{"errcode":0,"info":{"status":4,"sms_verify_status":1,"audit_data":[…]}}</c>) and <c>queryAuthAndIcp</c>
/// (<c>{"errcode":0,"procedure_status":24,"icp_audit":{"sms_verify_status":1,"audit_data":[…]}}</c>).
/// </summary>
/// <remarks>Any string is accepted: text that is not such a response gives an error with its JSON path, never an
/// exception. Stateless; safe to use from any thread.</remarks>
public static class WeChatIcpResponse
{
    /// <summary>Reads one response.</summary>
    /// <param name="json">The response body.</param>
    /// <param name="seenAt">When it was received.</param>
    /// <returns>The observation, or why the text is not a status response.</returns>
    public static OneOf<ProviderObservation, ProviderResponseError> Read(string? json, Instant seenAt)
    {
        if (ProviderJson.Parse(json).TryPickT1(out ProviderResponseError? unreadable, out JsonDocument? document))
        {
            return unreadable;
        }

        using (document)
        {
            JsonElement root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                return new ProviderResponseError("$", "The response is not a JSON object.", "响应不是 JSON 对象。");
            }

            if (root.TryGetProperty("errcode", out JsonElement errcode) && (errcode.ValueKind != JsonValueKind.Number || !errcode.TryGetInt64(out long code) || code != 0))
            {
                string message = root.TryGetProperty("errmsg", out JsonElement errmsg) && errmsg.ValueKind == JsonValueKind.String ? errmsg.GetString()! : string.Empty;
                return new ProviderResponseError("$.errcode", $"The platform returned errcode {errcode.GetRawText()} ({message}): no status.", $"平台返回错误码 {errcode.GetRawText()}（{message}），无备案状态。");
            }

            if (root.TryGetProperty("info", out JsonElement info))
            {
                return info.ValueKind == JsonValueKind.Object
                    ? Observation(info, "$.info", "status", info, "$.info", seenAt, root)
                    : new ProviderResponseError("$.info", "info is not an object.", "info 不是对象。");
            }

            if (root.TryGetProperty("procedure_status", out _))
            {
                bool hasAudit = root.TryGetProperty("icp_audit", out JsonElement audit);
                if (hasAudit && audit.ValueKind != JsonValueKind.Object && audit.ValueKind != JsonValueKind.Null)
                {
                    return new ProviderResponseError("$.icp_audit", "icp_audit is not an object.", "icp_audit 不是对象。");
                }

                return Observation(root, "$", "procedure_status", hasAudit && audit.ValueKind == JsonValueKind.Object ? audit : default, "$.icp_audit", seenAt, root);
            }

            return new ProviderResponseError("$", "Neither info (getIcpEntranceInfo) nor procedure_status (queryAuthAndIcp) is present.", "既无 info（getIcpEntranceInfo）也无 procedure_status（queryAuthAndIcp）。");
        }
    }

    private static OneOf<ProviderObservation, ProviderResponseError> Observation(JsonElement holder, string holderPath, string codeName, JsonElement audit, string auditPath, Instant seenAt, JsonElement root)
    {
        if (!holder.TryGetProperty(codeName, out JsonElement codeElement) || codeElement.ValueKind != JsonValueKind.Number || !codeElement.TryGetInt32(out int code))
        {
            return new ProviderResponseError($"{holderPath}.{codeName}", $"{codeName} is missing or not an integer.", $"{codeName} 缺失或不是整数。");
        }

        int? sms = null;
        var reasons = ImmutableArray.CreateBuilder<AuditReason>();
        if (audit.ValueKind == JsonValueKind.Object)
        {
            if (audit.TryGetProperty("sms_verify_status", out JsonElement smsElement) && smsElement.ValueKind != JsonValueKind.Null)
            {
                if (smsElement.ValueKind != JsonValueKind.Number || !smsElement.TryGetInt32(out int smsCode))
                {
                    return new ProviderResponseError($"{auditPath}.sms_verify_status", "sms_verify_status is not an integer.", "sms_verify_status 不是整数。");
                }

                sms = smsCode == 0 ? null : smsCode;
            }

            if (audit.TryGetProperty("audit_data", out JsonElement data) && data.ValueKind != JsonValueKind.Null)
            {
                if (data.ValueKind != JsonValueKind.Array)
                {
                    return new ProviderResponseError($"{auditPath}.audit_data", "audit_data is not an array.", "audit_data 不是数组。");
                }

                int i = 0;
                foreach (JsonElement item in data.EnumerateArray())
                {
                    string path = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{auditPath}.audit_data[{i}]");
                    if (item.ValueKind != JsonValueKind.Object)
                    {
                        return new ProviderResponseError(path, "An audit_data item is not an object.", "audit_data 的条目不是对象。");
                    }

                    reasons.Add(new AuditReason(Text(item, "key_name"), Text(item, "error"), Text(item, "suggest")));
                    i++;
                }
            }
        }

        string? reasonText = Text(root, "refill_reason") is { Length: > 0 } refill ? refill : Text(root, "fail_reason") is { Length: > 0 } fail ? fail : null;
        return new ProviderObservation(seenAt, code, sms) { AuditReasons = reasons.ToImmutable(), ReasonText = reasonText };
    }

    private static string Text(JsonElement element, string name)
        => element.TryGetProperty(name, out JsonElement value) && value.ValueKind == JsonValueKind.String ? value.GetString()! : string.Empty;
}
