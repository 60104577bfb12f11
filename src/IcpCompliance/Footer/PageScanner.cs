using System;
using System.Buffers;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Linq;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;

namespace IcpCompliance.Footer;

/// <summary>
/// Finds every filing, licence and PSB number in a page in one linear pass, without building a DOM and without
/// materialising the page's decoded text.
/// </summary>
/// <remarks>
/// <para>The pass skips with a vectorised search to the only characters that matter: <c>&lt;</c> (markup, which
/// decides whether the following text is shown, commented out, scripted or inside a link), <c>&amp;</c> (a numeric
/// character reference may encode a province character) and the province characters themselves. A province
/// character followed by nothing that can start <c>ICP</c>, <c>B2</c> or <c>公网安备</c> is dropped on the spot;
/// for the few left, the text a reader sees (tags dropped, references decoded) is decoded locally into a small
/// window, and a bounded span of it is handed to the lenient parsers. A block-level tag, a comment or a script
/// ends the window, so text on either side of one cannot join into one number.</para>
/// <para>Memory is constant in the page size (a 65-character window on the stack); a link's <c>href</c> is decoded
/// only when a number is found inside the link.</para>
/// </remarks>
internal sealed class PageScanner
{
    private const int MaxWindow = NumberFinder.MaxWindow;

    /// <summary>At most this many numbers are kept per page (<see cref="FooterInspector.MaxKeptNumbers"/>); the
    /// rest are counted, so memory stays bounded on a page dense with numbers.</summary>
    private readonly int _maxKept;
    private readonly List<FoundNearMiss> _nearMisses = [];
    private int _notKept;

    private static SearchValues<char> ProvinceCharacters => NumberFinder.ProvinceCharacters;

    // What can follow a province character (before decoding, folding and skipping whitespace) when a number
    // starts there: the first character of a marker in any lenient spelling (I, B, 公), whitespace, or markup or
    // a reference that may decode to one of them.
    private static readonly SearchValues<char> MarkerStarts = SearchValues.Create(
        "IiＩｉBbＢｂ公<& \t\r\n\u00A0\u3000\u2002\u2003\u2009\u200B\uFEFF");

    private readonly string _html;
    private readonly List<FoundNumber> _found = [];

    // The innermost open link: whether there is one, its href attribute's value range in the page (start -1 when
    // it has none), and the decoded href once a number inside the link needed it.
    private bool _inLink;
    private int _hrefStart = -1;
    private int _hrefEnd;
    private string? _href;
    private bool _hrefDecoded;

    // Candidates before this offset are inside the number found last and are not starts of numbers.
    private int _skipUntil;
    private int _lineSource;
    private int _line = 1;

    private PageScanner(string html, int maxKept = int.MaxValue)
    {
        _html = html;
        _maxKept = maxKept;
    }

    /// <summary>Every number in the page, in page order.</summary>
    internal static List<FoundNumber> Scan(string html) => ScanAll(html, int.MaxValue).Numbers;

    /// <summary>The first <paramref name="maxKept"/> numbers in the page and as many near misses, in page order,
    /// and how many numbers were found beyond those kept.</summary>
    internal static (List<FoundNumber> Numbers, List<FoundNearMiss> NearMisses, int NotKept) ScanAll(string html, int maxKept)
    {
        var scanner = new PageScanner(html, maxKept);
        scanner.ReadPage();
        return (scanner._found, scanner._nearMisses, scanner._notKept);
    }

    // One vectorised scan over the page stops at markup, which keeps the state (text, comment, script, link)
    // exact, and at candidates, which are read in the state that holds where they are; markup is read past, so
    // nothing inside a tag is a candidate.
    private void ReadPage()
    {
        string html = _html;
        int i = 0;
        while (true)
        {
            int at = NextStop(i);
            if (at >= html.Length)
            {
                return;
            }

            if (html[at] == '<')
            {
                int end = TagEnd(at);
                i = end >= 0 ? end : ReadMarkup(at);
            }
            else
            {
                TextCandidate(at);
                i = at + 1;
            }
        }
    }

    private void TextCandidate(int at)
    {
        string html = _html;
        if (html[at] != '&')
        {
            Candidate(at, at + 1, FoundNumberContext.Text, html.Length);
            return;
        }

        // Only a numeric reference can encode a province character.
        int length = CharacterReferences.TryDecode(html, at, out int codePoint);
        if (length > 0 && codePoint <= 0xFFFF && ProvinceCharacters.Contains((char)codePoint))
        {
            Candidate(at, at + length, FoundNumberContext.Text, html.Length);
        }
    }

