using System;
using IcpCompliance.Internal;

namespace IcpCompliance.Workflow;

/// <summary>
/// A named condition on a transition: the diagrams label edges with its <see cref="Name"/>, and a refused event
/// says which guard failed in English and Chinese. <see cref="TransitionGuards"/> holds the library's own.
/// </summary>
/// <remarks>Immutable; safe to use from any thread as long as the condition is. Two guards are the same guard when
/// their names are equal.</remarks>
public sealed class TransitionGuard : IEquatable<TransitionGuard>
{
    private readonly Func<GuardContext, bool> _condition;

    /// <summary>Creates a guard.</summary>
    /// <param name="name">A short stable name in kebab case, such as <c>code-still-valid</c>.</param>
    /// <param name="description">What must hold, in English.</param>
    /// <param name="descriptionChinese">What must hold, in Simplified Chinese.</param>
    /// <param name="condition">The condition; it must not throw.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public TransitionGuard(string name, string description, string descriptionChinese, Func<GuardContext, bool> condition)
    {
        Name = Preconditions.CheckNotNull(name);
        Description = Preconditions.CheckNotNull(description);
        DescriptionChinese = Preconditions.CheckNotNull(descriptionChinese);
        _condition = Preconditions.CheckNotNull(condition);
    }

    /// <summary>The short stable name.</summary>
    public string Name { get; }

    /// <summary>What must hold, in English.</summary>
    public string Description { get; }

    /// <summary>What must hold, in Simplified Chinese.</summary>
    public string DescriptionChinese { get; }

    /// <summary>Whether the condition holds.</summary>
    /// <param name="context">The case, the event and the policy.</param>
    /// <returns>True when the guard lets the transition happen.</returns>
    public bool Allows(GuardContext context) => _condition(context);

    /// <inheritdoc />
    public bool Equals(TransitionGuard? other) => other is not null && string.Equals(Name, other.Name, StringComparison.Ordinal);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as TransitionGuard);

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Name);

    /// <summary>The name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
