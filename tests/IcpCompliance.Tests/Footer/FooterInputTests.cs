using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

/// <summary>Pages as Markdown and as bytes (UTF-8, UTF-16, GBK) give what the same page as HTML text gives.</summary>
public sealed class FooterInputTests
{
    private static string[] Ids(FooterInspection inspection) => [.. inspection.Findings.Select(f => f.RuleId)];

    [Fact]
    public void A_markdown_link_to_the_miit_counts_as_linked()
    {
        const string Page = "# 关于\n\n版权所有 © 2026 | [闽ICP备15012807号-1](https://beian.miit.gov.cn/)\n";
        FooterInspection inspection = FooterInspector.InspectMarkdown(Page);
        Assert.Empty(Ids(inspection));
        FoundNumber found = Assert.Single(inspection.Numbers);
        Assert.Equal(("闽ICP备15012807号-1", "https://beian.miit.gov.cn/", Page.IndexOf('闽'), 3), (found.Number.ToString(), found.Href, found.Offset, found.Line));
    }

    [Theory]
    [InlineData("京ICP备12345678号-1", new[] { "FTR0101" })]
    [InlineData("[京ICP备12345678号\\-1](<https://beian.miit.gov.cn/> \"工信部\")", new string[0])]
    [InlineData("<https://beian.miit.gov.cn/> 京ICP备12345678号-1", new[] { "FTR0101" })]
    [InlineData("[京ICP备12345678号-1](http://www.miitbeian.gov.cn/)", new[] { "FTR0102" })]
    [InlineData("`京ICP备12345678号-1`", new[] { "FTR0101" })]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>", new string[0])]
    [InlineData("<!-- 京ICP备12345678号-1 -->", new[] { "FTR0401", "FTR0308" })]
    [InlineData("京ICP备1234\n\n5678号-1", new[] { "FTR0501" })]
    public void Markdown_is_read_as_its_html(string markdown, string[] ids)
        => Assert.Equal(ids, Ids(FooterInspector.InspectMarkdown(markdown)));

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property The_same_footer_in_html_and_in_markdown_gives_the_same_numbers_and_markdown_stays_clean()
        => Prop.ForAll(FooterGenerators.Content(FooterGenerators.HostileWithoutNumbers, FooterGenerators.SeparatorsWithoutNumbers).ToArbitrary(), content =>
        {
            if (!FooterRenderer.Render(content, FooterFormat.Html).TryPickT0(out RenderedFooter html, out _))
            {
                return true.ToProperty();
            }

            RenderedFooter markdown = FooterRenderer.Render(content, FooterFormat.Markdown).AsT0;
            var expected = new ExpectedFooterNumbers(content.IcpNumber) { PsbNumber = content.PsbNumber, LicenseNumber = content.LicenseNumber };
            FooterInspection fromHtml = FooterInspector.Inspect(html.Text, expected);
            FooterInspection fromMarkdown = FooterInspector.InspectMarkdown(markdown.Text, expected);
            bool same = fromHtml.Numbers.Select(n => (n.Number, n.Href, n.Context)).SequenceEqual(fromMarkdown.Numbers.Select(n => (n.Number, n.Href, n.Context)));
            // The generator pairs unrelated numbers: a service number under one license shown with another license
            // is two subjects (FTR0310, a warning).
            bool twoLicenses = content.IcpNumber.LicenseNumber is IcpLicenseNumber under && content.LicenseNumber is IcpLicenseNumber shown && !under.IsSameRecordAs(shown);
            bool clean = fromMarkdown.Findings.All(f => f.RuleId == "FTR0205" || (f.RuleId == "FTR0310" && twoLicenses));
            return (same && clean && fromMarkdown.Numbers.Length > 0).Label(markdown.Text + " → " + string.Join(", ", fromMarkdown.Findings.Select(f => f.Message)));
        });

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property Utf8_and_utf16_inputs_give_identical_results()
        => Prop.ForAll(PageScannerEquivalenceTests.Soup.ToArbitrary(), html =>
        {
            FooterInspection fromText = FooterInspector.Inspect(html);
            FooterInspection fromBytes = FooterInspector.Inspect(Encoding.UTF8.GetBytes(html));
            FooterInspection fromUtf16 = FooterInspector.Inspect(Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(html)).ToArray());
            return (Same(fromText, fromBytes) && Same(fromText, fromUtf16)).Label(html);
        });

    // UTF-8 is read as bytes, not decoded to UTF-16 first: offsets, lines, near misses and findings must still be
    // those of the decoded text, also where bytes are damaged (each invalid sequence is the U+FFFD it decodes to).
    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property Damaged_utf8_gives_what_its_decoded_text_gives()
        => Prop.ForAll(PageScannerEquivalenceTests.Soup.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (html, seed) =>
        {
            byte[] bytes = Encoding.UTF8.GetBytes(html);
            var random = new System.Random(seed);
            for (int k = 0; k < bytes.Length / 40; k++)
            {
                bytes[random.Next(bytes.Length)] = (byte)random.Next(256);
            }

            string decoded = Encoding.UTF8.GetString(bytes);
            FooterInspection fromBytes = FooterInspector.Inspect(bytes);
            FooterInspection fromText = FooterInspector.Inspect(decoded);
            bool sameFindings = fromText.Findings.Select(f => (f.RuleId, f.Message, f.Offset, f.Line, f.Occurrences))
                .SequenceEqual(fromBytes.Findings.Select(f => (f.RuleId, f.Message, f.Offset, f.Line, f.Occurrences)));
            return (fromText.Numbers.SequenceEqual(fromBytes.Numbers) && sameFindings).Label(decoded);
        });

    [Fact]
    public void A_utf8_page_gives_offsets_in_its_utf16_text()
    {
        // A four-byte character (two UTF-16 units), an invalid byte and a three-byte one before the number.
        byte[] page = [.. Encoding.UTF8.GetBytes("<p>😀"), 0xFF, .. Encoding.UTF8.GetBytes("版权\n<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>")];
        FoundNumber found = Assert.Single(FooterInspector.Inspect(page).Numbers);
        string text = Encoding.UTF8.GetString(page);
        Assert.Equal((text.IndexOf('京'), 2, "https://beian.miit.gov.cn/"), (found.Offset, found.Line, found.Href));
    }

    [Fact]
    public void A_page_read_from_a_stream_gives_what_its_bytes_give()
    {
        const string Page = "<p>&#20140;ICP备12345678号-1 <!-- 粤B2-20090059 --> 京ICP备1234567890123号</p>";
        byte[] bytes = Encoding.UTF8.GetBytes(Page);
        FooterInspection fromBytes = FooterInspector.Inspect(bytes);
        using var seekable = new System.IO.MemoryStream(bytes);
        using var unseekable = new System.IO.BufferedStream(new OneByteAtATime(bytes), 3);
        Assert.True(Same(fromBytes, FooterInspector.Inspect(seekable)));
        Assert.True(Same(fromBytes, FooterInspector.Inspect(unseekable)));
        Assert.True(Same(FooterInspector.Inspect(Page), fromBytes));
        var expected = new ExpectedFooterNumbers(IcpFilingNumber.Parse("京ICP备12345678号-1").Value);
        Assert.True(Same(FooterInspector.Inspect(bytes, expected), FooterInspector.Inspect(new System.IO.MemoryStream(bytes), expected)));
    }

    [Fact]
    public void A_stream_longer_than_the_limit_is_refused_with_a_clear_error()
    {
        var endless = new OneByteAtATime(new byte[16]) { Endless = true };
        System.IO.InvalidDataException error = Assert.Throws<System.IO.InvalidDataException>(() => PageBuffer.Read(endless, 1000));
        Assert.Contains("longer than 1,000 bytes", error.Message, System.StringComparison.Ordinal);
        using (PageBuffer full = PageBuffer.Read(new OneByteAtATime(new byte[1000]), 1000))
        {
            Assert.Equal(1000, full.Bytes.Length);
        }

        Assert.Throws<System.IO.InvalidDataException>(() => PageBuffer.Read(new OneByteAtATime(new byte[1001]), 1000));

        // A stream that says how long it is is refused before a byte is read.
        using var huge = new LongerThanItIs(new System.IO.MemoryStream(new byte[8]));
        Assert.Throws<System.IO.InvalidDataException>(() => FooterInspector.Inspect(huge));
    }

    [Fact]
    public void A_gbk_page_is_decoded_by_its_meta_charset_or_by_the_callers_encoding()
    {
        Encoding gbk = CodePagesEncodingProvider.Instance.GetEncoding(936)!;
        const string Page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>"
            + "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a> 京公网安备11010802012345号</body></html>";
        byte[] bytes = gbk.GetBytes(Page);
        FooterInspection inspection = FooterInspector.Inspect(bytes);
        Assert.Equal(["京ICP备12345678号-1", "京公网安备11010802012345号"], inspection.Numbers.Select(n => n.Number.ToString()));
        Assert.True(Same(FooterInspector.Inspect(Page), inspection));

        byte[] undeclared = gbk.GetBytes("<p>京ICP备12345678号-1</p>");
        Assert.Empty(FooterInspector.Inspect(undeclared).Numbers);
        Assert.Single(FooterInspector.Inspect(undeclared, gbk).Numbers);
        var expected = new ExpectedFooterNumbers(IcpFilingNumber.Parse("京ICP备12345678号-1").Value);
        Assert.Equal(["FTR0101"], Ids(FooterInspector.Inspect(undeclared, expected, gbk)));
    }

    private static bool Same(FooterInspection a, FooterInspection b)
        => a.Numbers.SequenceEqual(b.Numbers) && a.Findings.Select(f => (f.RuleId, f.Message, f.Offset)).SequenceEqual(b.Findings.Select(f => (f.RuleId, f.Message, f.Offset)));

    /// <summary>A stream that gives one byte per read and cannot seek (a network stream), optionally without end.</summary>
    private sealed class OneByteAtATime(byte[] bytes) : System.IO.Stream
    {
        private int _at;

        public bool Endless { get; init; }

        public override bool CanRead => true;

        public override bool CanSeek => false;

        public override bool CanWrite => false;

        public override long Length => throw new System.NotSupportedException();

        public override long Position { get => _at; set => throw new System.NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            if (count == 0 || (!Endless && _at >= bytes.Length))
            {
                return 0;
            }

            buffer[offset] = bytes[_at++ % bytes.Length];
            return 1;
        }

        public override void Flush()
        {
        }

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
    }

    /// <summary>A seekable stream whose length is beyond the limit.</summary>
    private sealed class LongerThanItIs(System.IO.Stream inner) : System.IO.Stream
    {
        public override bool CanRead => true;

        public override bool CanSeek => true;

        public override bool CanWrite => false;

        public override long Length => (long)FooterInspector.MaxStreamBytes + 1;

        public override long Position { get => 0; set => throw new System.NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count) => throw new System.InvalidOperationException("The length alone must refuse the stream.");

        public override void Flush() => inner.Flush();

        public override long Seek(long offset, System.IO.SeekOrigin origin) => throw new System.NotSupportedException();

        public override void SetLength(long value) => throw new System.NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count) => throw new System.NotSupportedException();
    }
}
