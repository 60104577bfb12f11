using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;

namespace IcpCompliance.Footer;

/// <summary>
/// How many UTF-16 code units UTF-8 bytes decode to, as <see cref="Encoding.UTF8"/> decodes them: the UTF-16 offset of
/// a number found in a page read as bytes. <see cref="Encoding.UTF8"/>'s count takes a quarter of the whole UTF-8 scan
/// on a Chinese page (its loop for text that is not ASCII reads a few bytes at a time); here 64 bytes are checked and
/// counted at once with a few vector compares.
/// </summary>
internal static class Utf16Length
{
    /// <summary>The UTF-16 units <paramref name="utf8"/> decodes to, invalid bytes counted as the U+FFFD they become.</summary>
    internal static int Of(ReadOnlySpan<byte> utf8) => TryOfWellFormed(utf8, out int units) ? units : Encoding.UTF8.GetCharCount(utf8);

    /// <summary>
    /// The UTF-16 units of bytes that are well-formed UTF-8 of characters up to U+FFFF, other than those of U+0000 to
    /// U+0FFF and U+D000 to U+DFFF written in three bytes, counted 64 bytes at a time: each character is one unit,
    /// so the count is that of the bytes that are not continuation bytes. False for anything else (invalid bytes, a
    /// character cut at either end, lead bytes 0xE0, 0xED or from 0xF0 on, whose second byte has a narrower range),
    /// and for fewer than 64 bytes: <see cref="Encoding.UTF8"/> counts those.
    /// </summary>
    internal static bool TryOfWellFormed(ReadOnlySpan<byte> utf8, out int units)
    {
        units = 0;
        int length = utf8.Length;
        if (length < 64 || !Vector256.IsHardwareAccelerated)
        {
            return false;
        }

        ref byte start = ref MemoryMarshal.GetReference(utf8);

        // Continuation bytes expected at the next chunk's first units by lead bytes at this one's end.
        ulong pending = 0;
        int at = 0;
        for (; at <= length - 64; at += 64)
        {
            if (!Chunk(ref start, at, ulong.MaxValue, ref pending, ref units))
            {
                return false;
            }
        }

        if (at < length)
        {
            // The last bytes: the 64 that end the span, of which only those after the chunks counted are live.
            int counted = at - (length - 64);
            pending <<= counted;
            if (!Chunk(ref start, length - 64, ulong.MaxValue << counted, ref pending, ref units))
            {
                return false;
            }
        }

        // A lead byte whose continuation bytes would lie past the end: a character cut off.
        return pending == 0;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Chunk(ref byte start, int at, ulong live, ref ulong pending, ref int units)
    {
        ulong nonAscii;
        ulong continuations;
        ulong leads;
        ulong threeByteLeads;
        ulong narrowLeads;
        if (Vector512.IsHardwareAccelerated)
        {
            Vector512<byte> bytes = Vector512.LoadUnsafe(ref start, (nuint)at);
            nonAscii = bytes.ExtractMostSignificantBits();
            continuations = InRange(bytes, 0x80, 0xBF);
            leads = InRange(bytes, 0xC2, 0xEF);
            threeByteLeads = InRange(bytes, 0xE0, 0xEF);
            narrowLeads = (Vector512.Equals(bytes, Vector512.Create((byte)0xE0)) | Vector512.Equals(bytes, Vector512.Create((byte)0xED))).ExtractMostSignificantBits();
        }
        else
        {
            Vector256<byte> lower = Vector256.LoadUnsafe(ref start, (nuint)at);
            Vector256<byte> upper = Vector256.LoadUnsafe(ref start, (nuint)(at + 32));
            nonAscii = lower.ExtractMostSignificantBits() | ((ulong)upper.ExtractMostSignificantBits() << 32);
            continuations = InRange(lower, upper, 0x80, 0xBF);
            leads = InRange(lower, upper, 0xC2, 0xEF);
            threeByteLeads = InRange(lower, upper, 0xE0, 0xEF);
            Vector256<byte> e0 = Vector256.Create((byte)0xE0);
            Vector256<byte> ed = Vector256.Create((byte)0xED);
            narrowLeads = (Vector256.Equals(lower, e0) | Vector256.Equals(lower, ed)).ExtractMostSignificantBits()
                | ((ulong)(Vector256.Equals(upper, e0) | Vector256.Equals(upper, ed)).ExtractMostSignificantBits() << 32);
        }

        nonAscii &= live;
        continuations &= live;
        leads &= live;
        threeByteLeads &= live;

        // Bytes that are neither ASCII, nor continuation bytes, nor a lead byte from 0xC2 to 0xEF (0xC0, 0xC1, 0xF0
        // and up), and the leads of 0xE0 and 0xED: the general count below does not check them.
        ulong refused = (nonAscii & ~continuations & ~leads) | (narrowLeads & live);

        // Each lead byte wants one continuation byte after it (two after a three-byte lead), and every continuation
        // byte must be wanted: then the bytes are well-formed and each character starts at a byte that is not a
        // continuation byte.
        ulong wanted = (leads << 1) | (threeByteLeads << 2) | pending;
        if (refused != 0 || wanted != continuations)
        {
            return false;
        }

        pending = (leads >> 63) | (threeByteLeads >> 62);
        units += BitOperations.PopCount(live & ~continuations);
        return true;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong InRange(Vector512<byte> bytes, byte low, byte high)
        => Vector512.LessThanOrEqual(bytes - Vector512.Create(low), Vector512.Create((byte)(high - low))).ExtractMostSignificantBits();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong InRange(Vector256<byte> lower, Vector256<byte> upper, byte low, byte high)
    {
        Vector256<byte> from = Vector256.Create(low);
        Vector256<byte> width = Vector256.Create((byte)(high - low));
        return Vector256.LessThanOrEqual(lower - from, width).ExtractMostSignificantBits()
            | ((ulong)Vector256.LessThanOrEqual(upper - from, width).ExtractMostSignificantBits() << 32);
    }
}
