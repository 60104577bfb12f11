using System;
using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using System.IO;
using System.Linq;
using IcpCompliance.Cli.Commands;
using IcpCompliance.Cli.Output;

namespace IcpCompliance.Cli;

/// <summary>The root of the <c>icp</c> tool: each subcommand is a thin front end over the library.</summary>
internal static class IcpCommand
{
    /// <summary>The longest argument accepted: far above any number, path or name, far below what floods a terminal.</summary>
    internal const int MaxArgument = 4096;

    /// <param name="standardInput">Opens what <c>-</c> reads; the process's standard input by default.</param>
    internal static RootCommand Create(Func<Stream>? standardInput = null)
    {
        standardInput ??= Console.OpenStandardInput;
        var root = new RootCommand("icp: China ICP filing compliance as code (ICP备案, 经营许可证, 公网安备).");
        root.Add(ParseCommand.Create());
        root.Add(FooterCommand.Create());
        root.Add(InspectCommand.Create(standardInput));
        root.Add(DeadlinesCommand.Create(standardInput));
        root.Add(WorkflowCommand.Create());
        root.Add(CheckCommand.Create(standardInput));
        root.Add(GroupCommand.Create(standardInput));
        ShowOptionalArguments(root);
        return root;
    }

    // The top-level help shows optional arguments as optional (RootHelpAction); a command's own help is unchanged.
    private static void ShowOptionalArguments(RootCommand root)
    {
        HelpOption help = root.Options.OfType<HelpOption>().Single();
        help.Action = new RootHelpAction((SynchronousCommandLineAction)help.Action!);
    }

    /// <summary>
    /// Parses and runs a command line under the exit-code contract (<see cref="ExitCodes"/>, docs/cli.md): everything
    /// printed goes through <see cref="TerminalWriter"/>; a command line that does not parse is a usage error (one
    /// line per problem on standard error, exit 2); an exception is an internal error (one line, exit 70), never a
    /// stack trace.
    /// </summary>
    internal static int Run(string[] args, InvocationConfiguration? configuration = null, Func<Stream>? standardInput = null)
    {
        configuration ??= new InvocationConfiguration();
        var output = new TerminalWriter(configuration.Output);
        var error = new TerminalWriter(configuration.Error);
        try
        {
            int exitCode = Invoke(args, new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false }, standardInput);
            output.Flush();
            error.Flush();
            return exitCode;
        }
        catch (Exception e)
        {
            try
            {
                error.WriteLine("internal error: " + e.GetType().Name + ": " + TerminalText.Message(e.Message));
                error.WriteLine("  This is a defect in icp, not a problem with the input; please report it with the command line. 内部错误，请报告。");
                error.Flush();
            }
            catch (IOException)
            {
                // Standard error is gone too; the exit code still says what happened.
            }

            return ExitCodes.InternalError;
        }
    }

    private static int Invoke(string[] args, InvocationConfiguration configuration, Func<Stream>? standardInput)
    {
        TextWriter error = configuration.Error;
        for (int i = 0; i < args.Length; i++)
        {
            if (args[i].Length > MaxArgument)
            {
                error.WriteLine(DisplayWidth.Invariant($"error: argument {i + 1} is {args[i].Length:N0} characters long; the limit is {MaxArgument:N0}: '{TerminalText.Quote(args[i])}'"));
                error.WriteLine("Run 'icp --help' for usage.");
                return ExitCodes.BadInput;
            }
        }

        // No response files: "@list.txt" is inspect's list of pages, and a command line means what it says.
        ParseResult result = Create(standardInput).Parse(args, new ParserConfiguration { ResponseFileTokenReplacer = null });
        if (result.Errors.Count == 0)
        {
            return result.Invoke(configuration);
        }

        foreach (var parseError in result.Errors)
        {
            error.WriteLine("error: " + TerminalText.Message(parseError.Message));
        }

        Command command = result.CommandResult.Command;
        error.WriteLine(command is RootCommand ? "Run 'icp --help' for usage." : "Run 'icp " + command.Name + " --help' for usage.");
        return ExitCodes.BadInput;
    }
}
