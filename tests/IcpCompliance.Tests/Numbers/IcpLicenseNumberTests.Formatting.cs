using System;
using IcpCompliance.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Numbers;

public sealed partial class IcpLicenseNumberTests
{
    [Theory]
    [InlineData(Certificate)]
    [InlineData(B2)]
    [InlineData("京ICP证1234567890号")]
    public void Try_format_fails_cleanly_on_every_short_buffer(string text)
    {
        IcpLicenseNumber n = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, text);
        Assert.Equal(text, n.ToString());
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        IcpLicenseNumber n = Parse(B2);
        Assert.Equal(B2, $"{n}");
        Assert.Equal(B2, $"{n:G}");
        Assert.Equal(B2, ((IFormattable)n).ToString(null, null));
        Assert.Equal(B2, ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("N", null));
        char[] buffer = new char[16];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(B2, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "x", null));
    }
}
