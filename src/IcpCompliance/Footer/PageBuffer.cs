using System;
using System.Buffers;
using System.Globalization;
using System.IO;

namespace IcpCompliance.Footer;

/// <summary>A page's bytes read from a stream into a pooled buffer, returned to the pool when disposed.</summary>
internal sealed class PageBuffer : IDisposable
{
    private byte[] _buffer;
    private int _length;

    private PageBuffer(int capacity) => _buffer = ArrayPool<byte>.Shared.Rent(capacity);

    /// <summary>The bytes read.</summary>
    internal ReadOnlySpan<byte> Bytes => _buffer.AsSpan(0, _length);

    /// <summary>Reads the stream to its end.</summary>
    /// <exception cref="InvalidDataException">The stream holds more than <paramref name="maxBytes"/> bytes.</exception>
    internal static PageBuffer Read(Stream stream, int maxBytes)
    {
        long known = stream.CanSeek ? stream.Length - stream.Position : -1;
        if (known > maxBytes)
        {
            throw TooLong(maxBytes);
        }

        var page = new PageBuffer(known >= 0 ? (int)known + 1 : 64 * 1024);
        try
        {
            while (true)
            {
                if (page._length == page._buffer.Length)
                {
                    if (page._length > maxBytes)
                    {
                        throw TooLong(maxBytes);
                    }

                    byte[] bigger = ArrayPool<byte>.Shared.Rent((int)Math.Min((long)page._buffer.Length * 2, (long)maxBytes + 1));
                    page._buffer.AsSpan(0, page._length).CopyTo(bigger);
                    ArrayPool<byte>.Shared.Return(page._buffer);
                    page._buffer = bigger;
                }

                int read = stream.Read(page._buffer, page._length, page._buffer.Length - page._length);
                if (read == 0)
                {
                    break;
                }

                page._length += read;
            }

            if (page._length > maxBytes)
            {
                throw TooLong(maxBytes);
            }

            return page;
        }
        catch
        {
            page.Dispose();
            throw;
        }
    }

    private static InvalidDataException TooLong(int maxBytes)
        => new(string.Create(CultureInfo.InvariantCulture, $"The page is longer than {maxBytes:N0} bytes, the most FooterInspector reads from a stream; inspect its bytes or its text instead."));

    /// <summary>Returns the buffer to the pool.</summary>
    public void Dispose()
    {
        if (_buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(_buffer);
        }

        _buffer = [];
        _length = 0;
    }
}
