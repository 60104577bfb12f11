using System;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Numbers;

namespace IcpCompliance.Benchmarks.Numbers;

/// <summary><see cref="IcpFilingNumber.TryParse(ReadOnlySpan{char}, out IcpFilingNumber)"/> on canonical input
/// (<c>陕ICP备2024026116号-1A</c>) against a compiled Regex extracting the same parts.</summary>
[MemoryDiagnoser]
public class IcpStrictBenchmarks
{
    /// <summary>Both sides must succeed, or the run would time the failure path.</summary>
    [GlobalSetup]
    public void CheckInputsParse()
    {
        if (Regex() == default || Library() == default || ParseResult() != Library())
        {
            throw new InvalidOperationException("A benchmark input does not parse on both sides.");
        }
    }

    [Benchmark(Baseline = true, Description = "ICP strict: compiled Regex")]
    public Parts Regex() => NumberRegexBaseline.MatchIcp(NumberRegexBaseline.Canonical);

    [Benchmark(Description = "ICP strict: IcpFilingNumber.TryParse")]
    public IcpFilingNumber Library()
        => IcpFilingNumber.TryParse(NumberRegexBaseline.Canonical, out IcpFilingNumber n) ? n : default;

    /// <summary><see cref="IcpFilingNumber.Parse(string, IcpCompliance.Parsing.ParseMode)"/>, which returns a
    /// <see cref="IcpCompliance.Parsing.ParseResult{T}"/>: a class (OneOfBase is one), so each call allocates the
    /// result, where the span TryParse allocates nothing (issue 22).</summary>
    [Benchmark(Description = "ICP strict: IcpFilingNumber.Parse(string).Value")]
    public IcpFilingNumber ParseResult() => IcpFilingNumber.Parse(NumberRegexBaseline.Canonical).Value;

    /// <summary>The full reader alone, without the strict fast path, so the same run shows what the fast path's
    /// second copy of the grammar earns (issue 22 keeps a copy only where it earns at least 2×).</summary>
    [Benchmark(Description = "ICP strict: full reader only (no fast path)")]
    public IcpFilingNumber FullReaderOnly()
        => IcpFilingNumber.ReadFull(NumberRegexBaseline.Canonical, IcpCompliance.Parsing.ParseMode.Strict, out IcpFilingNumber n).IsFailure ? default : n;
}
