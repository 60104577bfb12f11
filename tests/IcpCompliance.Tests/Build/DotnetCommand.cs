using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.Threading.Tasks;

namespace IcpCompliance.Tests.Build;

/// <summary>Runs the <c>dotnet</c> command in a child process with a time limit, capturing its output.</summary>
internal static class DotnetCommand
{
    private static readonly TimeSpan TimeLimit = TimeSpan.FromMinutes(4);

    /// <summary>The result of a run: its exit code and everything it printed.</summary>
    internal sealed record Result(string CommandLine, int ExitCode, string Output)
    {
        internal string Describe() => $"`dotnet {CommandLine}` exited with {ExitCode}. Output:\n{Output}";
    }

    /// <summary>Runs <c>dotnet</c> with the arguments in the directory; throws when it does not end in time.</summary>
    internal static Result Run(string workingDirectory, params string[] arguments)
    {
        var start = new ProcessStartInfo(DotnetPath())
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The tests run under dotnet test, whose MSBuild leaves its own settings in the environment; the child
        // build must find its SDK and its MSBuild by itself, as a user's build would.
        var inherited = new List<string>();
        foreach (string key in start.Environment.Keys)
        {
            if (key.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || key.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase))
            {
                inherited.Add(key);
            }
        }

        inherited.ForEach(key => start.Environment.Remove(key));
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_SKIP_FIRST_TIME_EXPERIENCE"] = "1";
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";

        string commandLine = string.Join(' ', arguments);
        using Process process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start: " + commandLine);
        Task<string> output = process.StandardOutput.ReadToEndAsync();
        Task<string> error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeLimit))
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
            throw new TimeoutException($"`dotnet {commandLine}` did not end within {TimeLimit}. Output so far:\n{output.Result}{error.Result}");
        }

        process.WaitForExit();
        return new Result(commandLine, process.ExitCode, output.Result + error.Result);
    }

    private static string DotnetPath()
        => Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
}
