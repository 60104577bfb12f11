using System;
using System.CommandLine;
using System.IO;
using System.Text;
using IcpCompliance.Cli;

namespace IcpCompliance.Tests.Cli;

/// <summary>Runs the <c>icp</c> tool in-process as its Main does (<see cref="IcpCommand.Run"/>: the terminal
/// sanitiser, the exit-code contract), capturing what it prints and its exit code.</summary>
internal static class CliRunner
{
    internal static (int ExitCode, string Output, string Error) Run(params string[] args) => RunWithInput(string.Empty, args);

    /// <summary>Runs with <paramref name="standardInput"/> as what <c>-</c> reads (UTF-8).</summary>
    internal static (int ExitCode, string Output, string Error) RunWithInput(string standardInput, params string[] args)
        => RunWithInput(Encoding.UTF8.GetBytes(standardInput), args);

    internal static (int ExitCode, string Output, string Error) RunWithInput(byte[] standardInput, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        Func<Stream> input = () => new MemoryStream(standardInput, writable: false);
        int exitCode = IcpCommand.Run(args, new InvocationConfiguration { Output = output, Error = error }, input);
        return (exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
