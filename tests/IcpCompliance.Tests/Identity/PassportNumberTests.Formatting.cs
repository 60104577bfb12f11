using System;
using IcpCompliance.Identity;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class PassportNumberTests
{
    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        const string text = "CHN E12345678";
        PassportNumber p = PassportNumber.Parse(text).Value;
        FormatAssert.FailsCleanlyOnEveryShortBuffer(p.TryFormat, text);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        PassportNumber p = PassportNumber.Parse("CHN E12345678").Value;
        Assert.Equal("CHN E12345678", $"{p}");
        Assert.Equal("CHN E12345678", $"{p:G}");
        Assert.Equal("CHN E12345678", ((IFormattable)p).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)p).ToString("P", null));
        char[] buffer = new char[30];
        Assert.True(((ISpanFormattable)p).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("CHN E12345678", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)p).TryFormat(buffer, out _, "R", null));
    }
}
