using System;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;
using Xunit;
using Xunit.Abstractions;

namespace IcpCompliance.Tests.Regions;

[Collection(NotInParallel.Name)]
public sealed class DivisionTableMemoryTests(ITestOutputHelper output)
{
    [Fact]
    public void The_loaded_table_retains_well_under_a_megabyte()
    {
        // The budget is "well under 1 MB once loaded". Measured on a fresh load (the same code path as
        // Default's first use), after full collections, so only what the table keeps is counted.
        long before = GC.GetTotalMemory(forceFullCollection: true);
        AdministrativeDivisions table = AdministrativeDivisions.LoadBuiltIn();
        long after = GC.GetTotalMemory(forceFullCollection: true);
        long retained = after - before;
        output.WriteLine($"retained: {retained:N0} bytes for {table.Count:N0} entries");

        Assert.True(table.Count > 7_000);
        Assert.InRange(retained, 1, 900_000);
        GC.KeepAlive(table);
    }
}
