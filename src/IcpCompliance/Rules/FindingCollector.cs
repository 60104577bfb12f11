using System;
using IcpCompliance.Internal;

namespace IcpCompliance.Rules;

/// <summary>
/// Receives the findings of the rule being evaluated. A <see cref="RuleSet"/> creates one per evaluation and hands
/// it to each <see cref="IRule"/> in turn; the collector stamps each finding with the current rule's id and
/// severity.
/// </summary>
/// <remarks>Not thread-safe: one evaluation uses it on one thread. Findings cost an allocation each; an evaluation
/// that finds nothing allocates no finding storage.</remarks>
public sealed class FindingCollector
{
    private Finding[]? _findings;
    private int _count;
    private RuleSeverity _severity;
    private Rule? _rule;
    private bool _enforceUnconfirmed;
    private System.Collections.Generic.Dictionary<Finding, int>? _seen;

    // Work the division rules (ICP0405, ICP0406) share within one evaluation: each person's code is looked up once,
    // not once per rule. Empty (and allocation-free) when every code is fine.
    private DivisionFailure[]? _divisionFailures;

    internal FindingCollector(bool enforceUnconfirmed = false)
    {
        _enforceUnconfirmed = enforceUnconfirmed;
    }

    /// <summary>The rule being evaluated (its <see cref="Rule.AppliesTo(Filing.ServiceKind)"/> tells a rule which
    /// services to look at).</summary>
    /// <exception cref="InvalidOperationException">No rule is being evaluated.</exception>
    public Rule Rule => _rule ?? throw new InvalidOperationException("No rule is being evaluated.");

    /// <summary>The severity findings of the current rule get in this evaluation.</summary>
    public RuleSeverity Severity => _severity;

    /// <summary>Reports a finding of the current rule.</summary>
    /// <param name="path">The offending field, for example <c>Services[0].Domains[1]</c>; it must name a field that
    /// exists in the application.</param>
    /// <param name="message">What is wrong, in English.</param>
    /// <param name="messageChinese">What is wrong, in Simplified Chinese.</param>
    /// <param name="fixHint">How to fix it, in English.</param>
    /// <param name="fixHintChinese">How to fix it, in Simplified Chinese.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">No rule is being evaluated.</exception>
    public void Report(string path, string message, string messageChinese, string fixHint, string fixHintChinese)
        => Add(_severity, path, message, messageChinese, fixHint, fixHintChinese);

    /// <summary>Reports a finding of the current rule that rests on an unconfirmed fact, or on a question the sources
    /// leave open (a third-party checklist, a dated note, a general rule applied to one province, a suffix the data
    /// does not know). It is reported at most as a <see cref="RuleSeverity.Warning"/> (or at the rule's severity when
    /// that is lower), unless the context's <see cref="RuleContext.EnforceUnconfirmedFacts"/> raises it to the rule's
    /// severity.</summary>
    /// <param name="path">The offending field, for example <c>Services[0].Domains[1]</c>.</param>
    /// <param name="message">What is wrong, in English; say that the fact is unconfirmed and where it comes from.</param>
    /// <param name="messageChinese">What is wrong, in Simplified Chinese.</param>
    /// <param name="fixHint">How to fix it, in English.</param>
    /// <param name="fixHintChinese">How to fix it, in Simplified Chinese.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    /// <exception cref="InvalidOperationException">No rule is being evaluated.</exception>
    public void ReportUnconfirmed(string path, string message, string messageChinese, string fixHint, string fixHintChinese)
        => Add(
            _enforceUnconfirmed || _severity > RuleSeverity.Warning ? _severity : RuleSeverity.Warning,
            path,
            message,
            messageChinese,
            fixHint,
            fixHintChinese);

    private void Add(RuleSeverity severity, string path, string message, string messageChinese, string fixHint, string fixHintChinese)
    {
        Rule rule = Rule;
        var finding = new Finding(
            rule.Id,
            severity,
            FindingText.Safe(Preconditions.CheckNotNull(message)),
            FindingText.Safe(Preconditions.CheckNotNull(messageChinese)),
            FindingText.Safe(Preconditions.CheckNotNull(path)),
            FindingText.Safe(Preconditions.CheckNotNull(fixHint)),
            FindingText.Safe(Preconditions.CheckNotNull(fixHintChinese)));

        // The same finding again (a repeated content category, domain or person): counted on the first one, so the
        // output grows with the distinct problems, not with the input's repetitions (issue #26: 5 MB of input printed
        // 477 MB). The index is made on the second finding; an evaluation that finds one thing stays as cheap as before.
        if (_count > 0)
        {
            _seen ??= new System.Collections.Generic.Dictionary<Finding, int>(FindingIdentity.Instance) { [_findings![0]] = 0 };
            if (_seen.TryGetValue(finding, out int first))
            {
                _findings![first] = _findings[first] with { Occurrences = _findings[first].Occurrences + 1 };
                return;
            }

            _seen[finding] = _count;
        }

        if (_findings is null)
        {
            _findings = new Finding[4];
        }
        else if (_count == _findings.Length)
        {
            Array.Resize(ref _findings, _count * 2);
        }

        _findings[_count++] = finding;
    }

    internal void Begin(Rule rule, RuleSeverity severity)
    {
        _rule = rule;
        _severity = severity;
    }

    internal void End() => _rule = null;

    internal DivisionFailure[] DivisionFailures(RuleContext context) => _divisionFailures ??= PeopleRules.FindDivisionFailures(context);

    /// <summary>The findings sorted by severity, then id (ordinal), then the order they were reported in. Rules run
    /// in id order, so the findings usually arrive sorted and are returned as they are; otherwise a stable sort
    /// (the report order breaks ties) keeps the cost at O(n log n) however many findings an input produces.</summary>
    internal Finding[] Sorted()
    {
        if (_findings is null)
        {
            return [];
        }

        Finding[] sorted = _count == _findings.Length ? _findings : _findings[.._count];
        for (int i = 1; i < sorted.Length; i++)
        {
            if (Compare(sorted[i - 1], sorted[i]) > 0)
            {
                var order = new int[sorted.Length];
                for (int k = 0; k < order.Length; k++)
                {
                    order[k] = k;
                }

                Finding[] keys = sorted;
                Array.Sort(order, (a, b) =>
                {
                    int c = Compare(keys[a], keys[b]);
                    return c != 0 ? c : a.CompareTo(b);
                });
                var result = new Finding[sorted.Length];
                for (int k = 0; k < order.Length; k++)
                {
                    result[k] = keys[order[k]];
                }

                return result;
            }
        }

        return sorted;
    }

    private static int Compare(Finding a, Finding b)
    {
        int c = a.Severity.CompareTo(b.Severity);
        return c != 0 ? c : string.CompareOrdinal(a.RuleId, b.RuleId);
    }
}
