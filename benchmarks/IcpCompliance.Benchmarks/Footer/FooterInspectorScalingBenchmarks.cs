using System;
using System.Text;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Footer;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>
/// The inspector on a page with one footer at its end (the performance issue's case) from 10 KB to 10 MB, from the
/// page's text (UTF-16) and from its UTF-8 bytes as a crawler holds them, against the same-job Regex baseline
/// (<see cref="FooterInspectorBenchmarks.RegexSameJob(string)"/>) from the same inputs: from bytes the baseline must
/// decode the page first, as any Regex does. Time per byte should stay flat across the sizes; the floor (a
/// vectorised read of every character, <see cref="FloorFromText"/>) shows what the machine's caches and memory cost
/// at each size. The Throughput column gives characters/s for the methods that read text and bytes/s for those that
/// read UTF-8.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FooterInspectorScalingBenchmarks
{
    private string _page = string.Empty;
    private byte[] _utf8 = [];

    /// <summary>The page size in characters.</summary>
    [Params(10_000, 100_000, 1_000_000, 10_000_000)]
    public int Size { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _page = FooterInspectorBenchmarks.Page(Size, int.MaxValue);
        _utf8 = Encoding.UTF8.GetBytes(_page);

        // Both inputs and both ways must find the same numbers, or the comparison means nothing.
        int expected = FooterInspector.Inspect(_page).Numbers.Length;
        if (FooterInspector.Inspect(_utf8).Numbers.Length != expected || FooterInspectorBenchmarks.RegexSameJob(_page) != expected)
        {
            throw new InvalidOperationException("The UTF-8 inspection or the regex baseline found other numbers than the inspector.");
        }
    }

    [Benchmark(Baseline = true)]
    public int RegexFromText() => FooterInspectorBenchmarks.RegexSameJob(_page);

    [Benchmark]
    public int RegexFromUtf8() => FooterInspectorBenchmarks.RegexSameJob(Encoding.UTF8.GetString(_utf8));

    [Benchmark]
    public int InspectorFromText() => FooterInspector.Inspect(_page).Numbers.Length;

    /// <summary>The machine's floor on the same page: a vectorised read of every character (the index of one the page
    /// does not hold). Beside the inspector's time per character at each size it tells the machine from the scanner:
    /// a page that outgrows the caches costs this more a character too.</summary>
    [Benchmark]
    public int FloorFromText() => _page.AsSpan().IndexOf('\u0001');

    [Benchmark]
    public int InspectorFromUtf8() => FooterInspector.Inspect(_utf8).Numbers.Length;
}
