using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Footer;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>
/// A customer base at once: 1,000 pages of 10 KB (UTF-8 bytes, each with its footer) inspected on one core and on all
/// the machine's cores, as <c>icp inspect DIR</c> does (pages in parallel, each inspection on its own), against the
/// same-job Regex baseline over the same pages on the same cores. Scaling shows as the time on all cores over the time
/// on one; the Throughput column gives the batch's bytes per second.
/// </summary>
[MemoryDiagnoser]
[Config(typeof(ThroughputConfig))]
public class FooterInspectorBatchBenchmarks
{
    private const int PageCount = 1_000;
    private static readonly Lazy<byte[][]> Batch1000 = new(MakePages);
    private byte[][] _pages = [];

    /// <summary>How many cores the batch may use: one, and all of them.</summary>
    [ParamsSource(nameof(CoreCounts))]
    public int Cores { get; set; }

    /// <summary>One core and the machine's cores.</summary>
    public static IEnumerable<int> CoreCounts => Environment.ProcessorCount > 1 ? [1, Environment.ProcessorCount] : [1];

    /// <summary>The batch's size in UTF-8 bytes.</summary>
    internal static long BatchBytes => Batch1000.Value.Sum(page => (long)page.Length);

    [GlobalSetup]
    public void Setup() => _pages = Batch1000.Value;

    [Benchmark(Baseline = true)]
    public int RegexBatch() => Batch(page => FooterInspectorBenchmarks.RegexSameJob(Encoding.UTF8.GetString(page)));

    [Benchmark]
    public int InspectorBatch() => Batch(page => FooterInspector.Inspect(page).Numbers.Length);

    private static byte[][] MakePages()
    {
        var pages = new byte[PageCount][];
        for (int i = 0; i < PageCount; i++)
        {
            // Pages differ a little in length, so the batch is not one page repeated.
            pages[i] = Encoding.UTF8.GetBytes(FooterInspectorBenchmarks.Page(10_000 + (i % 7 * 100), int.MaxValue));
        }

        return pages;
    }

    private int Batch(Func<byte[], int> inspect)
    {
        int found = 0;
        Parallel.For(0, _pages.Length, new ParallelOptions { MaxDegreeOfParallelism = Cores }, () => 0,
            (i, _, sum) => sum + inspect(_pages[i]), sum => Interlocked.Add(ref found, sum));
        return found;
    }
}
