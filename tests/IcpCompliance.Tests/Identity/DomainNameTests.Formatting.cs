using System;
using IcpCompliance.Identity;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class DomainNameTests
{
    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        DomainName d = Parse("example.com");
        FormatAssert.FailsCleanlyOnEveryShortBuffer(d.TryFormat, "example.com");
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        DomainName d = Parse("example.com");
        Assert.Equal("example.com", $"{d}");
        Assert.Equal("example.com", $"{d:G}");
        Assert.Equal("example.com", ((IFormattable)d).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)d).ToString("U", null));
        char[] buffer = new char[20];
        Assert.True(((ISpanFormattable)d).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("example.com", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)d).TryFormat(buffer, out _, "A", null));
    }
}
