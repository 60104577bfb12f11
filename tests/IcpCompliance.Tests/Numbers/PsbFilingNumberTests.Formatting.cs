using System;
using IcpCompliance.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class PsbFilingNumberTests
{
    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        PsbFilingNumber n = Parse(Beijing);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, Beijing);

        char[] large = new char[40];
        Assert.True(n.TryFormat(large, out int largeWritten));
        Assert.Equal(Beijing, new string(large, 0, largeWritten));
    }

    [Fact]
    public void Try_format_digits_writes_the_record_code_only()
    {
        PsbFilingNumber n = Parse(Beijing);
        for (int size = 0; size < 14; size++)
        {
            Assert.False(n.TryFormatDigits(new char[size], out int written), $"size {size}");
            Assert.Equal(0, written);
        }

        char[] exact = new char[14];
        Assert.True(n.TryFormatDigits(exact, out int exactWritten));
        Assert.Equal("11010802012345", new string(exact, 0, exactWritten));

        PsbFilingNumber legacy = Parse("京公网安备110105001181号");
        char[] large = new char[20];
        Assert.True(legacy.TryFormatDigits(large, out int legacyWritten));
        Assert.Equal("110105001181", new string(large, 0, legacyWritten));
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        PsbFilingNumber n = Parse(Beijing);
        Assert.Equal(Beijing, $"{n}");
        Assert.Equal(Beijing, $"{n:G}");
        Assert.Equal(Beijing, ((IFormattable)n).ToString(null, null));
        Assert.Equal(Beijing, ((IFormattable)n).ToString("G", null));
        Assert.Equal(Beijing, ((IFormattable)n).ToString(string.Empty, null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("X", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("g", null));

        char[] buffer = new char[32];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(Beijing, new string(buffer, 0, written));
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out written, default, null));
        Assert.Equal(Beijing, new string(buffer, 0, written));
        Assert.False(((ISpanFormattable)n).TryFormat(new char[3], out written, "G", null));
        Assert.Equal(0, written);
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "D", null));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "GG", null));
    }
}
