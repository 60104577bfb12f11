using System;
using System.IO;
using System.Text;
using IcpCompliance.Cli.Output;

namespace IcpCompliance.Cli.Input;

/// <summary>
/// Reads the file a command is given (or standard input, for <c>-</c>) up to a size limit, so an endless or huge
/// input is a clear error, never an <see cref="OutOfMemoryException"/>. The limits are documented in docs/cli.md.
/// </summary>
internal static class InputText
{
    /// <summary>An application or a stored case (<c>check</c>, <c>deadlines</c>): 16 MiB.</summary>
    internal const int MaxJsonBytes = 16 * 1024 * 1024;

    /// <summary>A page (<c>inspect</c>): 32 MiB.</summary>
    internal const int MaxPageBytes = 32 * 1024 * 1024;

    /// <summary>Reads the file as UTF-8. With <paramref name="strictUtf8"/>, bytes that are not UTF-8 are refused
    /// (a JSON file must be UTF-8); without, they become U+FFFD, as a browser shows them.</summary>
    internal static bool TryRead(string path, Func<Stream> standardInput, int maxBytes, bool strictUtf8, TextWriter error, out string text)
    {
        text = string.Empty;
        string shown = path == "-" ? "standard input" : TerminalText.Quote(path);
        if (!TryReadBytes(path, standardInput, maxBytes, error, out byte[] bytes))
        {
            return false;
        }

        int start = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? Encoding.UTF8.Preamble.Length : 0;
        try
        {
            text = (strictUtf8 ? StrictUtf8 : Encoding.UTF8).GetString(bytes, start, bytes.Length - start);
            return true;
        }
        catch (DecoderFallbackException e)
        {
            error.WriteLine(DisplayWidth.Invariant($"error: {shown} is not UTF-8: invalid byte at offset {start + e.Index}; 文件不是 UTF-8 编码"));
            return false;
        }
    }

    /// <summary>Reads the file's bytes, up to <paramref name="maxBytes"/>; a clear error otherwise.</summary>
    internal static bool TryReadBytes(string path, Func<Stream> standardInput, int maxBytes, TextWriter error, out byte[] bytes)
    {
        string shown = path == "-" ? "standard input" : TerminalText.Quote(path);
        try
        {
            using Stream stream = path == "-" ? standardInput() : File.OpenRead(path);
            if (!TryReadBounded(stream, maxBytes, out bytes))
            {
                error.WriteLine(DisplayWidth.Invariant($"error: {shown} is larger than {maxBytes / (1024 * 1024)} MiB, the limit for this command; 输入超过 {maxBytes / (1024 * 1024)} MiB 的上限"));
                return false;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine("error: cannot read " + shown + ": " + TerminalText.Quote(e.Message));
            bytes = [];
            return false;
        }

        return true;
    }

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static bool TryReadBounded(Stream stream, int maxBytes, out byte[] bytes)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                bytes = [];
                return false;
            }

            buffer.Write(chunk, 0, read);
        }

        bytes = buffer.ToArray();
        return true;
    }
}
