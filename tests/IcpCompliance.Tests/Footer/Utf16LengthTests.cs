using System;
using System.Linq;
using System.Text;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Tests.TestSupport;
using Xunit;

namespace IcpCompliance.Tests.Footer;

/// <summary>The UTF-16 length of UTF-8 bytes, which gives the UTF-16 offsets of numbers found in a page read as bytes:
/// what <see cref="Encoding.UTF8"/> counts, and counted by the vector checks wherever they can.</summary>
public sealed class Utf16LengthTests
{
    // Pieces whose bytes meet every check: ASCII, two- and three-byte characters, the three-byte leads with a narrower
    // second byte (U+0800, U+D7FF), four-byte characters, and bytes that are not UTF-8 (a lone continuation byte,
    // 0xC0, 0xC1, 0xF5, 0xFF, a lead byte cut short, an overlong form, an encoded surrogate).
    private static readonly Gen<byte[]> Bytes = Gen.ListOf(Gen.Elements(
            "a", "<p class=\"x\">", "\n", "é", "ß", "京", "公网安备", "北京市示例科技有限公司", "\u0800", "\u0FFF", "\u1000", "\uD7FF",
            "\uE000", "\uFFFD", "\uFFFF", "한국어", "\uD83D\uDE00", "x\uD840\uDC00")
        .Select(Encoding.UTF8.GetBytes)
        .Or(Gen.Elements<byte[]>([0x80], [0xBF], [0xC0, 0x80], [0xC1, 0xBF], [0xF5], [0xFF], [0xE4], [0xE4, 0xBA], [0xC3],
            [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80], [0xF0, 0x80, 0x80, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xF0, 0x9F])))
        .Select(parts => parts.SelectMany(part => part).ToArray());

    [Property(MaxTest = 5_000 / Cases.Divisor)]
    public Property Is_what_Encoding_UTF8_counts()
        => Prop.ForAll(Bytes.ToArbitrary(), bytes => (Utf16Length.Of(bytes) == Encoding.UTF8.GetCharCount(bytes)).Label(System.Convert.ToHexString(bytes)));

    // A page's Chinese text and ASCII markup are counted by the vector checks, at every length from 64 bytes on and at
    // every cut that falls between characters.
    [Fact]
    public void Well_formed_text_is_counted_by_the_vector_checks_at_every_length()
    {
        string page = string.Concat(Enumerable.Repeat("<p class=\"text\">北京市示例科技 &copy; é <a href=\"/news/1.html\">更多</a> Lorem.</p>\n", 6));
        for (int chars = 1; chars <= page.Length; chars++)
        {
            byte[] bytes = Encoding.UTF8.GetBytes(page[..chars]);
            Assert.Equal(bytes.Length >= 64, Utf16Length.TryOfWellFormed(bytes, out int units));
            Assert.Equal(bytes.Length >= 64 ? chars : 0, units);
        }
    }

    // What the vector checks do not count is left to Encoding.UTF8: each of these, anywhere in a run of well-formed text.
    [Theory]
    [InlineData(new byte[] { 0x80 })]
    [InlineData(new byte[] { 0xC1, 0xBF })]
    [InlineData(new byte[] { 0xC3, 0x41 })]
    [InlineData(new byte[] { 0xE4, 0xBA, 0x41 })]
    [InlineData(new byte[] { 0xE4, 0xBA, 0xAC, 0xAC })]
    [InlineData(new byte[] { 0xE0, 0xA0, 0x80 })]
    [InlineData(new byte[] { 0xED, 0x9F, 0xBF })]
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98, 0x80 })]
    [InlineData(new byte[] { 0xFF })]
    public void Anything_else_is_left_to_Encoding_UTF8(byte[] other)
    {
        byte[] text = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("京ICP备 <a>", 20)));
        for (int at = 0; at <= text.Length; at += 7)
        {
            byte[] bytes = [.. text.AsSpan(0, at), .. other, .. text.AsSpan(at)];
            Assert.False(Utf16Length.TryOfWellFormed(bytes, out _));
            Assert.Equal(Encoding.UTF8.GetCharCount(bytes), Utf16Length.Of(bytes));
        }

        // A character cut at the end.
        byte[] cut = Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("<a>京", 20)));
        Assert.True(Utf16Length.TryOfWellFormed(cut, out _));
        Assert.False(Utf16Length.TryOfWellFormed(cut.AsSpan(0, cut.Length - 1), out _));
    }
}
