using System.CommandLine;
using System.IO;
using IcpCompliance.Cli;

namespace IcpCompliance.Tests.Cli;

/// <summary>Runs the <c>icp</c> tool in-process, capturing what it prints and its exit code.</summary>
internal static class CliRunner
{
    internal static (int ExitCode, string Output, string Error) Run(params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        int exitCode = IcpCommand.Run(args, new InvocationConfiguration { Output = output, Error = error });
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
