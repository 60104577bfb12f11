namespace IcpCompliance.Numbers;

/// <summary>Told by a number reader, as it reads, each place where the text read so far would be a whole number:
/// the valid prefixes of the text, shortest first, found in the one pass that reads the text.</summary>
/// <typeparam name="T">What the reader has read up to that place.</typeparam>
internal interface IPrefixRecorder<T>
{
    /// <summary>The text up to <paramref name="end"/> is a number, made of <paramref name="read"/>.</summary>
    void Accept(in T read, int end);
}
