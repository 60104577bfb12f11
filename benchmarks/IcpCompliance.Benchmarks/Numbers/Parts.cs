namespace IcpCompliance.Benchmarks.Numbers;

/// <summary>The parts the Regex baselines extract (province character, serial, index, suffix), so they do the same
/// work as the library, which returns a value holding them.</summary>
public readonly record struct Parts(char Province, long Serial, int SerialLength, int Index, char Suffix);
