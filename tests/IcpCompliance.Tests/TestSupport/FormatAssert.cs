using System;
using Xunit;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>A value type's own two-argument <c>TryFormat</c>, passed as a method group so that the overload under
/// test is that one and not <see cref="ISpanFormattable"/>'s.</summary>
internal delegate bool SpanFormatter(Span<char> destination, out int charsWritten);

/// <summary>Checks of formatting into a caller's buffer.</summary>
internal static class FormatAssert
{
    /// <summary>Every buffer shorter than <paramref name="expected"/> fails and reports nothing written; a buffer of
    /// exactly its length receives it.</summary>
    public static void FailsCleanlyOnEveryShortBuffer(SpanFormatter tryFormat, string expected)
    {
        for (int size = 0; size < expected.Length; size++)
        {
            Assert.False(tryFormat(new char[size], out int written), $"size {size}");
            Assert.Equal(0, written);
        }

        char[] exact = new char[expected.Length];
        Assert.True(tryFormat(exact, out int exactWritten));
        Assert.Equal(expected, new string(exact, 0, exactWritten));
    }
}
