using System.Runtime.CompilerServices;

namespace IcpCompliance.Numbers;

/// <summary>The valid prefixes of a text, as one lenient read of it finds them (shortest first), with what was read up
/// to each: <see cref="IcpNumberReader.ReadPrefixes"/> and <see cref="PsbFilingNumber.ReadPrefixes"/>. The grammars
/// have at most <see cref="Capacity"/> places where a number may end (after the serial, its <c>号</c>, the index,
/// the suffix letter and a <c>号</c> after the index).</summary>
/// <typeparam name="T">What the reader has read up to each end.</typeparam>
internal struct NumberPrefixes<T> : IPrefixRecorder<T>
{
    /// <summary>The most prefixes a reader can accept.</summary>
    internal const int Capacity = 5;

    private Prefixes _prefixes;

    /// <summary>How many valid prefixes the text has.</summary>
    internal int Count { get; private set; }

    /// <summary>Where the <paramref name="index"/>th shortest valid prefix ends.</summary>
    internal readonly int End(int index) => _prefixes[index].End;

    /// <summary>What the <paramref name="index"/>th shortest valid prefix is made of.</summary>
    internal readonly T Read(int index) => _prefixes[index].Read;

    void IPrefixRecorder<T>.Accept(in T read, int end)
    {
        // Ends only grow as the reader goes on; the same end twice (nothing consumed in between) is one prefix.
        if (Count > 0 && _prefixes[Count - 1].End == end)
        {
            _prefixes[Count - 1] = (read, end);
            return;
        }

        _prefixes[Count++] = (read, end);
    }

    [InlineArray(Capacity)]
    private struct Prefixes
    {
        private (T Read, int End) _first;
    }
}
