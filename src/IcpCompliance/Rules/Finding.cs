namespace IcpCompliance.Rules;

/// <summary>One thing a rule found wrong (or worth knowing) in an application.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
/// <param name="RuleId">The id of the rule that found it.</param>
/// <param name="Severity">Its severity, as the <see cref="RuleSet"/> that evaluated it sets it.</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="MessageChinese">What is wrong, in Simplified Chinese.</param>
/// <param name="Path">The offending field in the application, written the way C# reads it, for example
/// <c>Services[0].Domains[1]</c>, <c>People[2].Mobile</c> or <c>Documents</c>.</param>
/// <param name="FixHint">How to fix it, in English.</param>
/// <param name="FixHintChinese">How to fix it, in Simplified Chinese.</param>
public sealed record Finding(
    string RuleId,
    RuleSeverity Severity,
    string Message,
    string MessageChinese,
    string Path,
    string FixHint,
    string FixHintChinese)
{
    /// <summary>How many times the rule reported this same finding (same path and messages) in one evaluation:
    /// repeats are collapsed into one finding at the first report, so an application that lists one content category
    /// a million times gives one finding, not a million.</summary>
    public int Occurrences { get; init; } = 1;
}
