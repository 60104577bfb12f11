using System.CommandLine;
using System.CommandLine.Parsing;

namespace IcpCompliance.Cli.Input;

/// <summary>
/// Options and arguments that only work together, or not at all, declared once per command. Each declaration both
/// refuses the command line that breaks it (a usage error: exit 2 with one line saying why, rather than silently
/// ignoring what the user asked for) and states the rule in the help of what it constrains, so the help and the
/// behavior cannot drift apart.
/// </summary>
internal static class OptionRules
{
    /// <summary><paramref name="dependent"/> only has an effect with <paramref name="required"/>.</summary>
    /// <param name="command">The command both belong to.</param>
    /// <param name="dependent">The option that is ignored on its own.</param>
    /// <param name="required">What it needs.</param>
    /// <param name="why">Why, in a few words: what <paramref name="dependent"/> would otherwise be ignored for.</param>
    internal static void Requires(Command command, Symbol dependent, Symbol required, string why)
    {
        Append(dependent, "Only with " + Label(required) + ".");
        command.Validators.Add(result =>
        {
            if (IsGiven(result, dependent) && !IsGiven(result, required))
            {
                result.AddError(Label(dependent) + " needs " + Label(required) + ": " + why);
            }
        });
    }

    /// <summary><paramref name="first"/> and <paramref name="second"/> contradict each other, or one would be ignored.</summary>
    /// <param name="command">The command both belong to.</param>
    /// <param name="first">One of the two.</param>
    /// <param name="second">The other.</param>
    /// <param name="why">Why, in a few words: what one of them would ignore.</param>
    internal static void Excludes(Command command, Symbol first, Symbol second, string why)
    {
        Append(first, "Not with " + Label(second) + ".");
        Append(second, "Not with " + Label(first) + ".");
        command.Validators.Add(result =>
        {
            if (IsGiven(result, first) && IsGiven(result, second))
            {
                result.AddError(Label(first) + " and " + Label(second) + " do not go together: " + why);
            }
        });
    }

    /// <summary>The name the help shows: an option's own name, an argument's in capitals (as the docs write it).</summary>
    internal static string Label(Symbol symbol) => symbol is Argument ? symbol.Name.ToUpperInvariant() : symbol.Name;

    // A default value (--kind website) is not given: only what the user typed counts.
    private static bool IsGiven(CommandResult result, Symbol symbol) => symbol switch
    {
        Option option => result.GetResult(option) is { Implicit: false },
        Argument argument => result.GetResult(argument) is { Tokens.Count: > 0 },
        _ => false,
    };

    private static void Append(Symbol symbol, string sentence)
        => symbol.Description = string.IsNullOrEmpty(symbol.Description) ? sentence : symbol.Description + " " + sentence;
}
