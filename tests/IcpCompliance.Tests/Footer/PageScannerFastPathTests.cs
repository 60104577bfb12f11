using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Text;
using IcpCompliance.Footer;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

/// <summary>
/// The scanner's fast paths for markup, each held to what it must read itself. A fast path that gives up falls back
/// to a slower reader with the same answer, so giving up too often changes no result and no other test sees it:
/// Stryker found 200-odd such mutants alive (a block's bits dropped, the quote pairing broken, a form check
/// inverted). These tests say which markup each path must take and that it then ends where the slow reader ends.
/// </summary>
public sealed class PageScannerFastPathTests
{
    private const int NotOrdinary = MarkupReader<ushort>.NotOrdinary;
    private const int PastBlock = MarkupReader<ushort>.PastBlock;

    // The block reads 64 units and its lookahead (one UTF-16 unit, three UTF-8 bytes); the filler holds no markup.
    private static string Padded(string markup, int offset = 0) => new string(' ', offset) + markup + new string('x', 130);

    // The markup reader's fast path with the block at blockAt, from the page's UTF-16 text and from its UTF-8 bytes:
    // the markup here is ASCII, so both must give the same offsets.
    private static int FastTagEnd(string html, int blockAt, int start)
    {
        int utf16 = FastTagEnd(PageUnits.Of(html), blockAt, start);
        Assert.Equal(utf16, FastTagEnd<byte>(Encoding.UTF8.GetBytes(html), blockAt, start));
        return utf16;
    }

