using System;
using System.CommandLine;
using IcpCompliance.Cli.Commands;

namespace IcpCompliance.Cli;

/// <summary>The root of the <c>icp</c> tool: each subcommand is a thin front end over the library.</summary>
internal static class IcpCommand
{
    internal static RootCommand Create()
    {
        var root = new RootCommand("icp: China ICP filing compliance as code (ICP备案, 经营许可证, 公网安备).");
        root.Add(ParseCommand.Create());
        root.Add(FooterCommand.Create());
        root.Add(InspectCommand.Create());
        root.Add(DeadlinesCommand.Create());
        root.Add(WorkflowCommand.Create());
        root.Add(CheckCommand.Create());
        return root;
    }

    /// <summary>
    /// Parses and runs a command line. A command line that does not parse (an unknown option, a missing argument) is
    /// bad input: one line per problem on standard error and exit code 2, as every command documents, rather than
    /// System.CommandLine's own 1.
    /// </summary>
    internal static int Run(string[] args, InvocationConfiguration? configuration = null)
    {
        configuration ??= new InvocationConfiguration();
        ParseResult result = Create().Parse(args);
        if (result.Errors.Count == 0)
        {
            return result.Invoke(configuration);
        }

        foreach (var error in result.Errors)
        {
            configuration.Error.WriteLine("error: " + error.Message);
        }

        Command command = result.CommandResult.Command;
        configuration.Error.WriteLine(command is RootCommand ? "Run 'icp --help' for usage." : "Run 'icp " + command.Name + " --help' for usage.");
        return ExitCodes.BadInput;
    }
}
