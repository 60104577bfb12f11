using System;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Numbers;

namespace IcpCompliance.Benchmarks.Numbers;

/// <summary><see cref="IcpLicenseNumber.TryParse(ReadOnlySpan{char}, out IcpLicenseNumber)"/> (<c>粤B2-20090059</c>)
/// against a compiled Regex.</summary>
[MemoryDiagnoser]
public class LicenseBenchmarks
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

    [Benchmark(Baseline = true, Description = "License: compiled Regex")]
    public Parts Regex() => NumberRegexBaseline.MatchLicense(NumberRegexBaseline.License);

    [Benchmark(Description = "License: IcpLicenseNumber.TryParse")]
    public IcpLicenseNumber Library()
        => IcpLicenseNumber.TryParse(NumberRegexBaseline.License, out IcpLicenseNumber n) ? n : default;

    /// <summary>The full reader alone, without the strict fast path (see <see cref="IcpStrictBenchmarks.FullReaderOnly"/>).</summary>
    [Benchmark(Description = "License: full reader only (no fast path)")]
    public IcpLicenseNumber FullReaderOnly()
        => IcpLicenseNumber.ReadFull(NumberRegexBaseline.License, IcpCompliance.Parsing.ParseMode.Strict, out IcpLicenseNumber n).IsFailure ? default : n;
}
