using System;
using IcpCompliance.Rules;

namespace IcpCompliance.Tests.Rules.Scenarios;

/// <summary>One application of the scenario suite: a small change to a base case, named after the source sentence it
/// enforces, with that sentence, the document it comes from, the verdict a provider must get and the finding that
/// decides it (the rule and the field path; for a ready application a warning or note it must still carry, or none).</summary>
/// <param name="Name">The scenario's name: what the sentence requires, in a few words.</param>
/// <param name="Quote">The source sentence, word for word.</param>
/// <param name="Source">The document it comes from.</param>
/// <param name="Context">The application and what the rules read.</param>
/// <param name="Ready">Whether the application is ready to submit.</param>
/// <param name="RuleId">The rule of the decisive finding, or null for a fully correct application.</param>
/// <param name="Path">The field the decisive finding concerns, or null.</param>
internal sealed record SourceScenario(string Name, string Quote, string Source, Func<RuleContext> Context, bool Ready, string? RuleId, string? Path)
{
    /// <summary>Other rules that find something in the application as a consequence of the one change (a commercial
    /// site also needs its license, ICP0201); any other error or warning fails the scenario.</summary>
    public string[] Also { get; init; } = [];

    public override string ToString() => Name;
}
