using System;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Numbers;

namespace IcpCompliance.Benchmarks.Numbers;

/// <summary><see cref="PsbFilingNumber.TryParse(ReadOnlySpan{char}, out PsbFilingNumber)"/>
/// (<c>京公网安备11010802012345号</c>) against a compiled Regex.</summary>
[MemoryDiagnoser]
public class PsbBenchmarks
{
    /// <summary>Both sides must succeed, or the run would time the failure path.</summary>
    [GlobalSetup]
    public void CheckInputsParse()
    {
        if (Regex() == default || Library() == default)
        {
            throw new InvalidOperationException("A benchmark input does not parse on both sides.");
        }
    }

    [Benchmark(Baseline = true, Description = "PSB: compiled Regex")]
    public Parts Regex() => NumberRegexBaseline.MatchPsb(NumberRegexBaseline.Psb);

    [Benchmark(Description = "PSB: PsbFilingNumber.TryParse")]
    public PsbFilingNumber Library()
        => PsbFilingNumber.TryParse(NumberRegexBaseline.Psb, out PsbFilingNumber n) ? n : default;

    /// <summary>The full reader alone, without the strict fast path (see <see cref="IcpStrictBenchmarks.FullReaderOnly"/>).</summary>
    [Benchmark(Description = "PSB: full reader only (no fast path)")]
    public PsbFilingNumber FullReaderOnly()
        => PsbFilingNumber.ReadFull(NumberRegexBaseline.Psb, IcpCompliance.Parsing.ParseMode.Strict, out PsbFilingNumber n).IsFailure ? default : n;
}
