using System;
using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Internal;

namespace IcpCompliance.Rules;

/// <summary>
/// What a rule checks: a stable id, its title and explanation in English and Simplified Chinese, its default
/// severity, the services and operations it applies to, and the source of the requirement. Ids of the built-in
/// rules are <c>ICP</c> and four digits grouped by topic (<see cref="Topic"/>) and are never reused; pick your own
/// prefix for custom rules (<c>ACME0001</c>).
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Two rules are equal when their members and the contents of
/// their collections are equal.</remarks>
public sealed record Rule
{
    /// <summary>The stable id, for example <c>ICP0501</c>.</summary>
    public required string Id { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>What the rule requires, in English.</summary>
    public required string Title { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>What the rule requires, in Simplified Chinese.</summary>
    public required string TitleChinese { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Why the rule exists and what it checks, in English.</summary>
    public required string Explanation { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Why the rule exists and what it checks, in Simplified Chinese.</summary>
    public required string ExplanationChinese { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>The severity of its findings unless a <see cref="RuleSet"/> says otherwise.</summary>
    public required RuleSeverity DefaultSeverity { get; init; }

    /// <summary>Where the requirement comes from (a regulation, a provider's documentation, a bureau's notice).</summary>
    public required string Source { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>The kinds of service the rule looks at; empty when it applies to the application as a whole or to
    /// every kind.</summary>
    public ImmutableArray<ServiceKind> ServiceKinds { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The operations the rule applies to; empty for every operation. A <see cref="RuleSet"/> skips the
    /// rule for other operations.</summary>
    public ImmutableArray<FilingOperation> Operations { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <summary>The topic, from the id's first two digits (<c>ICP05xx</c> is <see cref="RuleTopic.Domains"/>);
    /// <see cref="RuleTopic.Other"/> for ids outside the built-in scheme.</summary>
    public RuleTopic Topic
        => Id.Length == 7 && Id.StartsWith("ICP", StringComparison.Ordinal) && Id[3] == '0' && Id[4] is >= '1' and <= '8'
            ? (RuleTopic)(Id[4] - '0')
            : RuleTopic.Other;

    /// <summary>Whether the rule applies to an operation.</summary>
    /// <param name="operation">The operation.</param>
    /// <returns>True when <see cref="Operations"/> is empty or contains it.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="operation"/> is null.</exception>
    public bool AppliesTo(FilingOperation operation)
    {
        Preconditions.CheckNotNull(operation);
        return Operations.IsEmpty || Operations.Contains(operation);
    }

    /// <summary>Whether the rule looks at a kind of service.</summary>
    /// <param name="kind">The kind.</param>
    /// <returns>True when <see cref="ServiceKinds"/> is empty or contains it.</returns>
    public bool AppliesTo(ServiceKind kind) => ServiceKinds.IsEmpty || ServiceKinds.Contains(kind);

    /// <inheritdoc />
    public bool Equals(Rule? other)
        => other is not null
            && string.Equals(Id, other.Id, StringComparison.Ordinal)
            && string.Equals(Title, other.Title, StringComparison.Ordinal)
            && string.Equals(TitleChinese, other.TitleChinese, StringComparison.Ordinal)
            && string.Equals(Explanation, other.Explanation, StringComparison.Ordinal)
            && string.Equals(ExplanationChinese, other.ExplanationChinese, StringComparison.Ordinal)
            && DefaultSeverity == other.DefaultSeverity
            && string.Equals(Source, other.Source, StringComparison.Ordinal)
            && Sequences.Equal(ServiceKinds, other.ServiceKinds)
            && Sequences.Equal(Operations, other.Operations);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Id, Title, DefaultSeverity, Source, Sequences.Hash(ServiceKinds), Sequences.Hash(Operations));
}
