using System;

namespace IcpCompliance.Internal;

/// <summary>Writes the parts of numbers into spans, so formatting can be allocation-free.</summary>
internal static class NumberText
{
    /// <summary>Writes <paramref name="value"/> as exactly <paramref name="length"/> digits, zero-padded.</summary>
    internal static bool TryWriteDigits(Span<char> destination, ref int written, ulong value, int length)
    {
        if (destination.Length - written < length)
        {
            return false;
        }

        for (int i = written + length - 1; i >= written; i--)
        {
            destination[i] = (char)('0' + (int)(value % 10));
            value /= 10;
        }

        written += length;
        return true;
    }

    internal static bool TryWrite(Span<char> destination, ref int written, ReadOnlySpan<char> text)
    {
        if (!text.TryCopyTo(destination[written..]))
        {
            return false;
        }

        written += text.Length;
        return true;
    }

    internal static bool TryWrite(Span<char> destination, ref int written, char c)
    {
        if (written >= destination.Length)
        {
            return false;
        }

        destination[written++] = c;
        return true;
    }

    internal static int DigitCount(int value)
    {
        int count = 1;
        while (value >= 10)
        {
            value /= 10;
            count++;
        }

        return count;
    }

    internal static string Format<T>(in T value, int maxLength, TryFormatter<T> formatter)
    {
        Span<char> buffer = stackalloc char[maxLength];
        return formatter(value, buffer, out int written) ? new string(buffer[..written]) : string.Empty;
    }

    internal delegate bool TryFormatter<T>(in T value, Span<char> destination, out int written);

    internal static void CheckFormat(ReadOnlySpan<char> format)
    {
        if (!format.IsEmpty && !format.SequenceEqual("G"))
        {
            throw new FormatException("Only the canonical format (null, empty or \"G\") is supported.");
        }
    }
}
