using System;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Regions;

namespace IcpCompliance.Tests.Identity;

public sealed partial class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void Options_accept_only_the_listed_codes()
    {
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions(["91350100M0001TGQXM"]);
        Assert.True(UnifiedSocialCreditCode.Parse("91350100M0001TGQXM", ParseMode.Strict, options).Success);
        Assert.False(UnifiedSocialCreditCode.Parse("91350211M0000XUF46", ParseMode.Strict, options).Success);
        Assert.Throws<ArgumentException>(() => options.WithAcceptedExceptions(["91350100M0001TGQXO"]));
        Assert.Throws<System.ArgumentNullException>(() => UnifiedSocialCreditCode.Parse("x", ParseMode.Strict, null!));
    }

    // Issue 22 item 1: the form with options has the span Parse and the TryParse that returns the error too.
    [Theory]
    [InlineData("91350100M0001TGQXM", true)]
    [InlineData("91350100M000100Y43", true)]
    [InlineData("91350211M0000XUF46", false)]
    [InlineData("91350100m0001tgqxm", false)]
    [InlineData("9135010", false)]
    [InlineData("", false)]
    public void The_overloads_with_options_agree_with_the_string_Parse(string text, bool accepted)
    {
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.Default.WithAcceptedExceptions(["91350100M0001TGQXM"]);
        foreach (ParseMode mode in (ParseMode[])[ParseMode.Strict, ParseMode.Lenient])
        {
            ParseResult<UnifiedSocialCreditCode> expected = UnifiedSocialCreditCode.Parse(text, mode, options);
            Assert.Equal(expected, UnifiedSocialCreditCode.Parse(text.AsSpan(), mode, options));
            bool parsed = UnifiedSocialCreditCode.TryParse(text.AsSpan(), mode, options, out UnifiedSocialCreditCode value, out ParseError? error);
            Assert.Equal(expected.Success, parsed);
            if (parsed)
            {
                Assert.Equal(expected.Value, value);
                Assert.Null(error);
            }
            else
            {
                Assert.Equal(expected.Error, error);
            }
        }

        Assert.Equal(accepted, UnifiedSocialCreditCode.TryParse(text, ParseMode.Strict, options, out _, out _));
        Assert.Throws<ArgumentNullException>(() => UnifiedSocialCreditCode.Parse(text.AsSpan(), ParseMode.Strict, null!));
        Assert.Throws<ArgumentNullException>(() => UnifiedSocialCreditCode.TryParse(text.AsSpan(), ParseMode.Strict, null!, out _, out _));
    }

    [Fact]
    public void Options_validate_and_deduplicate_their_codes()
    {
        Assert.Empty(UnifiedSocialCreditCodeOptions.Default.AcceptedExceptions);
        Assert.Equal(UnifiedSocialCreditCodeOptions.KnownPilotCodes, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted.AcceptedExceptions);
        UnifiedSocialCreditCodeOptions options = UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted
            .WithAcceptedExceptions(["91350100M0001TGQXM", "91350100M000100Y40", "91350100M000100Y40"]);
        Assert.Equal(4, options.AcceptedExceptions.Length);
        Assert.Equal("91350100M000100Y40", options.AcceptedExceptions[3]);
        Assert.Throws<ArgumentNullException>(() => options.WithAcceptedExceptions(null!));
        Assert.Throws<ArgumentNullException>(() => options.WithAcceptedExceptions([null!]));
        Assert.Throws<ArgumentException>(() => options.WithAcceptedExceptions(["91350100M000100Y4"]));
        Assert.Throws<ArgumentException>(() => options.WithAcceptedExceptions(["91350100M000100Y433"]));
        Assert.Throws<ArgumentException>(() => options.WithAcceptedExceptions(["91350100m000100Y43"]));
        Assert.Throws<ArgumentNullException>(() => UnifiedSocialCreditCode.TryParse("91350100M000100Y43", ParseMode.Strict, null!, out _));
        Assert.Equal(Province.Fujian, UnifiedSocialCreditCode.Parse("91350100M000100Y43").Value.Province);
    }
}
