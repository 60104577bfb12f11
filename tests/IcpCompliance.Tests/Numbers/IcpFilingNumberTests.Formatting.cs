using System;
using IcpCompliance.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpFilingNumberTests
{
    [Theory]
    [InlineData(9, "京ICP备12345678号-9")]
    [InlineData(10, "京ICP备12345678号-10")]
    [InlineData(99, "京ICP备12345678号-99")]
    [InlineData(100, "京ICP备12345678号-100")]
    [InlineData(100_000, "京ICP备12345678号-100000")]
    [InlineData(999_999, "京ICP备12345678号-999999")]
    public void The_index_is_written_with_all_its_digits(int index, string expected)
    {
        IcpFilingNumber n = Parse("京ICP备12345678号").WithServiceIndex(index);
        Assert.Equal(expected, n.ToString());
        Assert.Equal(n, Parse(expected));
    }

    [Theory]
    [InlineData("京ICP备12345678号")]
    [InlineData("京ICP备12345678号-1")]
    [InlineData("陕ICP备2024026116号-12A")]
    [InlineData("京ICP证030173号-1")]
    [InlineData("京ICP证1234567890号-999999A")]
    [InlineData("粤B2-20090059-1626X")]
    [InlineData("粤B2-20090059-1")]
    public void Try_format_fails_cleanly_on_every_short_buffer(string text)
    {
        IcpFilingNumber n = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, text);
        Assert.Equal(text, n.ToString());
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        const string text = "陕ICP备2024026116号-1A";
        IcpFilingNumber n = Parse(text);
        Assert.Equal(text, $"{n}");
        Assert.Equal(text, $"{n:G}");
        Assert.Equal(text, ((IFormattable)n).ToString(null, null));
        Assert.Equal(text, ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("C", null));
        char[] buffer = new char[32];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(text, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "G0", null));
    }
}
