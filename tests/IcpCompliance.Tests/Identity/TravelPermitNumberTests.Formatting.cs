using System;
using IcpCompliance.Identity;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class TravelPermitNumberTests
{
    [Theory]
    [InlineData("H12345678")]
    [InlineData("M1234567890")]
    [InlineData("12345678")]
    [InlineData("A123456789")]
    public void Try_format_fails_cleanly_on_every_short_buffer(string text)
    {
        TravelPermitNumber n = Parse(text);
        FormatAssert.FailsCleanlyOnEveryShortBuffer(n.TryFormat, text);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        TravelPermitNumber n = Parse("M12345678");
        Assert.Equal("M12345678", $"{n}");
        Assert.Equal("M12345678", $"{n:G}");
        Assert.Equal("M12345678", ((IFormattable)n).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)n).ToString("F", null));
        char[] buffer = new char[16];
        Assert.True(((ISpanFormattable)n).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("M12345678", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)n).TryFormat(buffer, out _, "E", null));
    }
}
