using System;
using IcpCompliance.Identity;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class MobileNumberTests
{
    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        MobileNumber n = Parse("13812345678");
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, "13812345678");
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        MobileNumber n = Parse("13812345678");
        Assert.Equal("13812345678", $"{n}");
        Assert.Equal("13812345678", $"{n:G}");
        Assert.Equal("13812345678", ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("N0", null));
        char[] buffer = new char[16];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("13812345678", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "X", null));
    }
}