    /// <summary>
    /// The first offset from <paramref name="from"/> on that holds markup ('&lt;') or may start a number in text:
    /// a province character followed by a character that can begin a marker (see <see cref="MarkerStarts"/>), or
    /// <c>&amp;#</c>; the page's length when there is none.
    /// </summary>
    /// <remarks>Vectorised over blocks of <see cref="BlockSize"/> characters: the stop bits of a block are computed
    /// once and kept, so the many short stretches of text between tags in one block (a tag every ~25 characters on
    /// a typical page) cost a mask and a bit scan each, not a fresh vector pass.</remarks>
    private int NextStop(int from)
    {
        string html = _html;
        if (Vector256.IsHardwareAccelerated)
        {
            // A block reads one character past its end (the character after a province character).
            int lastBlock = html.Length - BlockSize - 1;
            while (from <= lastBlock)
            {
                if ((uint)(from - _blockAt) >= BlockSize)
                {
                    SetBlock(from);
                }

                ulong bits = _stopBits & (ulong.MaxValue << (from - _blockAt));
                while (bits != 0)
                {
                    int at = _blockAt + BitOperations.TrailingZeroCount(bits);
                    if (IsCandidateAt(at))
                    {
                        return at;
                    }

                    bits &= bits - 1;
                }

                from = _blockAt + BlockSize;
            }
        }

        for (int i = from; i < html.Length; i++)
        {
            if (IsCandidateAt(i))
            {
                return i;
            }
        }

        return html.Length;
    }

    private const int BlockSize = 64;

    // The block of bits computed last: its first offset (far before the page while there is none), and for each
    // of its characters (bit k for offset _blockAt + k) whether it is a stop, a '>', a '"' or a '\''. The block
    // reads one character past its end, so it starts at most BlockSize + 1 characters before the page's end.
    private int _blockAt = int.MinValue / 2;
    private ulong _stopBits;
    private ulong _closeBits;
    private ulong _doubleQuoteBits;
    private ulong _singleQuoteBits;
    private ulong _equalsBits;
    private ulong _nameBits;

    /// <summary>Computes the bits of the <see cref="BlockSize"/> characters from <paramref name="at"/> on. A stop
    /// is '&lt;', <c>&amp;#</c>, or a character in the province characters' range that is not followed by another
    /// ideograph (北京市, 新闻: a province character followed by an ideograph cannot start a number unless it is
    /// 公); <see cref="IsCandidateAt"/> confirms each.</summary>
    private void SetBlock(int at)
    {
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(_html.AsSpan()));
        _blockAt = at;
        if (Vector512.IsHardwareAccelerated)
        {
            Bits512(ref start, at, out ulong stops, out ulong close, out ulong doubleQuotes, out ulong singleQuotes, out ulong equals, out ulong names);
            Bits512(ref start, at + 32, out ulong stops2, out ulong close2, out ulong doubleQuotes2, out ulong singleQuotes2, out ulong equals2, out ulong names2);
            _stopBits = stops | (stops2 << 32);
            _closeBits = close | (close2 << 32);
            _doubleQuoteBits = doubleQuotes | (doubleQuotes2 << 32);
            _singleQuoteBits = singleQuotes | (singleQuotes2 << 32);
            _equalsBits = equals | (equals2 << 32);
            _nameBits = names | (names2 << 32);
            return;
        }

