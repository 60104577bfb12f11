using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Tests.TestSupport;
using Xunit;

namespace IcpCompliance.Tests.Footer;

/// <summary>The inspector reads the host of a common link without a <see cref="Uri"/>: for every link it must give
/// the host that <see cref="Uri"/> gives.</summary>
public sealed class FooterLinkHostTests
{
    private static readonly Gen<string> Links = Gen.ListOf(Gen.Elements(
            "https://", "http://", "HTTPS://", "Http://", "//", "ftp://", "https:", "beian", "miit", "mps", "gov", "cn", "www", ".", "..",
            "-", "--", "a-b", "0x7f", "0", "1", "123", "255", "xn--fiqs8s", "例子", "中国", "A", "Z", "q", ":", ":443", ":8080", "/", "?", "#",
            "@", "user@", "%41", "%2e", "\\", " ", "\t", "\n", "code=11010802012345", "#/query/webSearch?code=1", "_", "~", "[::1]"))
        .Select(parts => string.Concat(parts));

    [Property(MaxTest = 20_000 / Cases.Divisor)]
    public Property The_fast_host_reading_agrees_with_Uri()
        => Prop.ForAll(Links.ToArbitrary(), href => string.Equals(FooterInspector.Host(href), UriHost(href), StringComparison.Ordinal).Label(href));

    [Theory]
    [InlineData("https://beian.miit.gov.cn/", "beian.miit.gov.cn")]
    [InlineData("https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345", "beian.mps.gov.cn")]
    [InlineData("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345", "www.beian.gov.cn")]
    [InlineData("https://BEIAN.MIIT.GOV.CN/", "beian.miit.gov.cn")]
    [InlineData("https://0x7f.1/", "127.0.0.1")]
    [InlineData("//beian.miit.gov.cn/", "beian.miit.gov.cn")]
    [InlineData("/relative/path", null)]
    [InlineData("ftp://beian.miit.gov.cn/", null)]
    public void Hosts_of_known_links(string href, string? host)
    {
        Assert.Equal(host, FooterInspector.Host(href));
        Assert.Equal(host, UriHost(href));
    }

    // The fast reading gives up to Uri with the same answer, so a slip that made it give up too often showed in no
    // result: it is held to the links it must read itself.
    [Theory]
    [InlineData("https://beian.miit.gov.cn/", "beian.miit.gov.cn")]
    [InlineData("https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345", "beian.mps.gov.cn")]
    [InlineData("http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=1", "www.beian.gov.cn")]
    [InlineData("http://a-1.b2.cn?x", "a-1.b2.cn")]
    [InlineData("https://example.com", "example.com")]
    public void The_common_links_are_read_without_a_uri(string href, string host)
        => Assert.Equal(host, FooterInspector.PlainHost(href));

    [Theory]
    [InlineData("http://a..b/")]          // an empty label, which Uri refuses
    [InlineData("http://.a/")]
    [InlineData("http://a./")]
    [InlineData("https://1.2.3.4/")]      // the last label must be letters
    [InlineData("https://a.b-c/")]
    [InlineData("https://Beian.miit.gov.cn/")]
    [InlineData("HTTPS://beian.miit.gov.cn/")]
    [InlineData("https://a_b.cn/")]
    [InlineData("https://a.cn:443/")]
    [InlineData("ftp://a.cn/")]
    [InlineData("https://")]
    public void Anything_else_is_left_to_uri(string href)
        => Assert.Null(FooterInspector.PlainHost(href));

    // What the inspector did before the fast path, for every link.
    private static string? UriHost(string href)
    {
        string cleaned = href.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        string absolute = cleaned.StartsWith("//", StringComparison.Ordinal) ? "https:" + cleaned : cleaned;
        return Uri.TryCreate(absolute, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.Host
            : null;
    }
}
