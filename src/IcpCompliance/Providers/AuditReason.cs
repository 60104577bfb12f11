namespace IcpCompliance.Providers;

/// <summary>One reason a platform gave for rejecting a filing (WeChat's <c>audit_data</c> item: the field's name, the
/// error, the suggested fix), with the library's framing in English and Chinese around the platform's own words.</summary>
/// <param name="Field">The field that failed review, as the platform names it (<c>key_name</c>, in Chinese).</param>
/// <param name="Error">Why it failed (<c>error</c>).</param>
/// <param name="Suggestion">How to fix it (<c>suggest</c>).</param>
/// <remarks>Immutable; safe to use from any thread. The platform writes its texts in Chinese only; they are quoted
/// as given.</remarks>
public sealed record AuditReason(string Field, string Error, string Suggestion)
{
    /// <summary>The reason in English, quoting the platform's words.</summary>
    public string Message => $"Rejected on \"{Field}\": {Error}. Suggested fix: {Suggestion}";

    /// <summary>The reason in Chinese.</summary>
    public string MessageChinese => $"“{Field}”审核不通过：{Error}。修改建议：{Suggestion}";
}
