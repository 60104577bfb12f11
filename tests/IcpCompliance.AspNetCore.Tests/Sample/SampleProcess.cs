using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.Text;
using System.Text.RegularExpressions;
using System.Threading;
using System.Threading.Tasks;

namespace IcpCompliance.AspNetCore.Tests.Sample;

/// <summary>
/// The sample site run as its own process, as <c>dotnet run</c> runs it: the built
/// <c>IcpCompliance.Sample.Web.dll</c> (copied beside the tests with its appsettings.json) started by <c>dotnet</c>,
/// with its output captured.
/// </summary>
internal sealed partial class SampleProcess : IDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();
    private readonly TaskCompletionSource<Uri> _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private SampleProcess(Process process) => _process = process;

    /// <summary>Everything the process has printed so far (standard output and error).</summary>
    internal string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    internal static SampleProcess Start(IReadOnlyDictionary<string, string> environment, params string[] arguments)
    {
        string folder = AppContext.BaseDirectory;
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(folder, "IcpCompliance.Sample.Web.dll"));
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach ((string key, string value) in environment)
        {
            start.Environment[key] = value;
        }

        var sample = new SampleProcess(new Process { StartInfo = start, EnableRaisingEvents = true });
        sample._process.OutputDataReceived += (_, e) => sample.Append(e.Data);
        sample._process.ErrorDataReceived += (_, e) => sample.Append(e.Data);
        if (!sample._process.Start())
        {
            throw new InvalidOperationException("dotnet did not start the sample.");
        }

        sample._process.BeginOutputReadLine();
        sample._process.BeginErrorReadLine();
        return sample;
    }

    /// <summary>Waits for the process to end by itself; kills it and fails when it does not within the limit.</summary>
    internal async Task<int> ExitCodeAsync(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await _process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            Assert.Fail("The sample did not stop within " + limit + ". Output:\n" + Output);
        }

        return _process.ExitCode;
    }

    /// <summary>The address Kestrel reports in its "Now listening on:" line.</summary>
    internal async Task<Uri> ListeningAsync(TimeSpan limit)
    {
        Task finished = await Task.WhenAny(_listening.Task, _process.WaitForExitAsync(), Task.Delay(limit));
        Assert.True(finished == _listening.Task, "The sample did not start listening. Output:\n" + Output);
        return await _listening.Task;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
        }

        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            _output.Append(line).Append('\n');
        }

        if (ListeningLine().Match(line) is { Success: true } match)
        {
            _listening.TrySetResult(new Uri(match.Groups[1].Value));
        }
    }

    [GeneratedRegex(@"Now listening on: (\S+)")]
    private static partial Regex ListeningLine();
}
