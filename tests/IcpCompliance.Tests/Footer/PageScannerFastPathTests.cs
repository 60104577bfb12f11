using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using System.Numerics;
using System.Text;
using IcpCompliance.Footer.Scanning;
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
    private const int GaveUp = MarkupReader<ushort>.NotOrdinary;

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
            Assert.NotEqual(GaveUp, fast);
            Assert.Equal(SlowTagEnd(html, offset), fast);
            Assert.Equal(offset + (markup == "<1" || markup == "< p" ? 1 : markup.Length), fast);
        }
    }

    [Theory]
    [InlineData("<!-- x -->")]              // a comment's numbers are read by the comment reader
    [InlineData("<!---->")]
    [InlineData("<script>")]                // so are a script's and a style's
    [InlineData("<SCRIPT type=\"x\">")]
    [InlineData("<style>")]
    [InlineData("<strong>")]                // any five- or six-letter name with s: the cheap test for script and style
    [InlineData("<p a=\"x")]                // the value runs past the block
    [InlineData("<p a=\"x\"")]              // so does the tag
    [InlineData("<a href=\"x")]
    [InlineData("<a href=x>")]              // a link's unquoted href is read by the slow reader
    public void Other_markup_is_left_to_the_slow_reader(string markup)
        => Assert.Equal(GaveUp, FastTagEnd(Padded(markup), 0, 0));

    [Fact]
    public void Markup_too_near_the_end_of_the_block_is_left_to_the_slow_reader()
    {
        string html = Padded("<p>", 60);
        Assert.Equal(GaveUp, FastTagEnd(html, 0, 60));
        Assert.Equal(62, FastTagEnd(Padded("<p>", 59), 0, 59));
        Assert.Equal(GaveUp, FastTagEnd(Padded("<p class=\"" + new string('v', 60) + "\">"), 0, 0));
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

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property On_markup_soup_the_fast_path_gives_up_or_ends_where_the_slow_reader_ends()
        => Prop.ForAll(PageScannerEquivalenceTests.Soup.ToArbitrary(), soup =>
        {
            string html = soup + new string('x', 130);
            return Enumerable.Range(0, 60).Where(i => html[i] == '<').All(i =>
                FastTagEnd(PageUnits.Of(html), 0, i) is var fast && (fast == GaveUp || fast == SlowTagEnd(html, i))).Label(soup);
        });
}
