namespace IcpCompliance.Cli.Check;

/// <summary>One deadline in <c>icp check --format json</c>: instants and dates as ISO strings.</summary>
internal sealed record DeadlineDocument(
    string RuleId, string What, string WhatChinese, string By, string From, string? DueAt, string? DueOn,
    string? ExpectedOn, bool Estimate, bool Overdue);