        ulong allStops = 0, allClose = 0, allDoubleQuotes = 0, allSingleQuotes = 0, allEquals = 0, allNames = 0;
        for (int k = 0; k < BlockSize; k += Vector256<ushort>.Count)
        {
            Vector256<ushort> v = Vector256.LoadUnsafe(ref start, (nuint)(at + k));
            Vector256<ushort> next = Vector256.LoadUnsafe(ref start, (nuint)(at + k + 1));
            Vector256<ushort> low = Vector256.Create((ushort)MinProvince);
            Vector256<ushort> width = Vector256.Create((ushort)(MaxProvince - MinProvince));
            Vector256<ushort> ideographFollows = Vector256.LessThanOrEqual(next - low, width) & ~Vector256.Equals(next, Vector256.Create((ushort)'公'));
            Vector256<ushort> province = Vector256.AndNot(Vector256.LessThanOrEqual(v - low, width), ideographFollows);
            Vector256<ushort> reference = Vector256.Equals(v, Vector256.Create((ushort)'&')) & Vector256.Equals(next, Vector256.Create((ushort)'#'));
            allStops |= (ulong)(province | reference | Vector256.Equals(v, Vector256.Create((ushort)'<'))).ExtractMostSignificantBits() << k;
            allClose |= (ulong)Vector256.Equals(v, Vector256.Create((ushort)'>')).ExtractMostSignificantBits() << k;
            allDoubleQuotes |= (ulong)Vector256.Equals(v, Vector256.Create((ushort)'"')).ExtractMostSignificantBits() << k;
            allSingleQuotes |= (ulong)Vector256.Equals(v, Vector256.Create((ushort)'\'')).ExtractMostSignificantBits() << k;
            allEquals |= (ulong)Vector256.Equals(v, Vector256.Create((ushort)'=')).ExtractMostSignificantBits() << k;
            Vector256<ushort> names = Vector256.LessThanOrEqual((v | Vector256.Create((ushort)0x20)) - Vector256.Create((ushort)'a'), Vector256.Create((ushort)25))
                | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)9))
                | Vector256.Equals(v, Vector256.Create((ushort)'-')) | Vector256.Equals(v, Vector256.Create((ushort)':')) | Vector256.Equals(v, Vector256.Create((ushort)'_'));
            allNames |= (ulong)names.ExtractMostSignificantBits() << k;
        }

        _stopBits = allStops;
        _closeBits = allClose;
        _doubleQuoteBits = allDoubleQuotes;
        _singleQuoteBits = allSingleQuotes;
        _equalsBits = allEquals;
        _nameBits = allNames;
    }

    private static void Bits512(ref ushort start, int at, out ulong stops, out ulong close, out ulong doubleQuotes, out ulong singleQuotes, out ulong equals, out ulong names)
    {
        Vector512<ushort> v = Vector512.LoadUnsafe(ref start, (nuint)at);
        Vector512<ushort> next = Vector512.LoadUnsafe(ref start, (nuint)(at + 1));
        Vector512<ushort> low = Vector512.Create((ushort)MinProvince);
        Vector512<ushort> width = Vector512.Create((ushort)(MaxProvince - MinProvince));
        Vector512<ushort> ideographFollows = Vector512.LessThanOrEqual(next - low, width) & ~Vector512.Equals(next, Vector512.Create((ushort)'公'));
        Vector512<ushort> province = Vector512.AndNot(Vector512.LessThanOrEqual(v - low, width), ideographFollows);
        Vector512<ushort> reference = Vector512.Equals(v, Vector512.Create((ushort)'&')) & Vector512.Equals(next, Vector512.Create((ushort)'#'));
        stops = (province | reference | Vector512.Equals(v, Vector512.Create((ushort)'<'))).ExtractMostSignificantBits();
        close = Vector512.Equals(v, Vector512.Create((ushort)'>')).ExtractMostSignificantBits();
        doubleQuotes = Vector512.Equals(v, Vector512.Create((ushort)'"')).ExtractMostSignificantBits();
        singleQuotes = Vector512.Equals(v, Vector512.Create((ushort)'\'')).ExtractMostSignificantBits();
        equals = Vector512.Equals(v, Vector512.Create((ushort)'=')).ExtractMostSignificantBits();
        names = (Vector512.LessThanOrEqual((v | Vector512.Create((ushort)0x20)) - Vector512.Create((ushort)'a'), Vector512.Create((ushort)25))
            | Vector512.LessThanOrEqual(v - Vector512.Create((ushort)'0'), Vector512.Create((ushort)9))
            | Vector512.Equals(v, Vector512.Create((ushort)'-')) | Vector512.Equals(v, Vector512.Create((ushort)':')) | Vector512.Equals(v, Vector512.Create((ushort)'_'))).ExtractMostSignificantBits();
    }

    /// <summary>The first offset from <paramref name="from"/> on, inside the current block, whose bit is set in
    /// <paramref name="bits"/>; −1 when there is none before the block's end.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private int NextInBlock(ulong bits, int from)
    {
        int k = from - _blockAt;
        if ((uint)k >= BlockSize)
        {
            return -1;
        }

        ulong later = bits & (ulong.MaxValue << k);
        return later == 0 ? -1 : _blockAt + BitOperations.TrailingZeroCount(later);
    }

    // What TagEnd returns when the markup is not ordinary or not inside the current block: ReadMarkup reads it.
    // (Recomputing a block that starts at such markup costs more than reading the markup character by character.)
    private const int NotOrdinary = -1;

    /// <summary>
    /// Where ordinary markup at <paramref name="start"/> ends, read from the current block's bits: an end tag, a
    /// declaration or processing instruction, a '&lt;' that is text, or a start tag other than a script or style
    /// whose attributes are all <c>name="value"</c> or <c>name='value'</c> (or that has no quote before its
    /// '&gt;'). Sets the link state for <c>&lt;a&gt;</c> and <c>&lt;/a&gt;</c> as <see cref="ReadMarkup"/> does,
    /// and returns exactly what it would return; <see cref="NotOrdinary"/>, having changed nothing, for other markup
    /// and for markup that does not end inside the block.
    /// </summary>
    private int TagEnd(int start)
    {
        string html = _html;
        if ((uint)(start - _blockAt) >= BlockSize - 4)
        {
            return NotOrdinary;
        }

        int limit = _blockAt + BlockSize;
        char next = html[start + 1];
        if (next == '/')
        {
            // An end tag, named or not, ends at the first '>' after "</"; "</a" closes the link.
            int close = NextInBlock(_closeBits, start + 2);
            if (close < 0)
            {
                return NotOrdinary;
            }

            if ((html[start + 2] | 0x20) == 'a' && !IsNameCharacter(html[start + 3]))
            {
                _inLink = false;
            }

            return close + 1;
        }

        if (next is '!' or '?')
        {
            if (next == '!' && html[start + 2] == '-' && html[start + 3] == '-')
            {
                return NotOrdinary;
            }

            int close = NextInBlock(_closeBits, start + 2);
            return close < 0 ? NotOrdinary : close + 1;
        }

        if (!char.IsAsciiLetter(next))
        {
            return start + 1;
        }

        int end = NextInBlock(~_nameBits, start + 2);
        if (end < 0)
        {
            return NotOrdinary;
        }

        int length = end - start - 1;
        bool isLink = length == 1 && (next | 0x20) == 'a';
        if (!isLink && ((length is 5 or 6 && (next | 0x20) == 's') || (length is 5 or 8 && (next | 0x20) is 't' or 'n')))
        {
            // script and style; title, textarea, template and noscript (and a few other names of those lengths).
            return NotOrdinary;
        }

        int tagEnd = DoubleQuotedTagEnd(start, end);
        if (isLink)
        {
            int hrefStart = -1;
            int hrefEnd = -1;
            if (tagEnd >= 0 && end + 6 < limit && html[end] == ' ' && html.AsSpan(end + 1, 5).Equals("href=", StringComparison.OrdinalIgnoreCase) && html[end + 6] == '"')
            {
                // The tag's attributes are in the form DoubleQuotedTagEnd accepts, so its first one is href.
                hrefStart = end + 7;
                hrefEnd = NextInBlock(_doubleQuoteBits, hrefStart);
            }
            else
            {
                tagEnd = CanonicalAttributes(end, limit, wantHref: true, out hrefStart, out hrefEnd);
                if (tagEnd < 0)
                {
                    return tagEnd;
                }
            }

            if (MayHide(end, tagEnd))
            {
                return NotOrdinary;
            }

            _inLink = true;
            _hrefStart = hrefStart;
            _hrefEnd = hrefEnd;
            _href = null;
            _hrefDecoded = false;
            return tagEnd;
        }

        if (tagEnd < 0)
        {
            // Quotes only matter after '=': with none before the first '>', the tag ends there (as SkipTag finds).
            int gt = NextInBlock(_closeBits, end);
            int quote = NextInBlock(_doubleQuoteBits | _singleQuoteBits, end);
            tagEnd = gt >= 0 && (quote < 0 || quote > gt) ? gt + 1
                : quote < 0 ? NotOrdinary : CanonicalAttributes(end, limit, wantHref: false, out _, out _);
        }

        return tagEnd >= 0 && MayHide(end, tagEnd) ? NotOrdinary : tagEnd;
    }

    /// <summary>
    /// Where a start tag ends when its '&gt;' is in the block and every attribute value in it is written
    /// <c>name="value"</c>, found without a branch per character: the first '&gt;' outside double quotes, where
    /// the quotes are paired by a prefix XOR of their bits. The form is checked on the bits too: each opening quote
    /// directly follows an '=', and each '=' outside quotes (other than one right after the tag's name, which
    /// <see cref="ReadAttributes"/> reads as the start of a name) directly follows a name character and directly
    /// precedes an opening quote. Then there is no unquoted value, every double quote opens or closes a value as
    /// <see cref="ReadAttributes"/> reads it, and a single quote outside a value can only be part of a name; so the
    /// '&gt;' found is the one it finds. −1 when the tag is not in that form or its end is not in the block.
    /// </summary>
    private int DoubleQuotedTagEnd(int start, int nameEnd)
    {
        ulong after = ulong.MaxValue << (start - _blockAt + 1);
        ulong doubleQuotes = _doubleQuoteBits & after;
        ulong inside = doubleQuotes;
        inside ^= inside << 1;
        inside ^= inside << 2;
        inside ^= inside << 4;
        inside ^= inside << 8;
        inside ^= inside << 16;
        inside ^= inside << 32;
        ulong closes = _closeBits & after & ~inside;
        if (closes == 0)
        {
            return -1;
        }

        int end = BitOperations.TrailingZeroCount(closes);
        ulong region = after & ((1UL << end) - 1);
        ulong opening = doubleQuotes & inside & region;
        ulong valueEquals = _equalsBits & ~inside & region & ~(1UL << (nameEnd - _blockAt));
        bool canonical = opening == (valueEquals << 1) && ((valueEquals >> 1) & ~_nameBits) == 0;
        return canonical ? _blockAt + end + 1 : -1;
    }

    /// <summary>Reads attributes written <c>name="value"</c> or <c>name='value'</c>, separated by spaces, up to and
    /// past the tag's '&gt;' (or "/&gt;"), with the closing quotes taken from the block's bits. For such a tag this
    /// is what <see cref="ReadAttributes"/> returns; anything else, and a tag that runs past
    /// <paramref name="limit"/>, is <see cref="NotOrdinary"/>.</summary>
    private int CanonicalAttributes(int i, int limit, bool wantHref, out int hrefStart, out int hrefEnd)
    {
        string html = _html;
        hrefStart = -1;
        hrefEnd = -1;
        while (true)
        {
            while (i < limit && html[i] == ' ')
            {
                i++;
            }

            if (i + 1 >= limit)
            {
                return NotOrdinary;
            }

            char c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c == '/')
            {
                return html[i + 1] == '>' ? i + 2 : NotOrdinary;
            }

            int nameStart = i;
            while (i < limit && (char.IsAsciiLetterOrDigit(html[i]) || html[i] is '-' or '_' or ':' or '.'))
            {
                i++;
            }

            if (i + 2 >= limit)
            {
                return NotOrdinary;
            }

            if (i == nameStart || html[i] != '=')
            {
                return NotOrdinary;
            }

            char quote = html[i + 1];
            if (quote is not '"' and not '\'')
            {
                return NotOrdinary;
            }

            int valueStart = i + 2;
            int close = NextInBlock(quote == '"' ? _doubleQuoteBits : _singleQuoteBits, valueStart);
            if (close < 0)
            {
                return NotOrdinary;
            }

            if (wantHref && hrefStart < 0 && i - nameStart == 4 && html.AsSpan(nameStart, 4).Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                hrefStart = valueStart;
                hrefEnd = close;
            }

            i = close + 1;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';

    private bool IsCandidateAt(int at)
    {
        string html = _html;
        char c = html[at];
        if (c == '<')
        {
            return true;
        }

        if (at + 1 >= html.Length)
        {
            return false;
        }

        if (c == '&')
        {
            return html[at + 1] == '#';
        }

        return c is >= MinProvince and <= MaxProvince && IsProvinceBit(c) && MarkerStarts.Contains(html[at + 1]);
    }

    private static bool IsProvinceBit(char c)
    {
        int bit = c - MinProvince;
        return (ProvinceBits[bit >> 6] & (1UL << bit)) != 0;
    }

    private const char MinProvince = '\u4E91';
    private const char MaxProvince = '\u9ED4';

    private static readonly ulong[] ProvinceBits = BuildProvinceBits();

    private static ulong[] BuildProvinceBits()
    {
        var bits = new ulong[((MaxProvince - MinProvince) >> 6) + 1];
        foreach (char c in Province.All.SelectMany(p => p.Characters))
        {
            if (c is < MinProvince or > MaxProvince)
            {
                throw new InvalidOperationException("A province character lies outside the scanner's range.");
            }

            bits[(c - MinProvince) >> 6] |= 1UL << (c - MinProvince);
        }

        return bits;
    }

    private int ReadMarkup(int start)
    {
        string html = _html;
        ReadOnlySpan<char> rest = html.AsSpan(start);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            // "-->" is searched from the second character on, so "<!-->" is an empty comment as in HTML.
            int close = html.IndexOf("-->", start + 2, StringComparison.Ordinal);
            int contentEnd = close < 0 ? html.Length : close;
            ScanRaw(Math.Min(start + 4, contentEnd), contentEnd, FoundNumberContext.Comment);
            return close < 0 ? html.Length : close + 3;
        }

        if (rest.Length < 2)
        {
            return start + 1;
        }

        char next = rest[1];
        if (next is '!' or '?')
        {
            return SkipPast('>', start + 2);
        }

        if (next == '/')
        {
            int nameEnd = ReadName(start + 2);
            if (nameEnd == start + 2)
            {
                // "</>" and "</ …>" are bogus markup, dropped up to the next '>'.
                return SkipPast('>', start + 2);
            }

            if (nameEnd == start + 3 && (html[start + 2] | 0x20) == 'a')
            {
                _inLink = false;
            }

            return SkipPast('>', nameEnd);
        }

        if (!char.IsAsciiLetter(next))
        {
            return start + 1;
        }

        int end = ReadName(start + 1);
        ReadOnlySpan<char> tag = html.AsSpan(start + 1, end - start - 1);
        bool isLink = tag.Length == 1 && (tag[0] | 0x20) == 'a';
        bool raw = tag.Length is 5 or 6 && (tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase));
        bool hiddenElement = HiddenContent.IsHiddenElement(tag);
        if (!isLink && !raw && !hiddenElement)
        {
            int tagEnd = SkipTag(end);
            if (!MayHide(end, tagEnd))
            {
                return tagEnd;
            }
        }

        int after = ReadAttributes(end, isLink, out int hrefStart, out int hrefEnd, out bool hides);
        if (hiddenElement || (hides && !raw && !HiddenContent.IsVoid(tag)))
        {
            int resume = PastHiddenContent(tag, after, out int contentEnd);
            ScanRaw(after, contentEnd, FoundNumberContext.Hidden);
            return resume;
        }

        if (!isLink && !raw)
        {
            return after;
        }

        if (isLink)
        {
            _inLink = true;
            _hrefStart = hrefStart;
            _hrefEnd = hrefEnd;
            _href = null;
            _hrefDecoded = false;
            return after;
        }

        bool script = tag.Equals("script", StringComparison.OrdinalIgnoreCase);
        if (script || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            string closing = script ? "</script" : "</style";
            int close = html.AsSpan(after).IndexOf(closing, StringComparison.OrdinalIgnoreCase);
            int contentEnd = close < 0 ? html.Length : after + close;
            if (script)
            {
                ScanRaw(after, contentEnd, FoundNumberContext.Script);
            }

            return contentEnd;
        }

        return after;
    }

    /// <summary>Looks for numbers in a comment's or script's content, which is read as written (no references,
    /// no tags) up to its end.</summary>
    private void ScanRaw(int start, int end, FoundNumberContext context)
    {
        int i = start;
        while (i < end)
        {
            int next = _html.AsSpan(i, end - i).IndexOfAny(ProvinceCharacters);
            if (next < 0)
            {
                return;
            }

            i += next;
            Candidate(i, i + 1, context, end);
            i++;
        }
    }

    /// <summary>A province character at <paramref name="source"/> (or a reference encoding one), the page
    /// continuing at <paramref name="after"/>: reads the number that starts there, if one does.</summary>
    private void Candidate(int source, int after, FoundNumberContext context, int contentEnd)
    {
        string html = _html;
        if (source < _skipUntil || after >= contentEnd || !MarkerStarts.Contains(html[after]))
        {
            return;
        }

        Span<char> window = stackalloc char[MaxWindow + 1];
        Span<int> sources = stackalloc int[MaxWindow + 1];
        int count;
        int rawEnd;
        if (context == FoundNumberContext.Text)
        {
            count = DecodeText(source, window, sources, out rawEnd);
        }
        else
        {
            count = Math.Min(window.Length, contentEnd - source);
            html.AsSpan(source, count).CopyTo(window);
            for (int k = 0; k < count; k++)
            {
                sources[k] = source + k;
            }

            rawEnd = source + count;
        }

        NumberFinder.Outcome outcome = NumberFinder.Read(window[..count], out FilingNumber? number, out int end, out ParseError? error, out bool psb);
        if (outcome == NumberFinder.Outcome.None)
        {
            return;
        }

        // The number occupies the page up to its last character: a comment or hidden content after that is not
        // inside it (the window may have read past some on its way to the text's end) and is read on its own.
        _skipUntil = sources[end - 1] + 1;
        _line += html.AsSpan(_lineSource, source - _lineSource).Count('\n');
        _lineSource = source;
        if (outcome == NumberFinder.Outcome.NearMiss)
        {
            if (_nearMisses.Count < _maxKept)
            {
                _nearMisses.Add(new FoundNearMiss(new string(window[..end]), source, _line, context, psb, error!));
            }
        }
        else if (_found.Count < _maxKept)
        {
            _found.Add(new FoundNumber(number!, source, _line, context, _inLink, _inLink ? Href() : null));
        }
        else
        {
            _notKept++;
        }
    }

    private string? Href()
    {
        if (!_hrefDecoded)
        {
            _href = _hrefStart < 0 ? null : CharacterReferences.Decode(_html.AsSpan(_hrefStart, _hrefEnd - _hrefStart)).Trim();
            _hrefDecoded = true;
        }

        return _href;
    }

    /// <summary>
    /// Decodes the text a reader sees from <paramref name="start"/> on, as far as the window holds or up to the
    /// first block-level tag, comment, script or other markup that breaks text; inline tags are dropped and
    /// character references decoded. Records each character's source offset. Changes no state.
    /// </summary>
    private int DecodeText(int start, Span<char> window, Span<int> sources, out int rawEnd)
    {
        string html = _html;
        bool startedInLink = _inLink;
        int n = 0;
        int i = start;
        while (i < html.Length && n < window.Length)
        {
            char c = html[i];
            if (c == '&')
            {
                int length = CharacterReferences.TryDecode(html, i, out int codePoint);
                if (length == 0)
                {
                    window[n] = c;
                    sources[n++] = i;
                    i++;
                    continue;
                }

                if (codePoint > 0xFFFF)
                {
                    string pair = char.ConvertFromUtf32(codePoint);
                    window[n] = pair[0];
                    sources[n++] = i;
                    if (n == window.Length)
                    {
                        break;
                    }

                    window[n] = pair[1];
                }
                else
                {
                    window[n] = (char)codePoint;
                }

                sources[n++] = i;
                i += length;
                continue;
            }

            if (c != '<')
            {
                window[n] = c;
                sources[n++] = i;
                i++;
                continue;
            }

            // A number that starts inside a link ends with it: the link's text is the number, and digits right
            // after </a> (a year, a counter) are not its index.
            if (startedInLink && IsLinkBoundary(i))
            {
                break;
            }

            int skipped = SkipInlineMarkup(i, out bool literal);
            if (literal)
            {
                window[n] = c;
                sources[n++] = i;
                i++;
            }
            else if (skipped < 0)
            {
                break;
            }
            else
            {
                i = skipped;
            }
        }

        rawEnd = i;
        return n;
    }

    /// <summary>Whether the markup at <paramref name="at"/> opens or closes a link (<c>&lt;a</c>, <c>&lt;/a</c>).</summary>
    private bool IsLinkBoundary(int at)
    {
        string html = _html;
        int name = at + 1 < html.Length && html[at + 1] == '/' ? at + 2 : at + 1;
        return name < html.Length && (html[name] | 0x20) == 'a' && (name + 1 == html.Length || !IsNameCharacter(html[name + 1]));
    }

    /// <summary>For markup at <paramref name="start"/> inside text: where the text goes on when the markup does
    /// not break it (an inline tag, a bogus end tag), −1 when it does, or <paramref name="literal"/> when the '&lt;'
    /// is text.</summary>
    private int SkipInlineMarkup(int start, out bool literal)
    {
        string html = _html;
        literal = false;
        ReadOnlySpan<char> rest = html.AsSpan(start);
        if (rest.StartsWith("<!--", StringComparison.Ordinal))
        {
            // A comment does not break the text a browser renders: 京ICP备1234<!-- x -->5678号 reads as one number.
            int close = html.IndexOf("-->", start + 2, StringComparison.Ordinal);
            return close < 0 ? -1 : close + 3;
        }

        if (rest.Length < 2)
        {
            literal = true;
            return start + 1;
        }

        char next = rest[1];
        if (next is '!' or '?')
        {
            return -1;
        }

        if (next == '/')
        {
            int nameEnd = ReadName(start + 2);
            if (nameEnd == start + 2)
            {
                return SkipPast('>', start + 2);
            }

            return IsInline(html.AsSpan(start + 2, nameEnd - start - 2)) ? SkipPast('>', nameEnd) : -1;
        }

        if (!char.IsAsciiLetter(next))
        {
            literal = true;
            return start + 1;
        }

        int end = ReadName(start + 1);
        ReadOnlySpan<char> tag = html.AsSpan(start + 1, end - start - 1);
        bool isLink = tag.Length == 1 && (tag[0] | 0x20) == 'a';
        bool raw = tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase);
        if (raw)
        {
            return -1;
        }

        // Content a browser does not show generates no box, so the text on either side of it joins.
        int after = ReadAttributes(end, false, out _, out _, out bool hides);
        if (HiddenContent.IsHiddenElement(tag) || (hides && !HiddenContent.IsVoid(tag)))
        {
            // Unclosed, it runs to the page's end: nothing follows to join, and its content is read apart.
            int resume = PastHiddenContent(tag, after, out int contentEnd);
            return contentEnd < html.Length ? resume : -1;
        }

        return isLink || IsInline(tag) ? after : -1;
    }

    /// <summary>Where the page goes on after hidden content whose start tag (named <paramref name="tag"/>) ends at
    /// <paramref name="after"/>: past its end tag; <paramref name="contentEnd"/> is where its content ends.</summary>
    private int PastHiddenContent(ReadOnlySpan<char> tag, int after, out int contentEnd)
    {
        contentEnd = HiddenContent.ContentEnd(_html, tag, after);
        return contentEnd < _html.Length ? SkipPast('>', contentEnd + 1) : _html.Length;
    }

    /// <summary>Whether the start tag's attributes (from <paramref name="from"/> to <paramref name="tagEnd"/>) may
    /// hide it: they hold <c>hidden</c> or <c>style</c> in some case. The fast path leaves such tags to
    /// <see cref="ReadMarkup"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private bool MayHide(int from, int tagEnd)
        => tagEnd - from > 5 && _html.AsSpan(from, tagEnd - from).IndexOfAny(HiddenContent.HidingAttributeNames) >= 0;

    /// <summary>Where a start tag that is neither a link nor raw text ends. Quotes only matter after '=', so
    /// when no quote comes before the first '&gt;' the tag ends there, exactly as <see cref="ReadAttributes"/>
    /// would find; otherwise that reads it.</summary>
    private int SkipTag(int end)
    {
        string html = _html;
        for (int i = end; i < html.Length; i++)
        {
            char c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (c is '"' or '\'')
            {
                return ReadAttributes(end, false, out _, out _, out _);
            }
        }

        return html.Length;
    }

    private int ReadName(int start)
    {
        string html = _html;
        int i = start;
        while (i < html.Length && IsNameCharacter(html[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads attributes up to and past the tag's '&gt;', in any order and quoting; gives the value range
    /// of the first <c>href</c> when <paramref name="wantHref"/> (start −1 when there is none).</summary>
    private int ReadAttributes(int start, bool wantHref, out int hrefStart, out int hrefEnd, out bool hides)
    {
        string html = _html;
        hrefStart = -1;
        hrefEnd = -1;
        hides = false;
        int i = start;
        while (i < html.Length)
        {
            char c = html[i];
            if (c == '>')
            {
                return i + 1;
            }

            if (IsHtmlSpace(c) || c == '/')
            {
                i++;
                continue;
            }

            int nameStart = i;
            i++;
            while (i < html.Length && !IsHtmlSpace(html[i]) && html[i] is not '=' and not '>' and not '/')
            {
                i++;
            }

            int nameEnd = i;
            while (i < html.Length && IsHtmlSpace(html[i]))
            {
                i++;
            }

            if (i >= html.Length || html[i] != '=')
            {
                hides |= HiddenContent.Hides(html.AsSpan(nameStart, nameEnd - nameStart), default);
                continue;
            }

            i++;
            while (i < html.Length && IsHtmlSpace(html[i]))
            {
                i++;
            }

            int valueStart;
            int valueEnd;
            if (i < html.Length && html[i] is '"' or '\'')
            {
                valueStart = i + 1;
                int close = IndexOfNear(html[i], valueStart);
                valueEnd = close < 0 ? html.Length : close;
                i = close < 0 ? html.Length : close + 1;
            }
            else
            {
                valueStart = i;
                while (i < html.Length && !IsHtmlSpace(html[i]) && html[i] != '>')
                {
                    i++;
                }

                valueEnd = i;
            }

            if (wantHref && hrefStart < 0 && html.AsSpan(nameStart, nameEnd - nameStart).Equals("href", StringComparison.OrdinalIgnoreCase))
            {
                hrefStart = valueStart;
                hrefEnd = valueEnd;
            }

            hides |= HiddenContent.Hides(html.AsSpan(nameStart, nameEnd - nameStart), html.AsSpan(valueStart, valueEnd - valueStart));
        }

        return html.Length;
    }

    private int SkipPast(char c, int from)
    {
        int index = from < _html.Length ? IndexOfNear(c, from) : -1;
        return index < 0 ? _html.Length : index + 1;
    }

    /// <summary><see cref="string.IndexOf(char, int)"/> for what is usually a few characters away (a tag's '&gt;',
    /// an attribute's closing quote): a short scalar look first, the vectorised search beyond it.</summary>
    private int IndexOfNear(char c, int from)
    {
        string html = _html;
        int near = Math.Min(html.Length, from + 32);
        for (int i = from; i < near; i++)
        {
            if (html[i] == c)
            {
                return i;
            }
        }

        return near < html.Length ? html.IndexOf(c, near) : -1;
    }

    // Tags that do not break text: a number may be split by them (京ICP备<b>12345678</b>号) and still reads as one.
    private static bool IsInline(ReadOnlySpan<char> name)
    {
        foreach (string inline in InlineTags)
        {
            if (name.Equals(inline, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly string[] InlineTags = ["a", "abbr", "b", "bdi", "bdo", "code", "em", "font", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "u", "wbr"];

    // The fast paths fall back to the slower readers when they give up, so a fast path that gives up too often
    // changes no result, only the time. These let tests hold each fast path to what it must accept.

    /// <summary>For tests: <see cref="TagEnd"/> of the markup at <paramref name="start"/>, with the block at
    /// <paramref name="blockAt"/> (the page must hold <see cref="BlockSize"/> + 1 characters from there).</summary>
    internal static int FastTagEnd(string html, int blockAt, int start)
    {
        PageScanner scanner = AtBlock(html, blockAt);
        return scanner.TagEnd(start);
    }

    /// <summary>For tests: <see cref="DoubleQuotedTagEnd"/> of the start tag at <paramref name="start"/> whose name
    /// ends at <paramref name="nameEnd"/>, with the block at <paramref name="blockAt"/>.</summary>
    internal static int FastDoubleQuotedTagEnd(string html, int blockAt, int start, int nameEnd)
    {
        PageScanner scanner = AtBlock(html, blockAt);
        return scanner.DoubleQuotedTagEnd(start, nameEnd);
    }

    // SetBlock reads without bounds checks (the scan only calls it where a whole block and one more character
    // remain), so the entry points check that here.
    private static PageScanner AtBlock(string html, int blockAt)
    {
        Preconditions.CheckArgument(blockAt >= 0 && blockAt <= html.Length - BlockSize - 1, "The page must hold a whole block and one more character from blockAt.", nameof(blockAt));
        var scanner = new PageScanner(html);
        scanner.SetBlock(blockAt);
        return scanner;
    }

    /// <summary>For tests: where <see cref="ReadMarkup"/>, the reader of any markup, ends the markup at
    /// <paramref name="start"/>.</summary>
    internal static int SlowTagEnd(string html, int start) => new PageScanner(html).ReadMarkup(start);

    /// <summary>For tests: what a fast path returns when it gives up.</summary>
    internal const int GaveUp = NotOrdinary;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
