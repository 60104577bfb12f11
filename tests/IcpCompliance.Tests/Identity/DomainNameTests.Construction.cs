using System;
using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class DomainNameTests
{
    [Fact]
    public void The_default_value_holds_no_name()
    {
        DomainName d = default;
        Assert.Equal(string.Empty, d.Name);
        Assert.Equal(string.Empty, d.UnicodeName);
        Assert.Equal(string.Empty, d.ToString());
        Assert.Throws<InvalidOperationException>(() => d.TopLevelDomain);
        Assert.Throws<InvalidOperationException>(() => d.PublicSuffix);
        Assert.Null(d.RegistrableDomain);
        Assert.False(d.IsRegistrableDomain);
        Assert.False(d.IsFileable);
        Assert.False(d.IsFileableUnder(FilingTopLevelDomains.Create(["com"], "test")));
        Assert.True(d.TryFormat(Span<char>.Empty, out int written));
        Assert.Equal(0, written);
        Assert.Throws<ArgumentNullException>(() => Parse("example.com").IsFileableUnder(null!));
    }
}
