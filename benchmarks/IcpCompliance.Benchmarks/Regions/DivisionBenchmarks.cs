using System.Collections.Generic;
using System.Linq;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Engines;
using IcpCompliance.Regions;

namespace IcpCompliance.Benchmarks.Regions;

/// <summary>Looking up a division code, against the LINQ scan a developer would write over the same rows.</summary>
[MemoryDiagnoser]
public class DivisionBenchmarks
{
    private AdministrativeDivisions _table = null!;
    private List<AdministrativeDivision> _rows = null!;

    /// <summary>Loads the table once: the cold start is measured separately.</summary>
    [GlobalSetup]
    public void Load()
    {
        _table = AdministrativeDivisions.Default;
        _rows = [.. _table.Entries];
    }

    [Benchmark(Baseline = true, Description = "as of year: LINQ FirstOrDefault over the rows")]
    public string? LinqAsOfYear() => _rows.FirstOrDefault(r => r.Code == 440305 && r.IsInForceIn(2020)).Name;

    [Benchmark(Description = "as of year: AdministrativeDivisions.TryFind")]
    public string? LibraryAsOfYear() => _table.TryFind(440305, 2020, out AdministrativeDivision d) ? d.Name : null;

    [Benchmark(Description = "all entries of a code: AdministrativeDivisions.Find")]
    public int LibraryFind() => _table.Find(120110).Length;
}

/// <summary>The first lookup in a process: parsing the embedded table (what a CLI run or a cold function pays once).</summary>
[MemoryDiagnoser]
[SimpleJob(RunStrategy.ColdStart, launchCount: 1, warmupCount: 0, iterationCount: 5, invocationCount: 1)]
public class DivisionColdStartBenchmarks
{
    [Benchmark(Description = "parse the embedded table (7,145 entries)")]
    public int LoadTable()
    {
        // The same work as the first use of AdministrativeDivisions.Default: read the resource, parse, sort.
        using System.IO.StreamReader reader = IcpCompliance.Internal.EmbeddedTable.Open("IcpCompliance.Regions.Divisions.tsv");
        return AdministrativeDivisions.Create(AdministrativeDivisions.ReadTsv(reader)).Count;
    }
}
