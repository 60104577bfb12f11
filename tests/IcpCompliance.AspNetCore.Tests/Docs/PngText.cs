using System;
using System.Buffers.Binary;
using System.IO;
using System.Text;

namespace IcpCompliance.AspNetCore.Tests.Docs;

/// <summary>
/// Reads and writes a PNG's international text chunk (<c>iTXt</c>, UTF-8): the committed screenshot records the
/// footer markup it shows, so a test can tell that the picture is out of date without comparing pixels, which change
/// with every Chromium and font release.
/// </summary>
internal static class PngText
{
    private static readonly byte[] Signature = [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    /// <summary>The PNG with one <c>iTXt</c> chunk added before its end.</summary>
    internal static byte[] With(byte[] png, string keyword, string text)
    {
        int end = Find(png, "IEND") ?? throw new InvalidDataException("Not a PNG: no IEND chunk.");
        var data = new MemoryStream();
        data.Write(Encoding.Latin1.GetBytes(keyword));
        data.Write([0, 0, 0, 0, 0]); // keyword end, not compressed, method 0, no language tag, no translated keyword
        data.Write(Encoding.UTF8.GetBytes(text));
        byte[] chunk = Chunk("iTXt", data.ToArray());
        return [.. png.AsSpan(0, end), .. chunk, .. png.AsSpan(end)];
    }

    /// <summary>The text of the first <c>iTXt</c> chunk with the keyword, or null.</summary>
    internal static string? Read(byte[] png, string keyword)
    {
        if (png.Length < Signature.Length || !png.AsSpan(0, Signature.Length).SequenceEqual(Signature))
        {
            return null;
        }

        byte[] prefix = [.. Encoding.Latin1.GetBytes(keyword), 0, 0, 0, 0, 0];
        for (int at = Signature.Length; at + 12 <= png.Length;)
        {
            int length = BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
            if (length < 0 || at + 12 + length > png.Length)
            {
                return null;
            }

            ReadOnlySpan<byte> data = png.AsSpan(at + 8, length);
            if (Encoding.ASCII.GetString(png, at + 4, 4) == "iTXt" && data.StartsWith(prefix))
            {
                return Encoding.UTF8.GetString(data[prefix.Length..]);
            }

            at += 12 + length;
        }

        return null;
    }

    /// <summary>The width and height in the PNG's header.</summary>
    internal static (int Width, int Height) Size(byte[] png)
        => (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));

    private static int? Find(byte[] png, string type)
    {
        for (int at = Signature.Length; at + 12 <= png.Length;)
        {
            if (Encoding.ASCII.GetString(png, at + 4, 4) == type)
            {
                return at;
            }

            at += 12 + BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(at));
        }

        return null;
    }

    private static byte[] Chunk(string type, byte[] data)
    {
        byte[] typeAndData = [.. Encoding.ASCII.GetBytes(type), .. data];
        var chunk = new byte[12 + data.Length];
        BinaryPrimitives.WriteInt32BigEndian(chunk, data.Length);
        typeAndData.CopyTo(chunk, 4);
        BinaryPrimitives.WriteUInt32BigEndian(chunk.AsSpan(8 + data.Length), Crc32(typeAndData));
        return chunk;
    }

    // The CRC-32 of ISO 3309 that PNG chunks carry (reflected, polynomial 0xEDB88320), bit by bit: a screenshot's
    // few hundred bytes of text need no table.
    internal static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        uint crc = 0xFFFFFFFF;
        foreach (byte b in bytes)
        {
            crc ^= b;
            for (int bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB88320 : crc >> 1;
            }
        }

        return ~crc;
    }
}
