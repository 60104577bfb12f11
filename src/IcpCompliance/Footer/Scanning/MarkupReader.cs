using System;
using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace IcpCompliance.Footer;

/// <summary>
/// Reads a page's markup: where each tag, comment, script or hidden element ends, which state the page is in after
/// it, and the innermost open link. Ordinary markup (most tags of a page) is read from the block's bits
/// (<see cref="TagEnd"/>); the rest, and markup that crosses the block's end, by <see cref="ReadMarkup"/>, which
/// reads any markup. Both return the same end for the markup the fast path takes, which tests hold them to.
/// </summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal ref struct MarkupReader<TUnit>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    /// <summary>What <see cref="TagEnd"/> returns when the markup is not ordinary: the slow reader reads it.</summary>
    internal const int NotOrdinary = -1;

    /// <summary>What <see cref="TagEnd"/> returns when the markup may be ordinary but the current block does not hold
    /// it (it starts in the block's last units or ends past it): <see cref="OrdinaryTagEnd"/> then reads it from a block
    /// that starts at it. In UTF-8 a line of Chinese text takes three bytes a character, so a block holds fewer
    /// characters and markup crosses its end more often than in UTF-16.</summary>
    internal const int PastBlock = -2;

    // Tags that do not break text: a number may be split by them (京ICP备<b>12345678</b>号) and still reads as one.
    private static readonly string[] InlineTags = ["a", "abbr", "b", "bdi", "bdo", "code", "em", "font", "i", "mark", "s", "small", "span", "strong", "sub", "sup", "u", "wbr"];

    private readonly ReadOnlySpan<TUnit> _page;
    private readonly PageUnits.Chars<TUnit> _html;

    /// <summary>The block of bits computed last.</summary>
    internal BlockBits<TUnit> Block;

    // The innermost open link: whether there is one, its href attribute's value range (start -1 when it has none),
    // and the decoded href once a number inside the link needed it.
    private int _hrefStart;
    private int _hrefEnd;
    private int _linkTag;
    private string? _href;
    private bool _hrefDecoded;

    /// <summary>A reader at the page's start.</summary>
    internal MarkupReader(ReadOnlySpan<TUnit> page)
    {
        _page = page;
        _html = new(page);
        Block = BlockBits<TUnit>.None;
        _hrefStart = -1;
    }

    /// <summary>Whether the markup read so far leaves a link open.</summary>
    internal bool InLink { get; private set; }

    /// <summary>The open link's <c>href</c>, decoded (character references, trimmed); null when it has none.</summary>
    internal string? Href()
    {
        if (!_hrefDecoded)
        {
            if (_hrefStart == HrefInTag)
            {
                // A link passed with the ordinary markup around it: its href is read from its tag only now.
                ReadAttributes(_linkTag + 2, wantHref: true, out _hrefStart, out _hrefEnd, out _);
            }

            _href = _hrefStart < 0 ? null : CharacterReferences.Decode(PageUnits.Decode(_page[_hrefStart.._hrefEnd])).Trim();
            _hrefDecoded = true;
        }

        return _href;
    }

    /// <summary>Where ordinary markup at <paramref name="start"/> (a '&lt;') ends, read from block bits
    /// (<see cref="TagEnd"/>), with the link it opens or closes; negative, having changed nothing but the block,
    /// when the markup is for <see cref="ReadMarkup"/> to read.</summary>
    internal int OrdinaryTagEnd(int start)
    {
        int end = TagEnd(start);
        if (end == PastBlock && Block.At != start && BlockBits<TUnit>.Fits(_html.Length, start))
        {
            // The next block is computed anyway when the text goes on; starting it here costs only the units that
            // the two blocks share, and reads the markup from bits.
            Block.Set(_page, start);
            end = TagEnd(start);
        }

        return end;
    }

    /// <summary>
    /// Passes the text and the ordinary markup from <paramref name="at"/> (in text) on, block by block, with the
    /// links they open and close, and returns the first offset the scanner must read itself: a stop in text (a
    /// province character or <c>&amp;#</c>), markup that is not ordinary or that runs past its block, or the start of the
    /// page's last units, where no block fits. Whole blocks are passed with a few dozen operations on their bits
    /// (<see cref="PassInBlock"/>), not tag by tag.
    /// </summary>
    internal int PassOrdinary(int at)
    {
        int lastBlock = _html.Length - BlockBits<TUnit>.Size - BlockBits<TUnit>.Lookahead;
        while (at <= lastBlock)
        {
            if (!Block.Holds(at))
            {
                Block.Set(_page, at);
            }

            int stop = PassInBlock(at, out bool pastBlock);
            if (pastBlock && stop != Block.At && stop <= lastBlock)
            {
                // A tag that runs past the block: the next block starts at it.
                Block.Set(_page, stop);
                at = stop;
                continue;
            }

            if (stop < Block.At + BlockBits<TUnit>.Size)
            {
                return stop;
            }

            at = stop;
        }

        return at;
    }

    /// <summary>
    /// <see cref="PassOrdinary"/> inside the block, from its bits only. From <paramref name="at"/> (in text), the
    /// double quotes are paired by a prefix XOR and the '&lt;' and '&gt;' outside them by another, which gives every
    /// tag's extent at once, as long as the units are what ordinary markup is made of. Everything that is not is found
    /// as bits too, and the pass stops at the first: a '&lt;' inside a tag or not starting a start or end tag (a
    /// comment, a declaration, a '&lt;' that is text); an attribute not written <c>name="value"</c> (the form whose
    /// end the pairing finds as <see cref="ReadAttributes"/> does, see <see cref="DoubleQuotedTagEnd"/>); a quote in an
    /// end tag (which ends at its first '&gt;'); the middle of a hiding attribute's name; the name of an element whose
    /// content is not text (<see cref="HiddenContent.TextElement{TUnit}"/>); a tag that does not end in the block; a
    /// stop in text. A '&gt;' or a '"' in text is text: the pass goes on after it. The links opened and closed by the
    /// tags passed leave the reader's link state as reading them one by one would; the last link's <c>href</c> is read
    /// from its tag when a number inside the link needs it.
    /// </summary>
    /// <returns>The offset to read from; the block's end when the text runs to it. <paramref name="pastBlock"/>: the
    /// offset is a tag that may be ordinary but does not end in the block.</returns>
    internal int PassInBlock(int at, out bool pastBlock)
    {
        pastBlock = false;
        const int Size = BlockBits<TUnit>.Size;
        ulong names = Block.Names;
        int from = at - Block.At;
        while (from < Size)
        {
            ulong live = ulong.MaxValue << from;
            ulong doubleQuotes = Block.DoubleQuotes & live;
            ulong quoted = PrefixXor(doubleQuotes);
            ulong less = Block.Less & live & ~quoted;
            ulong closes = Block.Closes & live & ~quoted;

            // In a tag: from its '<' up to (not with) its '>', as long as '<' and '>' take turns.
            ulong inTag = PrefixXor(less | closes);
            ulong before = inTag << 1;

            // A '>' or a '"' in text breaks the turns and the pairing after it: only the units before the first are
            // read from this pairing, and the pass goes on after it with a new one.
            ulong textAnomalies = (closes & ~before) | (doubleQuotes & ~inTag);
            int text = textAnomalies == 0 ? Size : BitOperations.TrailingZeroCount(textAnomalies);
            ulong valid = Below(text);
            ulong startTags = less & (Block.Letters >> 1);
            ulong endTags = less & (Block.Slashes >> 1) & (Block.Letters >> 2);
            ulong nameEnds = ((startTags << 1) + names) & ~names;
            ulong valueEquals = Block.EqualsSigns & inTag & ~quoted;
            ulong opening = doubleQuotes & quoted & inTag;
            ulong endTagUnits = inTag & ~(inTag + endTags);
            // Units that make the tag holding them one for the scanner to read from its '<'.
            ulong refused = (less & before)
                | (valueEquals & nameEnds)
                | ((valueEquals << 1) ^ opening)
                | ((valueEquals >> 1) & ~names)
                | (endTagUnits & doubleQuotes)
                | (Block.HidingPairs & inTag);
            refused &= valid;

            // '<'s that are no ordinary tag's start.
            ulong refusedStarts = less & ~startTags & ~endTags & valid;
            ulong textNames = startTags & (Block.TextNameStarts >> 1) & valid;
            while (textNames != 0)
            {
                int start = BitOperations.TrailingZeroCount(textNames);
                textNames &= textNames - 1;
                ulong end = nameEnds & (ulong.MaxValue << start);
                if (end != 0 && IsTextElement(Block.At + start + 1, Block.At + BitOperations.TrailingZeroCount(end)))
                {
                    refusedStarts |= 1UL << start;
                }
            }

            int stop = refusedStarts == 0 ? Size : BitOperations.TrailingZeroCount(refusedStarts);
            if (refused != 0)
            {
                // Every refused unit lies after its tag's '<'.
                ulong owners = less & Below(BitOperations.TrailingZeroCount(refused));
                stop = Math.Min(stop, owners == 0 ? from : 63 - BitOperations.LeadingZeroCount(owners));
            }

            // A stop in text is only a maybe (any character of the province characters' range at the end of a run
            // of ideographs): those that cannot start a number are passed here.
            ulong textStops = Block.Stops & ~Block.Less & live & ~inTag & Below(stop) & valid;
            while (textStops != 0)
            {
                int candidate = BitOperations.TrailingZeroCount(textStops);
                if (ScanPass<TUnit>.IsCandidateAt(_page, Block.At + candidate))
                {
                    stop = candidate;
                    break;
                }

                textStops &= textStops - 1;
            }

            if (text == Size && (long)inTag < 0 && less != 0)
            {
                int last = 63 - BitOperations.LeadingZeroCount(less);
                pastBlock = last < stop;
                stop = Math.Min(stop, last);
            }

            int passed = Math.Min(stop, text);
            ulong linkOpens = startTags & (Block.LinkLetters >> 1) & ~(names >> 2);
            ulong linkCloses = endTags & (Block.LinkLetters >> 2) & ~(names >> 3);
            ulong links = (linkOpens | linkCloses) & Below(passed);

            if (links != 0)
            {
                int last = 63 - BitOperations.LeadingZeroCount(links);
                if ((linkOpens & (1UL << last)) != 0)
                {
                    InLink = true;
                    _hrefStart = HrefInTag;
                    _linkTag = Block.At + last;
                    _href = null;
                    _hrefDecoded = false;
                }
                else
                {
                    InLink = false;
                }
            }

            if (stop < text || text == Size)
            {
                return Block.At + stop;
            }

            from = text + 1;
        }

        return Block.At + Size;
    }

    // The bits below bit k, for k from 0 to 64.
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong Below(int k) => k >= 64 ? ulong.MaxValue : (1UL << k) - 1;

    // _hrefStart of a link passed with ordinary markup: the href is read from the tag when it is needed.
    private const int HrefInTag = -2;

    /// <summary>The XOR of each bit with all below it: bit k is set when an odd number of bits up to k are.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PrefixXor(ulong bits)
    {
        if (Pclmulqdq.IsSupported)
        {
            return Pclmulqdq.CarrylessMultiply(Vector128.CreateScalar(bits), Vector128.Create(ulong.MaxValue), 0).ToScalar();
        }

        bits ^= bits << 1;
        bits ^= bits << 2;
        bits ^= bits << 4;
        bits ^= bits << 8;
        bits ^= bits << 16;
        return bits ^ (bits << 32);
    }

    /// <summary>Whether the start tag's name from <paramref name="start"/> up to <paramref name="end"/> is one of an
    /// element whose content is not text to read (<c>script</c>, <c>style</c>, <c>title</c>, <c>textarea</c>,
    /// <c>template</c>, <c>noscript</c>), in any case.</summary>
    private readonly bool IsTextElement(int start, int end)
        => end - start is 5 or 6 or 8 && HiddenContent.TextElement(_page[start..end]) is not null;

    private void OpenLink(int hrefStart, int hrefEnd)
    {
        InLink = true;
        _hrefStart = hrefStart;
        _hrefEnd = hrefEnd;
        _href = null;
        _hrefDecoded = false;
    }

    /// <summary>
    /// Where ordinary markup at <paramref name="start"/> ends, read from the current block's bits: an end tag, a
    /// declaration or processing instruction, a '&lt;' that is text, or a start tag other than a script or style
    /// whose attributes are all <c>name="value"</c> or <c>name='value'</c> (or that has no quote before its
    /// '&gt;'). Sets the link state for <c>&lt;a&gt;</c> and <c>&lt;/a&gt;</c> as <see cref="ReadMarkup"/> does,
    /// and returns exactly what it would return; having changed nothing, <see cref="NotOrdinary"/> for other markup
    /// and <see cref="PastBlock"/> for markup that does not lie inside the block.
    /// </summary>
    internal int TagEnd(int start)
    {
        PageUnits.Chars<TUnit> html = _html;
        if ((uint)(start - Block.At) >= BlockBits<TUnit>.Size - 4)
        {
            return PastBlock;
        }

        int limit = Block.At + BlockBits<TUnit>.Size;
        char next = html[start + 1];
        if (next == '/')
        {
            // An end tag, named or not, ends at the first '>' after "</"; "</a" closes the link.
            int close = Block.Next(Block.Closes, start + 2);
            if (close < 0)
            {
                return PastBlock;
            }

            if ((html[start + 2] | 0x20) == 'a' && !IsNameCharacter(html[start + 3]))
            {
                InLink = false;
            }

            return close + 1;
        }

        if (next is '!' or '?')
        {
            if (next == '!' && html[start + 2] == '-' && html[start + 3] == '-')
            {
                return NotOrdinary;
            }

            int close = Block.Next(Block.Closes, start + 2);
            return close < 0 ? PastBlock : close + 1;
        }

        if (!char.IsAsciiLetter(next))
        {
            return start + 1;
        }

        int end = Block.Next(~Block.Names, start + 2);
        if (end < 0 || (Block.Closes & (ulong.MaxValue << (end - Block.At))) == 0)
        {
            // Every start tag the bits read ends at a '>' in the block.
            return PastBlock;
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
            if (tagEnd >= 0 && end + 6 < limit && html[end] == ' ' && PageUnits.StartsWithIgnoreCase(_page[(end + 1)..], "href=") && html[end + 6] == '"')
            {
                // The tag's attributes are in the form DoubleQuotedTagEnd accepts, so its first one is href.
                hrefStart = end + 7;
                hrefEnd = Block.Next(Block.DoubleQuotes, hrefStart);
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

            OpenLink(hrefStart, hrefEnd);
            return tagEnd;
        }

        if (tagEnd < 0)
        {
            // Quotes only matter after '=': with none before the first '>', the tag ends there (as SkipTag finds).
            int gt = Block.Next(Block.Closes, end);
            int quote = Block.Next(Block.DoubleQuotes | Block.SingleQuotes, end);
            tagEnd = gt >= 0 && (quote < 0 || quote > gt) ? gt + 1
                : quote < 0 ? PastBlock : CanonicalAttributes(end, limit, wantHref: false, out _, out _);
        }

        return tagEnd >= 0 && MayHide(end, tagEnd) ? NotOrdinary : tagEnd;
    }

    /// <summary><see cref="HiddenContent.MayHide{TUnit}"/> of the attributes from <paramref name="from"/> up to
    /// <paramref name="to"/>, inside the block: searched only when the block's bits show the middle of a hiding
    /// attribute's name there (no tag of a typical page has one).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private readonly bool MayHide(int from, int to)
        => (Block.HidingPairs & Block.Range(from, to)) != 0 && HiddenContent.MayHide(_page[from..to]);

    /// <summary>
    /// Where a start tag ends when its '&gt;' is in the block and every attribute value in it is written
    /// <c>name="value"</c>, found without a branch per unit: the first '&gt;' outside double quotes, where the quotes
    /// are paired by a prefix XOR of their bits. The form is checked on the bits too: each opening quote directly
    /// follows an '=', and each '=' outside quotes (other than one right after the tag's name, which
    /// <see cref="ReadAttributes"/> reads as the start of a name) directly follows a name character and directly
    /// precedes an opening quote. Then there is no unquoted value, every double quote opens or closes a value as
    /// <see cref="ReadAttributes"/> reads it, and a single quote outside a value can only be part of a name; so the
    /// '&gt;' found is the one it finds. −1 when the tag is not in that form or its end is not in the block.
    /// </summary>
    internal readonly int DoubleQuotedTagEnd(int start, int nameEnd)
    {
        ulong after = ulong.MaxValue << (start - Block.At + 1);
        ulong doubleQuotes = Block.DoubleQuotes & after;
        ulong inside = doubleQuotes;
        inside ^= inside << 1;
        inside ^= inside << 2;
        inside ^= inside << 4;
        inside ^= inside << 8;
        inside ^= inside << 16;
        inside ^= inside << 32;
        ulong closes = Block.Closes & after & ~inside;
        if (closes == 0)
        {
            return -1;
        }

        int end = BitOperations.TrailingZeroCount(closes);
        ulong region = after & ((1UL << end) - 1);
        ulong opening = doubleQuotes & inside & region;
        ulong valueEquals = Block.EqualsSigns & ~inside & region & ~(1UL << (nameEnd - Block.At));
        bool canonical = opening == (valueEquals << 1) && ((valueEquals >> 1) & ~Block.Names) == 0;
        return canonical ? Block.At + end + 1 : -1;
    }

    /// <summary>Reads attributes written <c>name="value"</c> or <c>name='value'</c>, separated by spaces, up to and
    /// past the tag's '&gt;' (or "/&gt;"), with the closing quotes taken from the block's bits. For such a tag this
    /// is what <see cref="ReadAttributes"/> returns; anything else is <see cref="NotOrdinary"/>, and a tag that runs
    /// past <paramref name="limit"/> <see cref="PastBlock"/>.</summary>
    private readonly int CanonicalAttributes(int i, int limit, bool wantHref, out int hrefStart, out int hrefEnd)
    {
        PageUnits.Chars<TUnit> html = _html;
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
                return PastBlock;
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
                return PastBlock;
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
            int close = Block.Next(quote == '"' ? Block.DoubleQuotes : Block.SingleQuotes, valueStart);
            if (close < 0)
            {
                return PastBlock;
            }

            if (wantHref && hrefStart < 0 && i - nameStart == 4 && PageUnits.StartsWithIgnoreCase(_page[nameStart..], "href"))
            {
                hrefStart = valueStart;
                hrefEnd = close;
            }

            i = close + 1;
        }
    }

    /// <summary>Reads any markup at <paramref name="start"/> (a '&lt;'): moves <paramref name="start"/> past it, or
    /// to its content for a comment, a script or hidden content (the state returned, with
    /// <paramref name="content"/>); sets the link state.</summary>
    internal MarkupState ReadMarkup(ref int start, out RawContent content)
    {
        PageUnits.Chars<TUnit> html = _html;
        content = default;
        int at = start;
        ReadOnlySpan<TUnit> rest = _page[at..];
        if (PageUnits.StartsWithAscii(rest, "<!--"))
        {
            // "-->" is searched from the second character on, so "<!-->" is an empty comment as in HTML.
            int found = PageUnits.IndexOf(_page[(at + 2)..], "-->", ignoreCase: false);
            int close = found < 0 ? -1 : at + 2 + found;
            int contentEnd = close < 0 ? html.Length : close;
            content = new RawContent(Math.Min(at + 4, contentEnd), contentEnd, close < 0 ? html.Length : close + 3);
            start = content.Resume;
            return MarkupState.Comment;
        }

        if (rest.Length < 2)
        {
            start = at + 1;
            return MarkupState.Text;
        }

        char next = html[at + 1];
        if (next is '!' or '?')
        {
            start = SkipPast('>', at + 2);
            return MarkupState.Text;
        }

        if (next == '/')
        {
            int nameEnd = ReadName(at + 2);
            if (nameEnd == at + 2)
            {
                // "</>" and "</ …>" are bogus markup, dropped up to the next '>'.
                start = SkipPast('>', at + 2);
                return MarkupState.Text;
            }

            if (nameEnd == at + 3 && (html[at + 2] | 0x20) == 'a')
            {
                InLink = false;
            }

            start = SkipPast('>', nameEnd);
            return MarkupState.Text;
        }

        if (!char.IsAsciiLetter(next))
        {
            start = at + 1;
            return MarkupState.Text;
        }

        int end = ReadName(at + 1);
        Span<char> buffer = stackalloc char[16];
        ReadOnlySpan<char> tag = PageUnits.Name(_page[(at + 1)..end], buffer);
        bool isLink = tag.Length == 1 && (tag[0] | 0x20) == 'a';
        bool script = tag.Equals("script", StringComparison.OrdinalIgnoreCase);
        bool raw = script || tag.Equals("style", StringComparison.OrdinalIgnoreCase);
        bool hiddenElement = HiddenContent.IsHiddenElement(tag);
        if (!isLink && !raw && !hiddenElement)
        {
            int tagEnd = SkipTag(end);
            if (!HiddenContent.MayHide(_page[end..tagEnd]))
            {
                start = tagEnd;
                return MarkupState.Text;
            }
        }

        int after = ReadAttributes(end, isLink, out int hrefStart, out int hrefEnd, out ElementHiding hiding);
        if (hiddenElement || (hiding >= ElementHiding.Invisible && !raw && !HiddenContent.IsVoid(tag)))
        {
            int resume = PastHiddenContent(tag, after, out int contentEnd);
            content = new RawContent(after, contentEnd, resume, hiddenElement || hiding == ElementHiding.NotRendered ? -1 : at);
            start = resume;
            return MarkupState.Hidden;
        }

        if (isLink)
        {
            OpenLink(hrefStart, hrefEnd);
        }

        if (!raw)
        {
            start = after;
            return MarkupState.Text;
        }

        int found2 = PageUnits.IndexOf(_page[after..], script ? "</script" : "</style", ignoreCase: true);
        int rawEnd = found2 < 0 ? html.Length : after + found2;
        start = rawEnd;
        if (!script)
        {
            return MarkupState.Text;
        }

        content = new RawContent(after, rawEnd, rawEnd);
        return MarkupState.Script;
    }

    /// <summary>Whether the markup at <paramref name="at"/> opens or closes a link (<c>&lt;a</c>, <c>&lt;/a</c>).</summary>
    internal readonly bool IsLinkBoundary(int at)
    {
        PageUnits.Chars<TUnit> html = _html;
        int name = at + 1 < html.Length && html[at + 1] == '/' ? at + 2 : at + 1;
        return name < html.Length && (html[name] | 0x20) == 'a' && (name + 1 == html.Length || !IsNameCharacter(html[name + 1]));
    }

    /// <summary>For markup at <paramref name="start"/> inside text: where the text goes on when the markup does
    /// not break it (an inline tag, a bogus end tag, a comment, hidden content), −1 when it does, or
    /// <paramref name="literal"/> when the '&lt;' is text. Changes no state.</summary>
    internal readonly int SkipInlineMarkup(int start, out bool literal)
    {
        PageUnits.Chars<TUnit> html = _html;
        literal = false;
        ReadOnlySpan<TUnit> rest = _page[start..];
        if (PageUnits.StartsWithAscii(rest, "<!--"))
        {
            // A comment does not break the text a browser renders: 京ICP备1234<!-- x -->5678号 reads as one number.
            int close = PageUnits.IndexOf(_page[(start + 2)..], "-->", ignoreCase: false);
            return close < 0 ? -1 : start + 2 + close + 3;
        }

        if (rest.Length < 2)
        {
            literal = true;
            return start + 1;
        }

        char next = html[start + 1];
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

            Span<char> endBuffer = stackalloc char[16];
            return IsInline(PageUnits.Name(_page[(start + 2)..nameEnd], endBuffer)) ? SkipPast('>', nameEnd) : -1;
        }

        if (!char.IsAsciiLetter(next))
        {
            literal = true;
            return start + 1;
        }

        int end = ReadName(start + 1);
        Span<char> buffer = stackalloc char[16];
        ReadOnlySpan<char> tag = PageUnits.Name(_page[(start + 1)..end], buffer);
        bool isLink = tag.Length == 1 && (tag[0] | 0x20) == 'a';
        if (tag.Equals("script", StringComparison.OrdinalIgnoreCase) || tag.Equals("style", StringComparison.OrdinalIgnoreCase))
        {
            return -1;
        }

        // Content a browser does not show generates no box, so the text on either side of it joins.
        int after = ReadAttributes(end, false, out _, out _, out ElementHiding hiding);
        bool hiddenElement = HiddenContent.IsHiddenElement(tag);
        if (hiddenElement || (hiding >= ElementHiding.Invisible && !HiddenContent.IsVoid(tag)))
        {
            // Unclosed, it runs to the page's end: nothing follows to join, and its content is read apart. Content
            // shown again inside it is text of its own, so the text ends there too.
            int resume = PastHiddenContent(tag, after, out int contentEnd);
            bool showsAgain = !hiddenElement && hiding == ElementHiding.Invisible && Bounded(contentEnd, -1).NextShown(after, out _, out _);
            return contentEnd < html.Length && !showsAgain ? resume : -1;
        }

        return isLink || IsInline(tag) ? after : -1;
    }

    /// <summary>Where the page goes on after hidden content whose start tag (named <paramref name="tag"/>) ends at
    /// <paramref name="after"/>: past its end tag; <paramref name="contentEnd"/> is where its content ends.</summary>
    private readonly int PastHiddenContent(ReadOnlySpan<char> tag, int after, out int contentEnd)
    {
        contentEnd = HiddenContent.ContentEnd(_page, tag, after);
        return contentEnd < _html.Length ? SkipPast('>', contentEnd + 1) : _html.Length;
    }

    /// <summary>Where a start tag that is neither a link nor raw text ends. Quotes only matter after '=', so
    /// when no quote comes before the first '&gt;' the tag ends there, exactly as <see cref="ReadAttributes"/>
    /// would find; otherwise that reads it.</summary>
    private readonly int SkipTag(int end)
    {
        PageUnits.Chars<TUnit> html = _html;
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

    private readonly int ReadName(int start)
    {
        PageUnits.Chars<TUnit> html = _html;
        int i = start;
        while (i < html.Length && IsNameCharacter(html[i]))
        {
            i++;
        }

        return i;
    }

    /// <summary>Reads attributes up to and past the tag's '&gt;', in any order and quoting; gives the value range
    /// of the first <c>href</c> when <paramref name="wantHref"/> (start −1 when there is none), and the strongest
    /// <see cref="ElementHiding"/> of the attributes.</summary>
    private readonly int ReadAttributes(int start, bool wantHref, out int hrefStart, out int hrefEnd, out ElementHiding hiding)
    {
        PageUnits.Chars<TUnit> html = _html;
        hrefStart = -1;
        hrefEnd = -1;
        hiding = ElementHiding.None;
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
                hiding = Stronger(hiding, HiddenContent.Hiding(_page[nameStart..nameEnd], default));
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

            if (wantHref && hrefStart < 0 && PageUnits.EqualsIgnoreCase(_page[nameStart..nameEnd], "href"))
            {
                hrefStart = valueStart;
                hrefEnd = valueEnd;
            }

            hiding = Stronger(hiding, HiddenContent.Hiding(_page[nameStart..nameEnd], _page[valueStart..valueEnd]));
        }

        return html.Length;
    }

    private static ElementHiding Stronger(ElementHiding a, ElementHiding b) => a > b ? a : b;

    /// <summary>
    /// Inside content hidden by visibility only (this reader bounded to its end), the first element from
    /// <paramref name="from"/> on that shows its content again (<see cref="ElementHiding.ShowsAgain"/>):
    /// <paramref name="tag"/> is its '&lt;', <paramref name="contentEnd"/> where its content ends (the end tag that
    /// closes it, counted as <see cref="HiddenContent.ContentEnd{TUnit}(ReadOnlySpan{TUnit}, ReadOnlySpan{char}, int)"/>
    /// does, or the hidden content's end). Comments are passed over, and so are the content of the elements whose
    /// content is text (<see cref="HiddenContent.TextElement{TUnit}"/>) and whole elements that are not rendered
    /// (<see cref="ElementHiding.NotRendered"/>), whatever their descendants say; elements hidden by visibility are
    /// looked into. False when there is none.
    /// </summary>
    internal readonly bool NextShown(int from, out int tag, out int contentEnd)
    {
        PageUnits.Chars<TUnit> html = _html;
        Span<char> buffer = stackalloc char[16];
        int i = from;
        while (i < html.Length)
        {
            int lt = _page[i..].IndexOf(PageUnits.Ascii<TUnit>('<'));
            if (lt < 0 || i + lt + 1 >= html.Length)
            {
                break;
            }

            lt += i;
            if (PageUnits.StartsWithAscii(_page[lt..], "<!--"))
            {
                int close = PageUnits.IndexOf(_page[(lt + 2)..], "-->", ignoreCase: false);
                if (close < 0)
                {
                    break;
                }

                i = lt + 2 + close + 3;
                continue;
            }

            if (!char.IsAsciiLetter(html[lt + 1]))
            {
                // An end tag, a declaration or a '<' that is text: no element starts here.
                i = lt + 1;
                continue;
            }

            int nameEnd = ReadName(lt + 1);
            if (HiddenContent.TextElement(_page[(lt + 1)..nameEnd]) is string element)
            {
                i = HiddenContent.TextContentEnd(_page, element, nameEnd) + 1;
                continue;
            }

            int after = ReadAttributes(nameEnd, false, out _, out _, out ElementHiding hiding);
            ReadOnlySpan<char> name = PageUnits.Name(_page[(lt + 1)..nameEnd], buffer);
            if (hiding is ElementHiding.NotRendered or ElementHiding.ShowsAgain && !HiddenContent.IsVoid(name))
            {
                int end = HiddenContent.ContentEnd(_page, name, after);
                if (hiding == ElementHiding.ShowsAgain)
                {
                    tag = lt;
                    contentEnd = end;
                    return true;
                }

                i = end + 1;
                continue;
            }

            i = after;
        }

        tag = html.Length;
        contentEnd = html.Length;
        return false;
    }

    /// <summary>A reader of the page's units up to <paramref name="end"/> only, with this reader's link state (or the
    /// link whose start tag is at <paramref name="linkTag"/>, when that is not −1): for content shown again inside
    /// hidden content, whose reading ends where that content does.</summary>
    internal readonly MarkupReader<TUnit> Bounded(int end, int linkTag)
    {
        var bounded = new MarkupReader<TUnit>(_page[..end])
        {
            InLink = InLink,
            _hrefStart = _hrefStart,
            _hrefEnd = _hrefEnd,
            _linkTag = _linkTag,
            _href = _href,
            _hrefDecoded = _hrefDecoded,
        };
        if (linkTag >= 0)
        {
            bounded.InLink = true;
            bounded._hrefStart = HrefInTag;
            bounded._linkTag = linkTag;
            bounded._href = null;
            bounded._hrefDecoded = false;
        }

        return bounded;
    }

    private readonly int SkipPast(char c, int from)
    {
        int index = from < _html.Length ? IndexOfNear(c, from) : -1;
        return index < 0 ? _html.Length : index + 1;
    }

    /// <summary>The first <paramref name="c"/> from <paramref name="from"/> on, for what is usually a few units away
    /// (a tag's '&gt;', an attribute's closing quote): a short scalar look first, the vectorised search beyond it.</summary>
    private readonly int IndexOfNear(char c, int from)
    {
        PageUnits.Chars<TUnit> html = _html;
        int near = Math.Min(html.Length, from + 32);
        for (int i = from; i < near; i++)
        {
            if (html[i] == c)
            {
                return i;
            }
        }

        if (near >= html.Length)
        {
            return -1;
        }

        int found = _page[near..].IndexOf(PageUnits.Ascii<TUnit>(c));
        return found < 0 ? -1 : near + found;
    }

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

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsNameCharacter(char c) => char.IsAsciiLetterOrDigit(c) || c is '-' or ':' or '_';

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsHtmlSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
