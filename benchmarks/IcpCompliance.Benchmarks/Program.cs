using BenchmarkDotNet.Running;

// Run everything:      dotnet run -c Release --project benchmarks/IcpCompliance.Benchmarks -- --filter '*' --job short
// Run one class:       dotnet run -c Release --project benchmarks/IcpCompliance.Benchmarks -- --filter '*NumberParsing*' --job short
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);

/// <summary>The benchmark entry point.</summary>
internal sealed partial class Program;
