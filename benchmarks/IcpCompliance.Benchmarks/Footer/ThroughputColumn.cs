using System;
using System.Collections.Concurrent;
using System.Text;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>
/// What a footer benchmark reads per second, from the same run's mean: characters of the page's text (UTF-16) for the
/// methods that read text, bytes of its UTF-8 encoding for those that read bytes (the targets are in
/// characters/s from text and the same figure in bytes/s from UTF-8). G is 10^9, M 10^6.
/// </summary>
internal sealed class ThroughputColumn : IColumn
{
    private static readonly ConcurrentDictionary<int, (long Chars, long Bytes)> PageSizes = new();

    public string Id => nameof(ThroughputColumn);

    public string ColumnName => "Throughput";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Custom;

    public int PriorityInCategory => 0;

    public bool IsNumeric => false;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Units read per second at the mean time: characters of the page's text (chars) from text, bytes of its UTF-8 encoding (bytes) from UTF-8; G = 10^9, M = 10^6";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        double? meanNanoseconds = summary[benchmarkCase]?.ResultStatistics?.Mean;
        (long units, string unit) = UnitsPerOperation(benchmarkCase);
        if (meanNanoseconds is not > 0 || units == 0)
        {
            return "-";
        }

        double perSecond = units / meanNanoseconds.Value * 1e9;
        return perSecond >= 1e9 ? $"{perSecond / 1e9:F2} G {unit}/s" : $"{perSecond / 1e6:F0} M {unit}/s";
    }

    /// <summary>How many units one operation reads, and their name.</summary>
    internal static (long Units, string Unit) UnitsPerOperation(BenchmarkCase benchmarkCase)
    {
        string method = benchmarkCase.Descriptor.WorkloadMethod.Name;
        Type type = benchmarkCase.Descriptor.Type;
        if (type == typeof(FooterInspectorBatchBenchmarks))
        {
            return (FooterInspectorBatchBenchmarks.BatchBytes, "bytes");
        }

        if (type != typeof(FooterInspectorScalingBenchmarks) || benchmarkCase.Parameters["Size"] is not int size)
        {
            return (0, string.Empty);
        }

        (long chars, long bytes) = PageSizes.GetOrAdd(size, s =>
        {
            string page = FooterInspectorBenchmarks.Page(s, int.MaxValue);
            return (page.Length, Encoding.UTF8.GetByteCount(page));
        });
        return method.EndsWith("FromUtf8", StringComparison.Ordinal) ? (bytes, "bytes") : (chars, "chars");
    }
}
