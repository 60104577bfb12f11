namespace IcpCompliance.Cli.Check;

/// <summary>The footer in <c>icp check --format json</c>.</summary>
internal sealed record FooterDocument(string Status, string? Html, string? RuleId, string Message, string MessageChinese);
