namespace IcpCompliance.Numbers;

/// <summary>The recorder of a reader that parses a whole text: it keeps nothing, and the JIT removes its calls.</summary>
/// <typeparam name="T">What the reader reads.</typeparam>
internal struct NoPrefixes<T> : IPrefixRecorder<T>
{
    readonly void IPrefixRecorder<T>.Accept(in T read, int end)
    {
    }
}
