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
        // The heap is process-wide: objects of earlier tests still being finalised or released can shrink it between
        // the two readings (a retained size of −187 KB was seen once the suite grew). The first positive reading of
        // up to five loads is taken; a table over budget is over budget in every reading.
        long smallest = long.MaxValue;
        int count = 0;
        AdministrativeDivisions? table = null;
        for (int attempt = 0; attempt < 5 && smallest == long.MaxValue; attempt++)
        {
            // No table of an earlier attempt may be alive at either reading, or the new one only replaces it.
            table = null;
            long before = GC.GetTotalMemory(forceFullCollection: true);
            table = AdministrativeDivisions.LoadBuiltIn();
            long after = GC.GetTotalMemory(forceFullCollection: true);
            long retained = after - before;
            count = table.Count;
            output.WriteLine($"attempt {attempt + 1}: retained {retained:N0} bytes for {count:N0} entries");
            if (retained > 0)
            {
                smallest = retained;
            }
        }

        Assert.True(count > 7_000);
        Assert.InRange(smallest, 1, 900_000);
        GC.KeepAlive(table);
    }
}
