using System.Collections.Generic;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Tests.TestSupport;
using Xunit;

namespace IcpCompliance.Tests.Footer;

/// <summary>The streaming page scanner finds exactly what the materialising one found (numbers, offsets, lines,
/// contexts, links), on markup soup and on the benchmark's pages.</summary>
public sealed class PageScannerEquivalenceTests
{
    internal static readonly Gen<string> Soup = Gen.ListOf(Gen.Elements(
            "<a href='", "<A HREF=", "<a>", "\"", "'", ">", "</a>", "</A >", "<!--", "-->", "<!-->", "<script>", "</SCRIPT>", "<style>",
            "</style>", "<br>", "<b>", "</b>", "<span class=x>", "</span>", "<p>", "</p>", "<div a=b=\"c>d\">", "<p a/=\"x>y\">", "</>",
            "</ x>", "<!DOCTYPE html>", "<?xml?>", "<1", "<", "=", "/", "&#", "&#x", "4EAC;", "20140", "&#20140;", "&#x7CA4", ";",
            "&amp;", "&nbsp;", "&nbsp", "&copy;", "&", "京", "粤", "川", "新闻", "北京市", "ICP备", "icp 备", "ＩＣＰ备", "ICP证", "B2-",
            "b2 -", "公网安备", "公 网安备", "12345678", "20090059", "030173", "11010802012345", "110105001181", "号", "-1", "－２",
            "A", "X", "K", "All", " ", "\u3000", "\n", "\r\n", "\t", "https://beian.miit.gov.cn/", "?code=11010802012345",
            "备案号：", "\uD83D\uDE00", "&#128512;", "\0",
            // Tags in and near the form the block-bit reader takes (name="value" attributes), so that its checks of
            // that form, and tags that cross a 64-character block, meet the reference reader.
            "<p class=\"", "\" id=\"", "<a href=\"", "<A HREF=\"", "<a  href=\"x\">", "<a id=\"y\" href=\"z\">", "<img src=\"/x.png\"/>",
            "<p title=\"it's\">", "<p =\"", "<p=\"", " a =\"", "a= \"", "\"b=\"", "<p a=\"1\"b=\"2\">", "<div data-x=\"a>b\" c=\"d\">",
            "<p class=\"text\">", "<a href=\"/news/1.html\">", "Lorem ipsum dolor sit amet. ", "<p a=\"x\" / >",
            "\f", "<a\fhref\f=\fhttps://beian.miit.gov.cn/>", "<a href = 'x' hidden=>", "<p a='1'b='2'>", "<a/href=\"y\">",
            // Ordinary tags whose names start like those of elements whose content is not text, and runs of ordinary
            // markup long enough for the pass over whole blocks to take, with what it must stop at inside them.
            "<table>", "<tbody>", "<strong>", "<small>", "<td>", "<Tr>", "<section>", "<select>", "<noscripts>", "<nav>",
            "<p class=\"middle\">", "<a href=\"/x\" style=\"display:none\">", "<a title=\"a>b\" href=\"/y\">",
            "<p class=\"text\">北京市示例科技有限公司 &copy; 新闻 <a href=\"/news/1.html\">更多 &gt;&gt;</a> Lorem ipsum dolor sit amet.</p>\n",
            "<div><span>a</span><span class=\"b\">c</span></div><ul><li><a href=\"/z\">z</a></li></ul>", "</p class=\"x>y\">",
            // Content a browser does not show, and what its readers must tell from it.
            "<span hidden>", "<div HIDDEN=hidden>", "<img hidden>", "<div style=\"display:none\">", "<p style='color:red; VISIBILITY : Hidden'>",
            "<span style=\"display:inline\">", "<p class=\"hidden-xs\">", "</div>", "<title>", "</title>", "<template>", "</template>",
            "<noscript>", "</noscript>", "<textarea>", "<wbr>", "<a hidden href=\"x\">",
            // Visibility, inherited: a child that sets it visible again inside one hidden by it is shown.
            "<div style=\"visibility:hidden\">", "<span style=\"visibility:visible\">", "<p style='visibility:hidden;visibility:visible'>",
            "<b style=\"VISIBILITY: visible !important\">", "<i style=\"visibility:collapse\">", "<a style=\"visibility:hidden\" href=\"/h\">",
            "<span style=\"visibility:visible\" hidden>", "<div style=\"visibility:visible\">", "<p style=\"visibility:visible\">", "</i>",
            // Custom elements whose names are longer than the UTF-8 reader's name buffer.
            "<cookie-consent-banner hidden>", "</cookie-consent-banner>", "<site-footer-container style=\"visibility:hidden\">", "</site-footer-container>",
            // Whole numbers, so that a tag read to the wrong end shows: the number inside or after it is found, or not.
            "京ICP备12345678号-1", "粤B2-20090059", "京公网安备11010802012345号", "京ICP备12345678号-1", "粤B2-20090059", "京公网安备11010802012345号"))
        .Select(parts => string.Concat(parts));

