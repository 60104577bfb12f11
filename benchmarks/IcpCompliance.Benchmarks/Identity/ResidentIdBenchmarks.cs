using System;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Identity;

namespace IcpCompliance.Benchmarks.Identity;

/// <summary>
/// <see cref="ResidentIdNumber.TryParse(ReadOnlySpan{char}, out ResidentIdNumber)"/> against the straightforward
/// check a project writes by hand: a Regex for the shape and a LINQ checksum (the baseline).
/// </summary>
[MemoryDiagnoser]
public partial class ResidentIdBenchmarks
{
    private const string IdNumber = "11010519491231002X";

    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex IdPattern();

    /// <summary>Both sides must accept the input, or the run would time the failure path.</summary>
    [GlobalSetup]
    public void CheckInputsParse()
    {
        if (!RegexLinq() || !TryParse())
        {
            throw new InvalidOperationException("The benchmark input is not accepted by both sides.");
        }
    }

    [Benchmark(Baseline = true, Description = "ResidentIdNumber: Regex + LINQ")]
    public bool RegexLinq()
        => IdPattern().IsMatch(IdNumber)
           && "10X98765432"[IdNumber.Take(17).Select((c, i) => (c - '0') * IdWeights[i]).Sum() % 11] == IdNumber[17];

    [Benchmark(Description = "ResidentIdNumber.TryParse")]
    public bool TryParse() => ResidentIdNumber.TryParse(IdNumber, out _);

    /// <summary>The full reader alone, without the strict fast path, so the same run shows what the fast path's
    /// second copy of the grammar earns (issue 22 keeps a copy only where it earns at least 2×).</summary>
    [Benchmark(Description = "ResidentIdNumber: full reader only (no fast path)")]
    public bool FullReaderOnly() => !ResidentIdNumber.ReadFull(IdNumber, IcpCompliance.Parsing.ParseMode.Strict, out _).IsFailure;
}
