using System;
using System.Collections.Generic;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Footer;

/// <summary>
/// One pass over a page's UTF-16 or UTF-8 code units that finds every number and near miss in it: a dispatcher over
/// the <see cref="MarkupState"/>s, one method per state. Text is searched with the block bits for markup and for the
/// candidates of numbers; markup is read by the <see cref="MarkupReader{TUnit}"/>; at a candidate the text a reader
/// sees is decoded into a <see cref="TextWindow"/> and read by the <see cref="NumberFinder"/>.
/// </summary>
/// <typeparam name="TUnit"><see cref="ushort"/> for UTF-16, <see cref="byte"/> for UTF-8.</typeparam>
internal ref struct ScanPass<TUnit>
    where TUnit : unmanaged, IBinaryInteger<TUnit>
{
    private const int WindowSize = NumberFinder.MaxWindow + 1;

    // The page, or while content shown again inside hidden content is read (ReadShown), the page up to that
    // content's end.
    private ReadOnlySpan<TUnit> _page;
    private PageUnits.Chars<TUnit> _html;
    private readonly int _maxKept;
    private MarkupReader<TUnit> _markup;

    // Candidates before this offset are inside the number found last and are not starts of numbers.
    private int _skipUntil;

    // Lines and UTF-16 offsets are counted up to the last number found, as numbers are found in page order, and on
    // as the pass goes (CountOn).
    private int _counted;
    private int _line;
    private int _utf16Offset;

    // How many elements that show their content again inside hidden content are being read, one inside another.
    private int _shownDepth;

    /// <summary>A pass over <paramref name="page"/> that keeps at most <paramref name="maxKept"/> numbers and as many
    /// near misses.</summary>
    internal ScanPass(ReadOnlySpan<TUnit> page, int maxKept)
    {
        _page = page;
        _html = new(page);
        _maxKept = maxKept;
        _markup = new MarkupReader<TUnit>(page);
        _line = 1;
    }

    /// <summary>The numbers found, in page order, with offsets in UTF-16 code units.</summary>
    internal List<FoundNumber> Numbers { get; } = [];

    /// <summary>The near misses found, in page order.</summary>
    internal List<FoundNearMiss> NearMisses { get; } = [];

    /// <summary>How many numbers were found beyond those kept.</summary>
    internal int NotKept { get; private set; }

    /// <summary>Reads the page.</summary>
    internal void Run() => Read(0);

    /// <summary>Reads the page from <paramref name="at"/> (in text) to its end: the dispatcher.</summary>
    private void Read(int at)
    {
        RawContent content = default;
        MarkupState state = MarkupState.Text;
        while (state != MarkupState.End)
        {
            state = state switch
            {
                MarkupState.Text => ReadText(ref at),
                MarkupState.TagOpen => _markup.ReadMarkup(ref at, out content),
                MarkupState.Comment => ReadRaw(content, FoundNumberContext.Comment),
                MarkupState.Script => ReadRaw(content, FoundNumberContext.Script),
                MarkupState.Hidden => ReadHidden(content),
                _ => MarkupState.End,
            };
        }
    }

    /// <summary>Text: goes on to the next markup that is not ordinary (<see cref="MarkupState.TagOpen"/>), reading
    /// each candidate on the way. Ordinary markup (most tags of a page) leaves the page in text and is passed here
    /// from the block's bits, whole blocks at once where they allow (<see cref="MarkupReader{TUnit}.PassOrdinary"/>),
    /// else tag by tag, without a turn through the dispatcher.</summary>
    private MarkupState ReadText(ref int at)
    {
        while (true)
        {
            int stop = NextStop(_markup.PassOrdinary(at));
            if (stop >= _html.Length)
            {
                return MarkupState.End;
            }

            if (stop - _counted >= CountOnEvery)
            {
                CountOn(stop);
            }

            if (_html[stop] == '<')
            {
                int end = _markup.OrdinaryTagEnd(stop);
                if (end >= 0)
                {
                    at = end;
                    continue;
                }

                at = stop;
                return MarkupState.TagOpen;
            }

            TextCandidate(stop);
            at = stop + 1;
        }
    }

    /// <summary>A comment's, a script's or hidden content: read as written for numbers; the text goes on after it.</summary>
    private MarkupState ReadRaw(RawContent content, FoundNumberContext context)
    {
        int i = content.Start;
        while (i < content.End)
        {
            int next = NextProvince(_page[i..content.End]);
            if (next < 0)
            {
                break;
            }

            i += next;
            Candidate(i, context, content.End);
            i++;
        }

        return MarkupState.Text;
    }

    /// <summary>Hidden content: read as written for numbers, except, inside an element hidden by its visibility only,
    /// the elements that show their content again (<see cref="MarkupReader{TUnit}.NextShown"/>), each read as the
    /// page is, from its start tag up to its content's end (<see cref="ReadShown"/>).</summary>
    private MarkupState ReadHidden(RawContent content)
    {
        int at = content.Start;

        // Only a style attribute shows an element again: hidden content without the word is read as a whole.
        if (content.InvisibleTag >= 0 && _shownDepth < HiddenContent.MaxShownDepth && HiddenContent.MayHide(_page[at..content.End]))
        {
            MarkupReader<TUnit> inside = _markup.Bounded(content.End, -1);
            int link = _markup.IsLinkBoundary(content.InvisibleTag) ? content.InvisibleTag : -1;
            while (inside.NextShown(at, out int tag, out int shownEnd))
            {
                ReadRaw(content with { Start = at, End = tag }, FoundNumberContext.Hidden);
                ReadShown(tag, shownEnd, link);
                at = shownEnd;
            }
        }

        return ReadRaw(content with { Start = at }, FoundNumberContext.Hidden);
    }

    /// <summary>An element shown again inside hidden content, from its start tag at <paramref name="start"/> up to
    /// its content's end at <paramref name="end"/>: read as a page that ends there, in the link state of the hidden
    /// element's start (or in the hidden link whose tag is at <paramref name="linkTag"/>); the state after it is
    /// that of before, as the hidden element's end is.</summary>
    private void ReadShown(int start, int end, int linkTag)
    {
        ReadOnlySpan<TUnit> page = _page;
        MarkupReader<TUnit> markup = _markup;
        _page = page[..end];
        _html = new(_page);
        _markup = markup.Bounded(end, linkTag);
        _shownDepth++;
        Read(start);
        _shownDepth--;
        _page = page;
        _html = new(page);
        _markup = markup;
    }

    /// <summary>The first unit that starts a province character, −1 when there is none.</summary>
    private static int NextProvince(ReadOnlySpan<TUnit> units)
    {
        if (!PageUnits.IsUtf8<TUnit>())
        {
            return MemoryMarshal.Cast<TUnit, char>(units).IndexOfAny(NumberMarkers.ProvinceCharacters);
        }

        int from = 0;
        while (true)
        {
            int lead = units[from..].IndexOfAnyInRange(TUnit.CreateTruncating(0xE4), TUnit.CreateTruncating(0xE9));
            if (lead < 0)
            {
                return -1;
            }

            from += lead;
            if (NumberMarkers.IsProvince(PageUnits.CodePointAt(units, from, out _)))
            {
                return from;
            }

            from++;
        }
    }

    private void TextCandidate(int at)
    {
        if (_html[at] != '&')
        {
            Candidate(at, FoundNumberContext.Text, _html.Length);
            return;
        }

        // Only a numeric reference can encode a province character.
        int length = CharacterReferences.TryDecode(_page, at, out int codePoint);
        if (length > 0 && NumberMarkers.IsProvince(codePoint))
        {
            Candidate(at, FoundNumberContext.Text, _html.Length);
        }
    }

    /// <summary>
    /// The first offset from <paramref name="from"/> on that holds markup ('&lt;') or may start a number in text:
    /// a province character followed by a character that can begin a marker (see
    /// <see cref="NumberMarkers.MarkerStarts"/>), or <c>&amp;#</c>; the page's length when there is none.
    /// </summary>
    private int NextStop(int from)
    {
        int length = _html.Length;
        if (Vector256.IsHardwareAccelerated)
        {
            int lastBlock = length - BlockBits<TUnit>.Size - BlockBits<TUnit>.Lookahead;
            while (from <= lastBlock)
            {
                ref BlockBits<TUnit> block = ref _markup.Block;
                if (!block.Holds(from))
                {
                    block.Set(_page, from);
                }

                ulong bits = block.Stops & (ulong.MaxValue << (from - block.At));
                while (bits != 0)
                {
                    int at = block.At + BitOperations.TrailingZeroCount(bits);
                    if (IsCandidateAt(at))
                    {
                        return at;
                    }

                    bits &= bits - 1;
                }

                from = block.At + BlockBits<TUnit>.Size;
            }
        }

        for (int i = from; i < length; i++)
        {
            if (IsCandidateAt(i))
            {
                return i;
            }
        }

        return length;
    }

    private readonly bool IsCandidateAt(int at) => IsCandidateAt(_page, at);

    /// <summary>Whether the unit at <paramref name="at"/> is '&lt;' or may start a number in text: <c>&amp;#</c>, or a
    /// province character followed by a character that can begin a marker (<see cref="NumberMarkers.MarkerStarts"/>).</summary>
    internal static bool IsCandidateAt(ReadOnlySpan<TUnit> page, int at)
    {
        PageUnits.Chars<TUnit> html = new(page);
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

        if (!PageUnits.IsUtf8<TUnit>())
        {
            return NumberMarkers.IsProvince(c) && NumberMarkers.MarkerStarts.Contains(html[at + 1]);
        }

        // A lead byte from 0xE4 to 0xE9 starts a three-byte character when two continuation bytes follow (no
        // overlong form or surrogate starts with these leads), decoded here without a call; anything else decodes to
        // U+FFFD, no province character.
        if (c is < '\u00E4' or > '\u00E9' || at + 3 >= html.Length)
        {
            return false;
        }

        int second = html[at + 1];
        int third = html[at + 2];
        return (second & 0xC0) == 0x80 && (third & 0xC0) == 0x80
            && NumberMarkers.IsProvince(((c & 0x0F) << 12) | ((second & 0x3F) << 6) | (third & 0x3F))
            && FollowsMarkerStart(page, at + 3);
    }

    private readonly bool FollowsMarkerStart(int after) => FollowsMarkerStart(_page, after);

    private static bool FollowsMarkerStart(ReadOnlySpan<TUnit> page, int after)
    {
        int next = PageUnits.CodePointAt(page, after, out _);
        return next <= 0xFFFF && NumberMarkers.MarkerStarts.Contains((char)next);
    }

    /// <summary>A province character at <paramref name="source"/> (or a reference encoding one): reads the number
    /// that starts there, if one does.</summary>
    private void Candidate(int source, FoundNumberContext context, int contentEnd)
    {
        int length;
        if (_html[source] == '&')
        {
            length = CharacterReferences.TryDecode(_page, source, out _);
        }
        else
        {
            PageUnits.CodePointAt(_page, source, out length);
        }

        int after = source + length;
        if (source < _skipUntil || after >= contentEnd || !FollowsMarkerStart(after))
        {
            return;
        }

        Span<char> window = stackalloc char[WindowSize];
        Span<int> sources = stackalloc int[WindowSize];
        int count = context == FoundNumberContext.Text
            ? TextWindow.Read(_page, _markup, source, window, sources)
            : TextWindow.ReadRaw(_page, source, contentEnd, window, sources);
        NumberFinder.Outcome outcome = NumberFinder.Read(window[..count], out FilingNumber? number, out int end, out ParseError? error, out bool psb);
        if (outcome == NumberFinder.Outcome.None)
        {
            return;
        }

        // The number occupies the page up to its last character: a comment or hidden content after that is not
        // inside it (the window may have read past some on its way to the text's end) and is read on its own.
        _skipUntil = sources[end - 1] + 1;
        CountOn(source);
        int offset = _utf16Offset;
        if (outcome == NumberFinder.Outcome.NearMiss)
        {
            if (NearMisses.Count < _maxKept)
            {
                NearMisses.Add(new FoundNearMiss(new string(window[..end]), offset, _line, context, psb, error!));
            }
        }
        else if (Numbers.Count < _maxKept)
        {
            Numbers.Add(new FoundNumber(number!, offset, _line, context, _markup.InLink, _markup.InLink ? _markup.Href() : null));
        }
        else
        {
            NotKept++;
        }
    }

    /// <summary>How far the pass goes before it counts the lines (and UTF-16 units) it passed: on a page larger than
    /// the cache, counting them only at a number near the page's end read the whole page a second time from memory
    /// (the 10 MB benchmark page was 6% slower a character than the 1 MB one); counted every 16 K units, they are
    /// still in the cache.</summary>
    private const int CountOnEvery = 16 * 1024;

    /// <summary>Counts the lines up to <paramref name="source"/>, which starts a character and is at or after the last
    /// count, and its UTF-16 offset: the source itself in UTF-16; in UTF-8 counted on from the last one, as
    /// <see cref="Encoding.UTF8"/> decodes (<see cref="Utf16Length"/>: the count is exact at the start of a character,
    /// and invalid bytes count as the U+FFFD they become).</summary>
    private void CountOn(int source)
    {
        ReadOnlySpan<TUnit> passed = _page[_counted..source];
        _line += passed.Count(PageUnits.Ascii<TUnit>('\n'));
        _utf16Offset = PageUnits.IsUtf8<TUnit>() ? _utf16Offset + Utf16Length.Of(MemoryMarshal.Cast<TUnit, byte>(passed)) : source;
        _counted = source;
    }
}
