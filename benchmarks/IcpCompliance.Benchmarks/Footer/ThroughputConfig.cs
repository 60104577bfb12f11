using BenchmarkDotNet.Configs;

namespace IcpCompliance.Benchmarks.Footer;

/// <summary>Adds the <see cref="ThroughputColumn"/> to a footer benchmark's summary.</summary>
internal sealed class ThroughputConfig : ManualConfig
{
    public ThroughputConfig() => AddColumn(new ThroughputColumn());
}
