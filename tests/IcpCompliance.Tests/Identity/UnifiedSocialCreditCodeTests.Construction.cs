using System;
using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class UnifiedSocialCreditCodeTests
{
    [Fact]
    public void The_default_value_is_documented_and_has_no_characters()
    {
        UnifiedSocialCreditCode d = default;
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.OrganizationCode);
        Assert.NotEqual(d, UnifiedSocialCreditCode.Parse("91350100M000100Y43").Value);
        Assert.Equal('\0', d.RegistrationAuthorityCode);
        Assert.Equal('\0', d.OrganizationTypeCode);
        Assert.Equal('\0', d.CheckCharacter);
        Assert.True(d.PassesChecksum);
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
        Assert.NotEqual(d, new UnifiedSocialCreditCode(0, exception: false));
    }
}
