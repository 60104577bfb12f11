using System;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Footer;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>
/// A customer base at once: 1,000 pages of 10 KB (UTF-8 bytes, each with its footer) inspected on 1 and on 2 cores,
/// as <c>icp inspect DIR</c> does (pages in parallel, each inspection on its own), against the same-job Regex
/// baseline over the same pages on the same cores. Scaling shows as the time at 2 cores over the time at 1.
/// </summary>
[MemoryDiagnoser]
public class FooterInspectorBatchBenchmarks
{
    private const int PageCount = 1_000;
    private byte[][] _pages = [];

    /// <summary>How many cores the batch may use.</summary>
    [Params(1, 2)]
    public int Cores { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _pages = new byte[PageCount][];
        for (int i = 0; i < PageCount; i++)
        {
            // Pages differ a little in length, so the batch is not one page repeated.
            _pages[i] = Encoding.UTF8.GetBytes(FooterInspectorBenchmarks.Page(10_000 + (i % 7 * 100), int.MaxValue));
        }
    }

    [Benchmark(Baseline = true)]
    public int RegexBatch() => Batch(page => FooterInspectorBenchmarks.RegexSameJob(Encoding.UTF8.GetString(page)));

    [Benchmark]
    public int InspectorBatch() => Batch(page => FooterInspector.Inspect(page).Numbers.Length);

    private int Batch(Func<byte[], int> inspect)
    {
        int found = 0;
        Parallel.For(0, _pages.Length, new ParallelOptions { MaxDegreeOfParallelism = Cores }, () => 0,
            (i, _, sum) => sum + inspect(_pages[i]), sum => Interlocked.Add(ref found, sum));
        return found;
    }
}
