using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;

namespace IcpCompliance.Cli.Output;

/// <summary>
/// <c>icp --help</c>: the top-level help, written here because System.CommandLine's list of commands shows an optional
/// argument as if it were required (<c>deadlines &lt;file&gt;</c>); here each command is shown as its own usage line
/// shows it (<c>deadlines [&lt;file&gt;]</c>). A command's own help (<c>icp deadlines --help</c>) is left to the
/// library's action.
/// </summary>
internal sealed class RootHelpAction(SynchronousCommandLineAction commandHelp) : SynchronousCommandLineAction
{
    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        if (parseResult.CommandResult.Command is not RootCommand root)
        {
            return commandHelp.Invoke(parseResult);
        }

        TextWriter output = parseResult.InvocationConfiguration.Output;
        output.WriteLine("Description:");
        output.WriteLine("  " + root.Description);
        output.WriteLine();
        output.WriteLine("Usage:");
        output.WriteLine("  icp [command] [options]");
        output.WriteLine();
        output.WriteLine("Options:");
        WriteRows(root.Options.Where(o => !o.Hidden).Select(o => (Label(o), o.Description)), output);
        output.WriteLine();
        output.WriteLine("Commands:");
        WriteRows(root.Subcommands.Where(c => !c.Hidden).Select(c => (Label(c), c.Description)), output);
        return ExitCodes.Ok;
    }

    /// <summary>A command with its arguments as its own usage line writes them: an optional one in brackets, one
    /// that takes several values followed by an ellipsis (<c>group &lt;files&gt;...</c>).</summary>
    internal static string Label(Command command) => command.Name + string.Concat(command.Arguments.Where(a => !a.Hidden).Select(a =>
    {
        string name = "<" + a.Name + ">" + (a.Arity.MaximumNumberOfValues > 1 ? "..." : string.Empty);
        return a.Arity.MinimumNumberOfValues == 0 ? " [" + name + "]" : " " + name;
    }));

    // Shortest alias first (-?, -h, --help); the Windows-style /h and /? are accepted but not advertised.
    private static string Label(Option option) => string.Join(", ", option.Aliases.Append(option.Name)
        .Where(a => !a.StartsWith('/'))
        .Distinct(StringComparer.Ordinal)
        .OrderBy(a => a.Length)
        .ThenBy(a => a, StringComparer.Ordinal));

    private static void WriteRows(IEnumerable<(string Label, string? Description)> rows, TextWriter output)
    {
        var list = rows.ToList();
        int width = list.Max(r => r.Label.Length) + 2;
        foreach (var (label, description) in list)
        {
            output.WriteLine(("  " + label.PadRight(width) + description).TrimEnd());
        }
    }
}
