using Xunit;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>Tests that measure the process's heap: xunit runs this collection alone, after the parallel ones, so no
/// other test's allocations blur the figure.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class NotInParallel
{
    public const string Name = "Not in parallel";
}
