using System;
using System.Text;

namespace IcpCompliance.Footer;

/// <summary>
/// Decodes a page's bytes as a browser picks their encoding: a byte-order mark (UTF-8, UTF-16), else a charset
/// declared in the first 1,024 bytes (<c>&lt;meta charset="gbk"&gt;</c> or <c>content="text/html; charset=gb2312"</c>),
/// else UTF-8. GBK and GB2312 are decoded as GB18030, their superset, as browsers do (the WHATWG Encoding standard
/// maps both labels to GBK, which GB18030 extends); many older Chinese sites still serve them. Invalid bytes become
/// U+FFFD, as a browser shows them, so a damaged number is reported, not dropped.
/// </summary>
internal static class PageEncoding
{
    private const int PrescanBytes = 1024;

    /// <summary>GB18030 (code page 54936), from the code pages the shared framework provides.</summary>
    private static Encoding Gb18030 => CodePagesEncodingProvider.Instance.GetEncoding(54936)
        ?? throw new InvalidOperationException("The GB18030 code page is missing from the framework.");

    /// <summary>Whether the page is UTF-8 as <see cref="Decode"/> picks the encoding (declared, by its byte-order mark,
    /// or for want of a GB charset), so that it can be read as it is; <paramref name="preamble"/> is the length of the
    /// byte-order mark <see cref="Decode"/> drops.</summary>
    internal static bool IsUtf8(ReadOnlySpan<byte> page, Encoding? declared, out int preamble)
    {
        preamble = 0;
        if (declared is not null)
        {
            // Decode keeps a byte-order mark under a declared encoding, as the UTF-8 reader does (U+FEFF).
            return declared.CodePage == Encoding.UTF8.CodePage;
        }

        if (page.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            preamble = 3;
            return true;
        }

        return !page.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) && !page.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            && !IsGbCharset(page[..Math.Min(page.Length, PrescanBytes)]);
    }

    internal static string Decode(ReadOnlySpan<byte> page, Encoding? declared)
    {
        if (declared is not null)
        {
            return declared.GetString(page);
        }

        if (page.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return Encoding.UTF8.GetString(page[3..]);
        }

        if (page.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode.GetString(page[2..]);
        }

        if (page.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode.GetString(page[2..]);
        }

        return IsGbCharset(page[..Math.Min(page.Length, PrescanBytes)]) ? Gb18030.GetString(page) : Encoding.UTF8.GetString(page);
    }

    /// <summary>Whether the start of the page declares <c>charset=</c> gbk, gb2312, gb18030, x-gbk or cp936 (in any
    /// case, quoted or not, spaces around '=').</summary>
    private static bool IsGbCharset(ReadOnlySpan<byte> head)
    {
        ReadOnlySpan<byte> charset = "charset"u8;
        for (int at = IndexOfIgnoreCase(head, charset, 0); at >= 0; at = IndexOfIgnoreCase(head, charset, at + 1))
        {
            int i = at + charset.Length;
            while (i < head.Length && head[i] is (byte)' ' or (byte)'\t')
            {
                i++;
            }

            if (i >= head.Length || head[i] != (byte)'=')
            {
                continue;
            }

            i++;
            while (i < head.Length && head[i] is (byte)' ' or (byte)'\t' or (byte)'"' or (byte)'\'')
            {
                i++;
            }

            int start = i;
            while (i < head.Length && (char.IsAsciiLetterOrDigit((char)head[i]) || head[i] is (byte)'-' or (byte)'_'))
            {
                i++;
            }

            string name = Encoding.ASCII.GetString(head[start..i]).ToLowerInvariant();
            return name is "gbk" or "gb2312" or "gb18030" or "x-gbk" or "cp936" or "gb_2312-80";
        }

        return false;
    }

    private static int IndexOfIgnoreCase(ReadOnlySpan<byte> text, ReadOnlySpan<byte> lowerLiteral, int from)
    {
        for (int i = from; i + lowerLiteral.Length <= text.Length; i++)
        {
            int k = 0;
            while (k < lowerLiteral.Length && (text[i + k] | 0x20) == lowerLiteral[k])
            {
                k++;
            }

            if (k == lowerLiteral.Length)
            {
                return i;
            }
        }

        return -1;
    }
}