    // Random seeds: the seed once fixed here (issue 21) hid the disagreements below, now regression tests of their own.
    [Property(MaxTest = 20_000 / Cases.Divisor)]
    public Property Streaming_scanner_agrees_with_the_materialising_one_on_markup_soup()
        => Prop.ForAll(Soup.ToArbitrary(), html => Same(html).Label(Escaped(html)));

    private static string Escaped(string html) => string.Concat(html.Select(c => c < ' ' || c > '\u007e' && c < '\u00a1' ? "\\u" + ((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture) : c.ToString()));

    // The same pass over UTF-8 bytes: numbers (offsets in UTF-16 units), near misses and lines as over the text the
    // bytes decode to, also with damaged bytes.
    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public Property Utf8_scan_agrees_with_the_utf16_scan_on_markup_soup_with_damaged_bytes()
        => Prop.ForAll(Soup.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (html, seed) =>
        {
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(html);
            var random = new System.Random(seed);
            for (int k = random.Next(3); k > 0 && bytes.Length > 0; k--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            string text = System.Text.Encoding.UTF8.GetString(bytes);
            var fromText = PageScanner.Scan(text, 1000);
            var fromBytes = PageScanner.ScanUtf8(bytes, 1000);
            return (fromText.Numbers.SequenceEqual(fromBytes.Numbers)
                && fromText.NearMisses.Select(m => (m.Text, m.Offset, m.Line, m.Context, m.IsPsb, m.Error.Code, m.Error.Position))
                    .SequenceEqual(fromBytes.NearMisses.Select(m => (m.Text, m.Offset, m.Line, m.Context, m.IsPsb, m.Error.Code, m.Error.Position)))).Label(Escaped(text));
        });

    // Pages long enough that the pass counts lines and UTF-16 units on as it goes (every 16 K units), not only at each
    // number: a count that starts or ends inside a character, or one that skips a stretch, gives other lines or offsets.
    [Property(MaxTest = 40 / Cases.Divisor)]
    public Property Utf8_scan_agrees_with_the_utf16_scan_on_long_pages_with_damaged_bytes()
        => Prop.ForAll(Gen.Choose(0, int.MaxValue).ToArbitrary(), seed =>
        {
            var random = new System.Random(seed);
            byte[] bytes = System.Text.Encoding.UTF8.GetBytes(BenchmarkPage(40_000 + random.Next(40_000)));
            for (int k = random.Next(6); k > 0; k--)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            string text = System.Text.Encoding.UTF8.GetString(bytes);
            var fromText = PageScanner.Scan(text, 1000);
            var fromBytes = PageScanner.ScanUtf8(bytes, 1000);
            return (fromText.Numbers.Count > 10 && fromText.Numbers.SequenceEqual(fromBytes.Numbers)
                && fromText.Numbers.SequenceEqual(ReferencePageScanner.Scan(text))
                && fromText.NearMisses.Select(m => (m.Offset, m.Line)).SequenceEqual(fromBytes.NearMisses.Select(m => (m.Offset, m.Line)))).Label($"seed {seed}");
        });

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public bool Streaming_scanner_agrees_on_arbitrary_strings(NonNull<string> html) => Same(html.Get);

    [Theory]
    [InlineData(10_000)]
    [InlineData(200_000)]
    public void Streaming_scanner_agrees_on_the_benchmark_pages(int size)
    {
        string page = BenchmarkPage(size);
        Assert.True(Same(page));
        Assert.NotEmpty(PageScanner.Scan(page));
    }

    // What random soups found (issue 21): a number occupies the page from its first character to its last. A comment
    // or hidden content after its last character is not inside it, though the text on either side joins, and is read
    // on its own (the streaming scanner skipped everything its text window had read past); one between its characters
    // is part of it.

    [Fact]
    public void A_comment_after_a_near_miss_at_a_links_start_is_read_on_its_own()
        => AgreeOn("粤B2<A><!--京ICP备123456-->", ("京ICP备123456号", 10, FoundNumberContext.Comment, true));

    [Fact]
    public void A_comment_after_a_near_miss_at_the_texts_end_is_read_on_its_own()
        => AgreeOn("京ICP1<!--京公网安备110108020123-->", ("京公网安备110108020123号", 9, FoundNumberContext.Comment, false));

    [Fact]
    public void Hidden_content_after_a_number_is_read_on_its_own()
        => AgreeOn(
            "京ICP备12345678号-1<span hidden>京ICP备12345678号-1</span>",
            ("京ICP备12345678号-1", 0, FoundNumberContext.Text, false),
            ("京ICP备12345678号-1", 29, FoundNumberContext.Hidden, false));

    [Fact]
    public void Hidden_content_inside_a_link_after_a_number_is_read_on_its_own()
        => AgreeOn(
            "京ICP备12345678号-1<span class=x><a href=\"/news/1.html\"><span hidden>京ICP备12345678号-1</span>",
            ("京ICP备12345678号-1", 0, FoundNumberContext.Text, false),
            ("京ICP备12345678号-1", 66, FoundNumberContext.Hidden, true));

    [Fact]
    public void A_hidden_link_after_a_number_is_read_on_its_own()
        => AgreeOn(
            "粤B2-20090059<a hidden href=\"x\">京公网安备11010802012345号</a>",
            ("粤B2-20090059", 0, FoundNumberContext.Text, false),
            ("京公网安备11010802012345号", 31, FoundNumberContext.Hidden, false));

    [Fact]
    public void A_comment_between_a_numbers_characters_is_part_of_it_and_one_after_it_is_not()
        => AgreeOn(
            "京ICP备1234<!--京ICP备87654321号-->5678号<!--粤B2-20090059-->",
            ("京ICP备12345678号", 0, FoundNumberContext.Text, false),
            ("粤B2-20090059", 39, FoundNumberContext.Comment, false));

    private static void AgreeOn(string html, params (string Number, int Offset, FoundNumberContext Context, bool IsLinked)[] expected)
    {
        List<FoundNumber> streamed = PageScanner.Scan(html);
        Assert.Equal(ReferencePageScanner.Scan(html), streamed);
        Assert.Equal(expected, streamed.Select(n => (n.Number.ToString(), n.Offset, n.Context, n.IsLinked)));
    }

    private static bool Same(string html)
    {
        List<FoundNumber> streamed = PageScanner.Scan(html);
        List<FoundNumber> reference = ReferencePageScanner.Scan(html);
        return streamed.SequenceEqual(reference);
    }

    // The generator of benchmarks/IcpCompliance.Benchmarks/Footer/FooterInspectorBenchmarks.cs.
    internal static string BenchmarkPage(int size)
    {
        const string Paragraph = "<p class=\"text\">北京市示例科技有限公司 &copy; 新闻 <a href=\"/news/1.html\">更多 &gt;&gt;</a> Lorem ipsum dolor sit amet.</p>\n";
        const string Extras = "<!-- 京ICP备12345678号-1 --><SCRIPT>var x = '<a>';</SCRIPT>\n";
        const string Footer = "<DIV class=footer><A HREF='https://beian.miit.gov.cn/' target=_blank>&#20140;ICP备12345678号-1</A> | "
            + "<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\"><img src=\"/beian.png\">京公网安备11010802012345号</a></DIV>\n";
        var builder = new System.Text.StringBuilder(size + Footer.Length);
        int nextFooter = 10_000;
        while (builder.Length < size - Footer.Length)
        {
            builder.Append(Paragraph);
            if (builder.Length >= nextFooter)
            {
                builder.Append(Extras).Append(Footer);
                nextFooter += 10_000;
            }
        }

        return builder.Append(Footer).ToString();
    }
}
