using System;
using System.Linq;
using IcpCompliance.Identity;

namespace IcpCompliance.Tests.Identity;

public sealed partial class DomainNameTests
{
    [Theory]
    [InlineData("www.example.com.cn", "com.cn", "example.com.cn", "cn", true)]
    [InlineData("example.com", "com", "example.com", "com", true)]
    [InlineData("a.b.gov.bj.cn", "bj.cn", "gov.bj.cn", "cn", true)]
    [InlineData("openai.ai", "ai", "openai.ai", "ai", false)]
    [InlineData("example.io", "io", "example.io", "io", false)]
    [InlineData("web.dev", "dev", "web.dev", "dev", false)]
    [InlineData("example.moe", "moe", "example.moe", "moe", false)]
    public void Splits_public_suffix_and_registrable_domain(string text, string suffix, string registrable, string tld, bool fileable)
    {
        DomainName d = DomainName.Parse(text).Value;
        Assert.Equal(suffix, d.PublicSuffix);
        Assert.Equal(registrable, d.RegistrableDomain!.Value.Name);
        Assert.Equal(tld, d.TopLevelDomain);
        Assert.Equal(fileable, d.IsFileable);
        Assert.Equal(text == registrable, d.IsRegistrableDomain);
    }

    [Fact]
    public void A_public_suffix_has_no_registrable_domain()
    {
        DomainName d = DomainName.Parse("com.cn").Value;
        Assert.Null(d.RegistrableDomain);
        Assert.False(d.IsRegistrableDomain);
    }

    [Fact]
    public void A_custom_filing_list_replaces_the_default()
    {
        FilingTopLevelDomains list = FilingTopLevelDomains.Create(["ai", "中国"], "test list");
        Assert.True(DomainName.Parse("openai.ai").Value.IsFileableUnder(list));
        Assert.False(DomainName.Parse("example.com").Value.IsFileableUnder(list));
        Assert.True(list.Contains("xn--fiqs8s"));
        Assert.True(FilingTopLevelDomains.Create([".com.cn"], "a .cn category").Contains("com.cn"));
        Assert.Throws<ArgumentException>(() => FilingTopLevelDomains.Create(["a..b"], "bad"));
    }

    [Theory]
    [InlineData("a.b.c.com", "com", "c.com")]
    [InlineData("www.gov.cn", "gov.cn", "www.gov.cn")]
    [InlineData("x.y.example.co.uk", "co.uk", "example.co.uk")]
    [InlineData("example.org.hk", "org.hk", "example.org.hk")]
    [InlineData("a.xn--55qx5d.cn", "xn--55qx5d.cn", "a.xn--55qx5d.cn")]
    [InlineData("uk.co", "co", "uk.co")]
    public void Public_suffix_and_registrable_domain(string text, string suffix, string registrable)
    {
        DomainName d = Parse(text);
        Assert.Equal(suffix, d.PublicSuffix);
        Assert.Equal(registrable, d.RegistrableDomain!.Value.Name);
        Assert.Equal(text == registrable, d.IsRegistrableDomain);
    }

    [Theory]
    [InlineData("gov.cn")]
    [InlineData("co.uk")]
    public void A_listed_suffix_is_not_registrable(string text)
    {
        DomainName d = Parse(text);
        Assert.Equal(text, d.PublicSuffix);
        Assert.Null(d.RegistrableDomain);
        Assert.False(d.IsRegistrableDomain);
    }

    [Fact]
    public void Filing_lists_normalize_and_validate_their_entries()
    {
        FilingTopLevelDomains list = FilingTopLevelDomains.Create([".COM", "中国", "Net"], "a test list");
        Assert.Equal("a test list", list.Source);
        Assert.Equal(["com", "net", "xn--fiqs8s"], list.TopLevelDomains.Order(StringComparer.Ordinal));
        Assert.True(list.Contains("com"));
        Assert.False(list.Contains("COM"));
        Assert.False(list.Contains("org"));
        Assert.Throws<ArgumentNullException>(() => list.Contains(null!));
        Assert.Throws<ArgumentNullException>(() => FilingTopLevelDomains.Create(null!, "x"));
        Assert.Throws<ArgumentNullException>(() => FilingTopLevelDomains.Create(["com"], null!));
        Assert.Throws<ArgumentNullException>(() => FilingTopLevelDomains.Create([null!], "x"));
        Assert.Throws<ArgumentException>(() => FilingTopLevelDomains.Create([string.Empty], "x"));
        Assert.Throws<ArgumentException>(() => FilingTopLevelDomains.Create(["."], "x"));

        Assert.True(FilingTopLevelDomains.Default.Contains("com"));
        Assert.True(FilingTopLevelDomains.Default.Contains("xn--fiqs8s"));
        Assert.False(FilingTopLevelDomains.Default.Contains("ai"));
        Assert.False(string.IsNullOrEmpty(FilingTopLevelDomains.Default.Source));
        Assert.True(Parse("example.cn").IsFileable);
        Assert.False(Parse("example.ai").IsFileable);
    }
}
