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
