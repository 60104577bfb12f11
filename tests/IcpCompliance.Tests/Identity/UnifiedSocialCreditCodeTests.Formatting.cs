using System;
using IcpCompliance.Identity;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        const string text = "91350100M000100Y43";
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).Value;
        FormatAssert.FailsCleanlyOnEveryShortBuffer(code.TryFormat, text);
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        const string text = "91350100M000100Y43";
        UnifiedSocialCreditCode code = UnifiedSocialCreditCode.Parse(text).Value;
        Assert.Equal(text, $"{code}");
        Assert.Equal(text, $"{code:G}");
        Assert.Equal(text, ((IFormattable)code).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)code).ToString("X", null));
        char[] buffer = new char[20];
        Assert.True(((ISpanFormattable)code).TryFormat(buffer, out int written, "G", null));
        Assert.Equal(text, new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)code).TryFormat(buffer, out _, "x", null));
    }
}
