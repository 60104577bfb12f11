using System;
using System.Collections.Immutable;
using System.Runtime.InteropServices;
using IcpCompliance.Filing;
using IcpCompliance.Internal;
using NodaTime;

namespace IcpCompliance.Rules;

/// <summary>
/// An ordered set of rules with the severity each reports at. <see cref="Default"/> holds every built-in rule;
/// <see cref="With(IRule)"/>, <see cref="Without"/> and <see cref="WithSeverity"/> return new sets, so a provider
/// adds its own checks or tightens ours without touching the built-in set.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. <see cref="Evaluate(RuleContext)"/> is pure: the same context
/// gives the same report, and many applications may be evaluated in parallel with one set.</remarks>
public sealed class RuleSet
{
    private readonly ImmutableArray<IRule> _rules;
    private readonly ImmutableArray<RuleSeverity> _severities;
    private readonly int[] _operations;

    private RuleSet(ImmutableArray<IRule> rules, ImmutableArray<RuleSeverity> severities)
    {
        _rules = rules;
        _severities = severities;
        var builder = ImmutableArray.CreateBuilder<Rule>(rules.Length);
        foreach (IRule rule in rules)
        {
            builder.Add(rule.Metadata);
        }

        Rules = builder.MoveToImmutable();

        // Which operations each rule applies to, as bits, so evaluation skips a rule without comparing operations.
        _operations = new int[rules.Length];
        for (int i = 0; i < rules.Length; i++)
        {
            foreach (FilingOperation operation in FilingOperation.All)
            {
                _operations[i] |= Rules[i].AppliesTo(operation) ? OperationBit(operation) : 0;
            }
        }
    }

    /// <summary>Every built-in rule at its default severity, ordered by id.</summary>
    public static RuleSet Default { get; } = FromRules(BuiltInRules.All);

    /// <summary>A set with no rules, to build a set from scratch.</summary>
    public static RuleSet Empty { get; } = new([], []);

    /// <summary>The rules' metadata, in evaluation order.</summary>
    public ImmutableArray<Rule> Rules { get; }

    /// <summary>Whether the set holds a rule with an id.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>True when it does.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public bool Contains(string id) => IndexOf(Preconditions.CheckNotNull(id)) >= 0;

    /// <summary>The severity a rule's findings get in this set, or null when the set does not hold the rule.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The severity, or null.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public RuleSeverity? SeverityOf(string id)
    {
        int index = IndexOf(Preconditions.CheckNotNull(id));
        return index < 0 ? null : _severities[index];
    }

    /// <summary>A set with a rule added at its default severity; a rule with the same id is replaced in place.</summary>
    /// <param name="rule">The rule.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> or its metadata is null.</exception>
    public RuleSet With(IRule rule)
    {
        Preconditions.CheckNotNull(rule);
        Rule metadata = Preconditions.CheckNotNull(rule.Metadata);
        int index = IndexOf(metadata.Id);
        return index < 0
            ? new RuleSet(_rules.Add(rule), _severities.Add(metadata.DefaultSeverity))
            : new RuleSet(_rules.SetItem(index, rule), _severities.SetItem(index, metadata.DefaultSeverity));
    }

    /// <summary>A set without a rule; the same set when it does not hold the id.</summary>
    /// <param name="id">The rule id.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    public RuleSet Without(string id)
    {
        int index = IndexOf(Preconditions.CheckNotNull(id));
        return index < 0 ? this : new RuleSet(_rules.RemoveAt(index), _severities.RemoveAt(index));
    }

    /// <summary>A set where a rule reports at another severity (a provider tightening a warning into an error, or
    /// relaxing an unverified province requirement); the same set when it does not hold the id (check with
    /// <see cref="Contains"/>).</summary>
    /// <param name="id">The rule id.</param>
    /// <param name="severity">The severity.</param>
    /// <returns>The new set.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="id"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="severity"/> is not a defined value.</exception>
    public RuleSet WithSeverity(string id, RuleSeverity severity)
    {
        Preconditions.CheckEnumDefined(severity);
        int index = IndexOf(Preconditions.CheckNotNull(id));
        return index < 0 ? this : new RuleSet(_rules, _severities.SetItem(index, severity));
    }

    /// <summary>Evaluates every rule that applies to the application's operation.</summary>
    /// <param name="context">The application and the data the rules read.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is null.</exception>
    public RuleReport Evaluate(RuleContext context)
    {
        Preconditions.CheckNotNull(context);
        var collector = new FindingCollector(context.EnforceUnconfirmedFacts);
        int operation = OperationBit(context.Application.Operation);
        for (int i = 0; i < _rules.Length; i++)
        {
            if ((_operations[i] & operation) == 0)
            {
                continue;
            }

            collector.Begin(Rules[i], _severities[i]);
            _rules[i].Evaluate(context, collector);
        }

        collector.End();
        return new RuleReport(ImmutableCollectionsMarshal.AsImmutableArray(collector.Sorted()));
    }

    /// <summary>Evaluates every rule with the built-in tables and no previously approved application.</summary>
    /// <param name="application">The application.</param>
    /// <param name="evaluationDate">The day of evaluation in Asia/Shanghai.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="application"/> is null.</exception>
    public RuleReport Evaluate(FilingApplication application, LocalDate evaluationDate) => Evaluate(new RuleContext(application, evaluationDate));

    private static RuleSet FromRules(ImmutableArray<IRule> rules)
    {
        var severities = ImmutableArray.CreateBuilder<RuleSeverity>(rules.Length);
        foreach (IRule rule in rules)
        {
            severities.Add(rule.Metadata.DefaultSeverity);
        }

        return new RuleSet(rules, severities.MoveToImmutable());
    }

    private static int OperationBit(FilingOperation operation) => 1 << (operation.Value & 31);

    private int IndexOf(string id)
    {
        for (int i = 0; i < _rules.Length; i++)
        {
            if (string.Equals(Rules[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }
}
