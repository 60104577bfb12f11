using System;
using IcpCompliance.Identity;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class ResidentIdNumberTests
{
    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        const string text = "11010519491231002X";
        ResidentIdNumber id = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(id.TryFormat, text);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        const string text = "11010519491231002X";
        ResidentIdNumber id = Parse(text);
        Assert.Equal(text, $"{id}");
        Assert.Equal(text, $"{id:G}");
        Assert.Equal(text, ((IFormattable)id).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)id).ToString("D", null));
        char[] buffer = new char[20];
        Assert.True(((ISpanFormattable)id).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(text, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)id).TryFormat(buffer, out _, "x", null));
    }
}