    private static int FastTagEnd<TUnit>(ReadOnlySpan<TUnit> page, int blockAt, int start)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        var reader = new MarkupReader<TUnit>(page);
        reader.Block.Set(page, blockAt);
        return reader.TagEnd(start);
    }

    private static int FastDoubleQuotedTagEnd(string html, int blockAt, int start, int nameEnd)
    {
        var reader = new MarkupReader<ushort>(PageUnits.Of(html));
        reader.Block.Set(PageUnits.Of(html), blockAt);
        int utf16 = reader.DoubleQuotedTagEnd(start, nameEnd);
        byte[] bytes = Encoding.UTF8.GetBytes(html);
        var utf8 = new MarkupReader<byte>(bytes);
        utf8.Block.Set(bytes, blockAt);
        Assert.Equal(utf16, utf8.DoubleQuotedTagEnd(start, nameEnd));
        return utf16;
    }

    // Where the reader of any markup ends the markup at start.
    private static int SlowTagEnd(string html, int start)
    {
        var reader = new MarkupReader<ushort>(PageUnits.Of(html));
        int end = start;
        reader.ReadMarkup(ref end, out _);
        return end;
    }

    [Theory]
    [InlineData("</p>")]
    [InlineData("</a>")]
    [InlineData("</A >")]
    [InlineData("</ x>")]
    [InlineData("</>")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("<?xml version=\"1.0\"?>")]
    [InlineData("<1")]
    [InlineData("< p")]
    [InlineData("<p>")]
    [InlineData("<br>")]
    [InlineData("<sub>")]
    [InlineData("<p class=\"x\">")]
    [InlineData("<p class='x'>")]
    [InlineData("<p class=\"a\" id='b'>")]
    [InlineData("<div data-x=\"a>b\" c=\"d\">")]
    [InlineData("<p title=\"it's\">")]
    [InlineData("<p a=\"1\"b=\"2\">")]
    [InlineData("<img alt=\"\" src=\"/x.png\">")]
    [InlineData("<p a=b>")]
    [InlineData("<span class=x>")]
    [InlineData("<img src=\"/x.png\"/>")]
    [InlineData("<img src='/x.png' />")]
    [InlineData("<a>")]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">")]
    [InlineData("<A HREF=\"x\">")]
    [InlineData("<a id=\"y\" href=\"z\">")]
    [InlineData("<a  href=\"x\">")]
    [InlineData("<a href='x'>")]
    [InlineData("<a href=\"x\" target='_blank'>")]
    public void Ordinary_markup_is_read_on_the_fast_path_and_ends_where_the_slow_reader_ends(string markup)
    {
        foreach (int offset in new[] { 0, 7, 59 - Math.Min(59, markup.Length) })
        {
            string html = Padded(markup, offset);
            int fast = FastTagEnd(html, 0, offset);
            Assert.True(fast >= 0);
            Assert.Equal(SlowTagEnd(html, offset), fast);
            Assert.Equal(offset + (markup == "<1" || markup == "< p" ? 1 : markup.Length), fast);
        }
    }

    [Theory]
    [InlineData("<!-- x -->", NotOrdinary)]              // a comment's numbers are read by the comment reader
    [InlineData("<!---->", NotOrdinary)]
    [InlineData("<script>", NotOrdinary)]                // so are a script's and a style's
    [InlineData("<SCRIPT type=\"x\">", NotOrdinary)]
    [InlineData("<style>", NotOrdinary)]
    [InlineData("<strong>", NotOrdinary)]                // any five- or six-letter name with s: the cheap test for script and style
    [InlineData("<a href=x>", NotOrdinary)]              // a link's unquoted href is read by the slow reader
    [InlineData("<p style=\"display:none\">", NotOrdinary)] // attributes that may hide the element
    [InlineData("<p STYLE=\"color:red\">", NotOrdinary)]
    [InlineData("<p class=\"x\" hidden>", NotOrdinary)]
    [InlineData("<a href=\"x\" HiDdEn>", NotOrdinary)]
    [InlineData("<div class=\"stylesheet\">", NotOrdinary)] // "style" anywhere: the slow reader decides
    [InlineData("<p a=\"x", PastBlock)]                  // the value runs past the block
    [InlineData("<p a=\"x\"", PastBlock)]                // so does the tag
    [InlineData("<a href=\"x", PastBlock)]
    public void Other_markup_is_left_to_the_slow_reader(string markup, int gaveUp)
        => Assert.Equal(gaveUp, FastTagEnd(Padded(markup), 0, 0));

    [Theory]
    [InlineData("<p class=\"odd\">")]           // "dd", the middle of "hidden", in a value
    [InlineData("<p class=\"stylish-x\" id=\"a\">")] // "yl" and "st", but no "style"
    [InlineData("<a href=\"/ADD/x.html\">")]
    public void A_tag_with_part_of_a_hiding_attributes_name_stays_on_the_fast_path(string markup)
    {
        string html = Padded(markup);
        Assert.Equal(markup.Length, FastTagEnd(html, 0, 0));
        Assert.Equal(SlowTagEnd(html, 0), markup.Length);
    }

    [Theory]
    [InlineData("style", 2)]
    [InlineData("STYLE", 2)]
    [InlineData("hidden", 2)]
    [InlineData("HIDDEN", 2)]
    [InlineData("odd", 1)]
    public void The_middle_of_a_hiding_attributes_name_has_its_bit(string word, int middle)
    {
        foreach (int offset in new[] { 0, 30, 62 })
        {
            string html = Padded(word, offset);
            var utf16 = BlockBits<ushort>.None;
            utf16.Set(PageUnits.Of(html), 0);
            var utf8 = BlockBits<byte>.None;
            utf8.Set(Encoding.UTF8.GetBytes(html), 0);
            ulong expected = offset + middle < 64 ? 1UL << (offset + middle) : 0;
            Assert.Equal(expected, utf16.HidingPairs);
            Assert.Equal(expected, utf8.HidingPairs);
        }
    }

    [Fact]
    public void Markup_too_near_the_end_of_the_block_is_past_it()
    {
        string html = Padded("<p>", 60);
        Assert.Equal(PastBlock, FastTagEnd(html, 0, 60));
        Assert.Equal(62, FastTagEnd(Padded("<p>", 59), 0, 59));
        Assert.Equal(PastBlock, FastTagEnd(Padded("<p class=\"" + new string('v', 60) + "\">"), 0, 0));
    }

    // The markup reader with the block at 0 and the markup at start: where it ends (from the bits, else from the slow
    // reader, as the scanner reads it), the link state after it, and where the reader's block then starts; from UTF-16
    // and from UTF-8, which must agree (the markup is ASCII).
    private static (int End, bool InLink, int BlockAt) ReadMarkupAt(string html, int start)
    {
        var utf16 = ReadMarkupAt(PageUnits.Of(html), start);
        Assert.Equal(utf16, ReadMarkupAt<byte>(Encoding.UTF8.GetBytes(html), start));
        return utf16;
    }

    private static (int End, bool InLink, int BlockAt) ReadMarkupAt<TUnit>(ReadOnlySpan<TUnit> page, int start)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        var reader = new MarkupReader<TUnit>(page);
        reader.Block.Set(page, 0);
        int end = reader.OrdinaryTagEnd(start);
        if (end < 0)
        {
            end = start;
            Assert.Equal(MarkupState.Text, reader.ReadMarkup(ref end, out _));
        }

        return (end, reader.InLink, reader.Block.At);
    }

    private static bool SlowInLink(string html, int start)
    {
        var reader = new MarkupReader<ushort>(PageUnits.Of(html));
        reader.ReadMarkup(ref start, out _);
        return reader.InLink;
    }

    [Theory]
    [InlineData("<p class=\"text\">")]
    [InlineData("<a href=\"/news/1.html\">")]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\" target='_blank'>")]
    [InlineData("</a>")]
    [InlineData("<!DOCTYPE html>")]
    [InlineData("<img alt=\"\" src=\"/x.png\">")]
    public void Markup_across_the_blocks_end_is_read_from_a_block_that_starts_at_it(string markup)
    {
        foreach (int offset in new[] { 60, 62, 63 })
        {
            string html = Padded(markup, offset);
            (int end, bool inLink, int blockAt) = ReadMarkupAt(html, offset);
            Assert.Equal(offset + markup.Length, end);
            Assert.Equal(SlowTagEnd(html, offset), end);
            Assert.Equal(SlowInLink(html, offset), inLink);
            Assert.Equal(offset, blockAt);
        }
    }

    [Theory]
    [InlineData("<a href=x target=\"_blank\">")]   // not ordinary once the block holds it
    [InlineData("<p style=\"color:red\">")]
    [InlineData("<p class=\"" + "0123456789012345678901234567890123456789012345678901234567890123" + "\">")] // longer than a block
    public void Markup_across_the_blocks_end_that_is_not_ordinary_is_read_by_the_slow_reader(string markup)
    {
        string html = Padded(markup, 58);
        (int end, bool inLink, _) = ReadMarkupAt(html, 58);
        Assert.Equal(SlowTagEnd(html, 58), end);
        Assert.Equal(SlowInLink(html, 58), inLink);
    }

    [Fact]
    public void Markup_near_the_pages_end_is_read_by_the_slow_reader()
    {
        // No block fits at the markup: the reader keeps its block and reads the markup unit by unit.
        string html = new string(' ', 60) + "<p class=\"x\">" + new string('x', 5);
        Assert.Equal((73, false, 0), ReadMarkupAt(html, 60));
    }

    [Fact]
    public void A_block_that_runs_past_the_page_is_refused()
    {
        Assert.Throws<ArgumentException>(() => BlockBits<ushort>.None.Set(PageUnits.Of("<p>"), 0));
        Assert.Throws<ArgumentException>(() => BlockBits<ushort>.None.Set(PageUnits.Of(new string('x', 65)), 1));
        Assert.Throws<ArgumentException>(() => BlockBits<ushort>.None.Set(PageUnits.Of(Padded("<p>")), -1));
        Assert.Throws<ArgumentException>(() => BlockBits<byte>.None.Set(Encoding.UTF8.GetBytes(new string('x', 66)), 0));
        Assert.Equal(3, FastTagEnd<ushort>(PageUnits.Of("<p>" + new string('x', 62)), 0, 0)); // exactly a block and one more
        Assert.Equal(3, FastTagEnd<byte>(Encoding.UTF8.GetBytes("<p>" + new string('x', 64)), 0, 0)); // a block and three more
    }

    [Theory]
    [InlineData("<p class=\"x\">", 2)]
    [InlineData("<div data-x=\"a>b\" c=\"d\">", 4)]
    [InlineData("<p a=\"1\"b=\"2\">", 2)]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\" class=\"c\">", 2)]
    [InlineData("<p>", 2)]
    [InlineData("<img alt=\"\" src=\"/x.png\">", 4)]   // an empty value: two quotes side by side
    [InlineData("<p a=\"\"b=\"\">", 2)]
    public void Double_quoted_attributes_are_paired_by_their_bits(string markup, int nameEnd)
    {
        foreach (int offset in new[] { 0, 5, 12 })
        {
            string html = Padded(markup, offset);
            Assert.Equal(offset + markup.Length, FastDoubleQuotedTagEnd(html, 0, offset, offset + nameEnd));
            Assert.Equal(SlowTagEnd(html, offset), offset + markup.Length);
        }
    }

    [Theory]
    [InlineData("<p a=b>", 2)]                   // an unquoted value
    [InlineData("<p a='x'>", 2)]                 // single quotes are CanonicalAttributes' to read
    [InlineData("<p a = \"x\">", 2)]             // '=' after a space
    [InlineData("<p a=\"x>", 2)]                 // the quote never closes
    [InlineData("<p a=\"x\" \"y\">", 2)]         // a quote that follows no '='
    [InlineData("<p a=\"x\"=\"y\">", 2)]         // an '=' that follows no name
    [InlineData("<p=\"x\">", 2)]                 // '=' straight after the name starts an attribute's name
    public void Anything_else_is_not_paired_by_bits(string markup, int nameEnd)
        => Assert.Equal(-1, FastDoubleQuotedTagEnd(Padded(markup), 0, 0, nameEnd));

    // The bits of every block of the page (at every seventh unit) from 256- and from 512-bit vectors, which must be the
    // same: the scanner takes the widest the hardware has (where 512 bits are not accelerated they are emulated, slowly
    // but exactly), so each width's body is checked against the other on every machine.
    private static bool EveryWidthGivesTheSameBits<TUnit>(ReadOnlySpan<TUnit> page)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        for (int at = 0; BlockBits<TUnit>.Fits(page.Length, at); at += 7)
        {
            BlockBits<TUnit> narrow = BlockBits<TUnit>.None;
            narrow.Set<Units256<TUnit>, Vector256<byte>>(ref MemoryMarshal.GetReference(page), at);
            BlockBits<TUnit> wide = BlockBits<TUnit>.None;
            wide.Set<Units512<TUnit>, Vector512<byte>>(ref MemoryMarshal.GetReference(page), at);
            if ((narrow.At, narrow.Stops, narrow.Closes, narrow.DoubleQuotes, narrow.SingleQuotes, narrow.EqualsSigns, narrow.Names, narrow.HidingPairs)
                != (wide.At, wide.Stops, wide.Closes, wide.DoubleQuotes, wide.SingleQuotes, wide.EqualsSigns, wide.Names, wide.HidingPairs))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property Every_vector_width_gives_the_same_block_bits_from_utf16_and_utf8()
        => Prop.ForAll(PageScannerEquivalenceTests.Soup.ToArbitrary(), soup =>
        {
            string html = soup + new string('x', 70);
            return (EveryWidthGivesTheSameBits(PageUnits.Of(html)) && EveryWidthGivesTheSameBits<byte>(Encoding.UTF8.GetBytes(html))).Label(soup);
        });

    [Fact]
    public void Every_vector_width_gives_the_same_block_bits_on_the_benchmark_page()
    {
        string html = PageScannerEquivalenceTests.BenchmarkPage(20_000);
        Assert.True(EveryWidthGivesTheSameBits(PageUnits.Of(html)));
        Assert.True(EveryWidthGivesTheSameBits<byte>(Encoding.UTF8.GetBytes(html)));
    }

    // The bits of a block as each unit defines them, one unit at a time (the character after a province character is
    // the unit after it, three bytes after its lead byte in UTF-8): what the vector body, with its masks shifted for
    // the unit after and its lookahead read one by one, must give.
    private static bool BlockBitsAreWhatEachUnitSays<TUnit>(TUnit[] page)
        where TUnit : unmanaged, IBinaryInteger<TUnit>
    {
        bool utf8 = typeof(TUnit) == typeof(byte);
        int Unit(int i) => int.CreateTruncating(page[i]);
        bool Ideograph(int i) => utf8 ? Unit(i) is >= 0xE4 and <= 0xE9 : Unit(i) is >= 0x4E91 and <= 0x9ED4;
        bool Folded(int i, char letter) => (Unit(i) | 0x20) == letter;
        for (int at = 0; BlockBits<TUnit>.Fits(page.Length, at); at += 5)
        {
            // 公, whose UTF-8 bytes are E5 85 AC: where the block holds only its lead byte, any character with that
            // lead byte counts as 公.
            int blockAt = at;
            bool Gong(int i) => utf8 ? Unit(i) == 0xE5 && (i - blockAt >= 62 || (Unit(i + 1) == 0x85 && Unit(i + 2) == 0xAC)) : Unit(i) == '公';
            BlockBits<TUnit> block = BlockBits<TUnit>.None;
            block.Set(page, at);
            ulong stops = 0, closes = 0, doubleQuotes = 0, singleQuotes = 0, equalsSigns = 0, names = 0, hidingPairs = 0;
            for (int k = 0; k < 64; k++)
            {
                int i = at + k;
                int c = Unit(i);
                int next = i + (utf8 ? 3 : 1);
                bool province = Ideograph(i) && !(Ideograph(next) && !Gong(next));
                ulong bit = 1UL << k;
                stops |= c == '<' || (c == '&' && Unit(i + 1) == '#') || province ? bit : 0;
                closes |= c == '>' ? bit : 0;
                doubleQuotes |= c == '"' ? bit : 0;
                singleQuotes |= c == '\'' ? bit : 0;
                equalsSigns |= c == '=' ? bit : 0;
                names |= c < 0x80 && (char.IsAsciiLetterOrDigit((char)c) || c is '-' or ':' or '_') ? bit : 0;
                hidingPairs |= (Folded(i, 'y') && Folded(i + 1, 'l')) || (Folded(i, 'd') && Folded(i + 1, 'd')) ? bit : 0;
            }

            if ((stops, closes, doubleQuotes, singleQuotes, equalsSigns, names, hidingPairs)
                != (block.Stops, block.Closes, block.DoubleQuotes, block.SingleQuotes, block.EqualsSigns, block.Names, block.HidingPairs))
            {
                return false;
            }
        }

        return true;
    }

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property Block_bits_are_what_each_unit_says_from_utf16_and_utf8()
        => Prop.ForAll(PageScannerEquivalenceTests.Soup.ToArbitrary(), soup =>
        {
            // Units that a careless narrowing to bytes reads as markup (U+4E3C ends in '<', U+0122 in '"'), the
            // ends of the province characters' range, and 公 after ideographs with characters whose UTF-8 bytes share
            // its first two (U+516D) or its first and last (U+5C6C), at every place against the block's end.
            string html = soup + "\u4E3C\u0122\u4E90\u4E91\u9ED4\u9ED5\u00FF\u0100&#yldd京公司限公粤\u516D\u5C6C" + soup + new string('x', 70);
            return (BlockBitsAreWhatEachUnitSays(PageUnits.Of(html).ToArray()) && BlockBitsAreWhatEachUnitSays<byte>(Encoding.UTF8.GetBytes(html))).Label(soup);
        });

    // A character followed by another ideograph is no stop, unless that is 公; in UTF-8 every character whose lead byte is
    // 公's made the one before it a stop (京 in 北京市, 更 in 更多), and 公 in 有限公司 was one.
    [Fact]
    public void Only_公_after_an_ideograph_makes_it_a_stop_from_utf16_and_utf8()
    {
        string html = "北京市示例科技有限公司 新闻 更多 京公网安备" + new string('x', 70);
        int[] expected = [html.IndexOf('限'), html.IndexOf('司'), html.IndexOf('闻'), html.IndexOf('多'), html.IndexOf("京公", StringComparison.Ordinal), html.IndexOf('备')];
        Assert.Equal(expected, Stops(PageUnits.Of(html)));
        byte[] bytes = Encoding.UTF8.GetBytes(html);
        Assert.Equal(expected, Stops<byte>(bytes).Select(stop => Encoding.UTF8.GetCharCount(bytes, 0, stop)));

        static int[] Stops<TUnit>(ReadOnlySpan<TUnit> page)
            where TUnit : unmanaged, IBinaryInteger<TUnit>
        {
            BlockBits<TUnit> block = BlockBits<TUnit>.None;
            block.Set(page, 0);
            return Enumerable.Range(0, 64).Where(k => (block.Stops & (1UL << k)) != 0).ToArray();
        }
    }

    [Fact]
    public void Block_bits_are_what_each_unit_says_on_the_benchmark_page()
    {
        string html = PageScannerEquivalenceTests.BenchmarkPage(20_000);
        Assert.True(BlockBitsAreWhatEachUnitSays(PageUnits.Of(html).ToArray()));
        Assert.True(BlockBitsAreWhatEachUnitSays<byte>(Encoding.UTF8.GetBytes(html)));
    }

    private const string Paragraph = "<p class=\"text\">北京市示例科技有限公司 &copy; 新闻 <a href=\"/news/1.html\">更多 &gt;&gt;</a> Lorem ipsum dolor sit amet.</p>\n";

    // Where the pass over whole blocks stops from the page's start, with the link state it leaves, from UTF-16 and
    // from UTF-8 (as a UTF-16 offset: the page's markup before the stop is ASCII, its text Chinese).
    private static (int Stop, bool InLink, string? Href) PassFromStart(string html)
    {
        var utf16 = new MarkupReader<ushort>(PageUnits.Of(html));
        int stop = utf16.PassOrdinary(0);
        byte[] bytes = Encoding.UTF8.GetBytes(html);
        var utf8 = new MarkupReader<byte>(bytes);
        int stop8 = utf8.PassOrdinary(0);
        Assert.Equal(stop, Encoding.UTF8.GetCharCount(bytes, 0, stop8));
        Assert.Equal(utf16.InLink, utf8.InLink);
        string? href = utf16.InLink ? utf16.Href() : null;
        Assert.Equal(href, utf8.InLink ? utf8.Href() : null);
        return (stop, utf16.InLink, href);
    }

    [Fact]
    public void The_pass_over_whole_blocks_takes_ordinary_paragraphs_whole_and_stops_at_what_is_not_ordinary()
    {
        string paragraphs = string.Concat(Enumerable.Repeat(Paragraph, 40));
        foreach (string stop in new[] { "<DIV class=footer>", "<!-- x -->", "<script>", "<Title>", "<p style=\"x\">", "<a hidden>", "</p \"x\">", "</p a=\"x>y\">" })
        {
            Assert.Equal((paragraphs.Length, false, null), PassFromStart(paragraphs + stop + new string('x', 200)));
        }

        // A '>' or a '"' in text is text; a tag whose name only starts like that of an element whose content is not
        // text is ordinary.
        string text = paragraphs + "a > b \"c\" <table><tbody><tr><td><strong>x</strong><small>y</small></td></tr></tbody></table>";
        Assert.Equal((text.Length, false, null), PassFromStart(text + "<!---->" + new string('x', 200)));

        // A number's province character in text stops it; one that cannot start a number (北京市) does not.
        Assert.Equal(paragraphs.Length + 2, PassFromStart(paragraphs + "a 京ICP备12345678号" + new string('x', 200)).Stop);
    }

    [Fact]
    public void The_pass_over_whole_blocks_leaves_the_link_state_of_the_last_link_tag_it_takes()
    {
        string paragraphs = string.Concat(Enumerable.Repeat(Paragraph, 20));
        string open = paragraphs + "<a class=\"c\" href=\"/x?a=1&amp;b=2\"><b>" + new string('y', 100) + "<!-- -->" + new string('x', 200);
        Assert.Equal((open.IndexOf("<!--", StringComparison.Ordinal), true, "/x?a=1&b=2"), PassFromStart(open));
        string closed = paragraphs + "<a href=\"/x\">x</A >" + new string('y', 100) + "<!-- -->" + new string('x', 200);
        Assert.Equal((closed.IndexOf("<!--", StringComparison.Ordinal), false, null), PassFromStart(closed));
        string noHref = paragraphs + "<a>" + new string('y', 100) + "<!-- -->" + new string('x', 200);
        Assert.Equal((noHref.IndexOf("<!--", StringComparison.Ordinal), true, null), PassFromStart(noHref));
    }

    [Fact]
    public void A_utf8_province_character_is_a_candidate_only_when_its_three_bytes_are_whole()
    {
        byte[] whole = Encoding.UTF8.GetBytes("京ICP备");
        Assert.True(ScanPass<byte>.IsCandidateAt(whole, 0));
        Assert.True(ScanPass<ushort>.IsCandidateAt(PageUnits.Of("京ICP备"), 0));

        // 京 is E4 BA AC: a damaged continuation byte makes the lead byte a U+FFFD, which starts no number, even when
        // the damaged byte keeps the continuation's six low bits (':' for BA, ',' for AC).
        foreach (int damaged in new[] { 1, 2 })
        {
            foreach (byte replacement in new[] { (byte)(whole[damaged] & 0x3F), (byte)(whole[damaged] | 0x40), (byte)'I' })
            {
                byte[] bytes = (byte[])whole.Clone();
                bytes[damaged] = replacement;
                Assert.False(ScanPass<byte>.IsCandidateAt(bytes, 0));
            }
        }

        Assert.False(ScanPass<byte>.IsCandidateAt(Encoding.UTF8.GetBytes("京"), 0));
        Assert.False(ScanPass<byte>.IsCandidateAt(Encoding.UTF8.GetBytes("京市"), 0));
    }

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property On_markup_soup_the_fast_path_gives_up_or_ends_where_the_slow_reader_ends()
        => Prop.ForAll(PageScannerEquivalenceTests.Soup.ToArbitrary(), soup =>
        {
            string html = soup + new string('x', 130);
            return Enumerable.Range(0, 60).Where(i => html[i] == '<').All(i =>
                FastTagEnd(PageUnits.Of(html), 0, i) is var fast && (fast is NotOrdinary or PastBlock || fast == SlowTagEnd(html, i))).Label(soup);
        });
}
