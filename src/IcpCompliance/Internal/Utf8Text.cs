using System;
using System.Buffers;
using System.Diagnostics;
using System.Text.Unicode;

namespace IcpCompliance.Internal;

/// <summary>Writes a parsed value's canonical text as UTF-8, for <see cref="IUtf8SpanFormattable"/>: the UTF-16
/// form is written on the stack and transcoded, so both forms always say the same.</summary>
internal static class Utf8Text
{
    // The longest canonical text of any parsed value is a domain name's 253 characters.
    private const int MaxChars = 256;

    internal static bool TryFormat<T>(T value, Span<byte> destination, out int bytesWritten)
        where T : ISpanFormattable
    {
        Span<char> chars = stackalloc char[MaxChars];
        bool formatted = value.TryFormat(chars, out int charsWritten, default, null);
        Debug.Assert(formatted, "Every canonical text fits in " + MaxChars + " characters.");
        if (formatted && Utf8.FromUtf16(chars[..charsWritten], destination, out _, out bytesWritten) == OperationStatus.Done)
        {
            return true;
        }

        bytesWritten = 0;
        return false;
    }
}
