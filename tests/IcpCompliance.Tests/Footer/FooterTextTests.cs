using System.Text;
using IcpCompliance.Footer;

namespace IcpCompliance.Tests.Footer;

/// <summary>The encoders of caller-supplied text, character by character: what each place encodes and what it leaves
/// alone, and what normalization replaces.</summary>
public sealed class FooterTextTests
{
    [Theory]
    [InlineData("\0\U0001F600", " \U0001F600")]              // a pair after a replacement is kept whole
    [InlineData("\uFDD0\uFDEF\uFDF0", "\uFFFD\uFFFD\uFDF0")]  // the noncharacter block's ends, and the character after it
    [InlineData("\uFFFE\uFFFF", "\uFFFD\uFFFD")]
    [InlineData("x\uD83F\uDFFFy", "x\uFFFDy")]                // U+1FFFF: one replacement for the pair
    [InlineData("a\r\nb\tc\u007F", "a  b c ")]
    public void Normalize_replaces_controls_lone_surrogates_and_noncharacters(string text, string expected)
        => Assert.Equal(expected, FooterText.Normalize(text));

    [Fact]
    public void Normalize_replaces_each_lone_surrogate()
    {
        // Not as InlineData: an attribute's strings are stored as UTF-8, where a lone surrogate does not survive.
        Assert.Equal("a\uFFFDb", FooterText.Normalize("a\uDC00b"));
        Assert.Equal("\uFFFD", FooterText.Normalize("\uD800"));
        Assert.Equal("\uFFFDx", FooterText.Normalize("\uD800x"));
        Assert.Equal("\uFFFD\uFFFD", FooterText.Normalize("\uDC00\uD800"));
    }

    [Fact]
    public void Normalize_returns_clean_text_itself()
    {
        string clean = "示例 \U0001F600 & Co";
        Assert.Same(clean, FooterText.Normalize(clean));
    }

    [Fact]
    public void Html_text_encodes_markup_but_not_quotes_and_attributes_encode_both()
    {
        const string text = "<a href=\"x\" title='y'>&</a>";
        Assert.Equal("&lt;a href=\"x\" title='y'&gt;&amp;&lt;/a&gt;", new StringBuilder().AppendHtmlText(text).ToString());
        Assert.Equal("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;", new StringBuilder().AppendHtmlAttribute(text).ToString());
    }

    [Fact]
    public void Markdown_text_escapes_every_ascii_character_but_letters_digits_and_space()
    {
        Assert.Equal("aZ9 \\!\\~\\\u007F\\\u0001é示", new StringBuilder().AppendMarkdownText("aZ9 !~\u007F\u0001é示").ToString());
    }

    [Fact]
    public void A_markdown_destination_percent_encodes_what_would_end_it()
    {
        Assert.Equal("</a%3Cb%3Ec%20d%5Ce%20f%20g?h=1&i>", new StringBuilder().AppendMarkdownDestination("/a<b>c d\\e\nf\u0001g?h=1&i").ToString());
    }
}
