using System;
using System.IO;
using System.Linq;
using SharpFuzz;

namespace IcpCompliance.Fuzz;

/// <summary>
/// The harness's entry point.
/// <c>IcpCompliance.Fuzz TARGET</c> runs one target under afl-fuzz (SharpFuzz's out-of-process fork server);
/// <c>IcpCompliance.Fuzz TARGET FILE...</c> replays files through the target and says which fail;
/// <c>IcpCompliance.Fuzz --list</c> lists the targets;
/// <c>IcpCompliance.Fuzz --hostile MB</c> times every reader on every hostile input shape of MB million characters.
/// </summary>
internal static class Program
{
    private static int Main(string[] args)
    {
        if (args.Length == 0 || args[0] == "--list")
        {
            Console.WriteLine(string.Join(Environment.NewLine, FuzzTargets.All.Keys));
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "--hostile" && args.Length == 2 && int.TryParse(args[1], out int megabytes) && megabytes > 0)
        {
            HostileInputs.Measure(megabytes, Console.WriteLine);
            return 0;
        }

        if (!FuzzTargets.All.TryGetValue(args[0], out Action<string>? target))
        {
            Console.Error.WriteLine($"Unknown target '{args[0]}'. Targets: {string.Join(", ", FuzzTargets.All.Keys)}");
            return 2;
        }

        if (args.Length > 1)
        {
            return Replay(target, args.Skip(1));
        }

        Fuzzer.OutOfProcess.Run(stream =>
        {
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            target(FuzzTargets.Decode(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)));
        });
        return 0;
    }

    private static int Replay(Action<string> target, System.Collections.Generic.IEnumerable<string> files)
    {
        int failures = 0;
        foreach (string file in files)
        {
            try
            {
                target(FuzzTargets.Decode(File.ReadAllBytes(file)));
                Console.WriteLine($"ok    {file}");
            }
#pragma warning disable CA1031 // Replay reports every failure, whatever its type.
            catch (Exception e)
#pragma warning restore CA1031
            {
                failures++;
                Console.WriteLine($"FAIL  {file}: {e.GetType().Name}: {e.Message}");
                Console.WriteLine(e.StackTrace);
            }
        }

        return failures == 0 ? 0 : 1;
    }
}
