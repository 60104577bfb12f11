using System;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Benchmarks.Numbers;

/// <summary>Lenient parsing of a labelled number with full-width digits and spaces
/// (<c>" 备案号：陕ＩＣＰ备 ２０２４０２６１１６号－１Ａ "</c>) against normalizing it first and then matching the compiled
/// Regex.</summary>
[MemoryDiagnoser]
public class IcpLenientBenchmarks
{
    /// <summary>Both sides must succeed, or the run would time the failure path.</summary>
    [GlobalSetup]
    public void CheckInputsParse()
    {
        if (Regex() == default || Library() == default
            || Regex() != NumberRegexBaseline.MatchIcp(NumberRegexBaseline.Canonical)
            || Library() != IcpFilingNumber.Parse(NumberRegexBaseline.Canonical).Value)
        {
            throw new InvalidOperationException("A benchmark input does not parse on both sides.");
        }
    }

    [Benchmark(Baseline = true, Description = "ICP lenient: normalize + compiled Regex")]
    public Parts Regex() => NumberRegexBaseline.MatchIcp(NumberRegexBaseline.NormalizeLikeAFooterScraper(NumberRegexBaseline.Lenient));

    [Benchmark(Description = "ICP lenient: IcpFilingNumber.TryParse(…, Lenient, …)")]
    public IcpFilingNumber Library()
        => IcpFilingNumber.TryParse(NumberRegexBaseline.Lenient, ParseMode.Lenient, out IcpFilingNumber n) ? n : default;
}
