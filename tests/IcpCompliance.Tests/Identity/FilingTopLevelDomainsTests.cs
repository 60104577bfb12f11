using System;
using System.Linq;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

/// <summary>The fileable-suffix list is three-valued data with a source and a date per suffix (facts §12): approved,
/// not approved, unclear, and unknown for a suffix it does not hold.</summary>
public sealed class FilingTopLevelDomainsTests
{
    private static readonly FilingTopLevelDomains Default = FilingTopLevelDomains.Default;

    private static DomainName Domain(string text) => DomainName.Parse(text, ParseMode.Lenient).Value;

    [Fact]
    public void The_built_in_list_holds_the_compiled_table_with_a_source_and_date_per_row()
    {
        Assert.Equal(255, Default.Entries.Length);
        Assert.Equal(214, Default.Entries.Count(e => e.Status == FilingSuffixStatus.Approved));
        Assert.Equal(17, Default.Entries.Count(e => e.Status == FilingSuffixStatus.Unclear));
        Assert.Equal(24, Default.Entries.Count(e => e.Status == FilingSuffixStatus.NotApproved));
        Assert.All(Default.Entries, e => Assert.False(string.IsNullOrWhiteSpace(e.Source) || string.IsNullOrWhiteSpace(e.AsOf), e.Suffix));
        Assert.Equal(Default.Entries.Select(e => e.Suffix).Order(StringComparer.Ordinal), Default.Entries.Select(e => e.Suffix));
        Assert.Contains("domain.miit.gov.cn", Default.Source, StringComparison.Ordinal);
    }

    /// <summary>The examples: .xyz, .vip, .shop, .club and .ltd are approved; gov is not approved outright.</summary>
    [Theory]
    [InlineData("example.xyz", FilingSuffixStatus.Approved)]
    [InlineData("example.vip", FilingSuffixStatus.Approved)]
    [InlineData("example.shop", FilingSuffixStatus.Approved)]
    [InlineData("example.club", FilingSuffixStatus.Approved)]
    [InlineData("example.ltd", FilingSuffixStatus.Approved)]
    [InlineData("example.com", FilingSuffixStatus.Approved)]
    [InlineData("例子.中国", FilingSuffixStatus.Approved)]
    [InlineData("example.com.cn", FilingSuffixStatus.Approved)]
    [InlineData("example.gov.cn", FilingSuffixStatus.Approved)]
    [InlineData("example.gov", FilingSuffixStatus.Unclear)]
    [InlineData("example.org", FilingSuffixStatus.Unclear)]
    [InlineData("example.tech", FilingSuffixStatus.Unclear)]
    [InlineData("example.io", FilingSuffixStatus.NotApproved)]
    [InlineData("example.ai", FilingSuffixStatus.NotApproved)]
    [InlineData("example.dev", FilingSuffixStatus.NotApproved)]
    [InlineData("example.zz", FilingSuffixStatus.Unknown)]
    public void A_domain_falls_under_its_public_suffix_or_its_tld(string domain, FilingSuffixStatus status)
    {
        Assert.Equal(status, Default.StatusOf(Domain(domain)));
        Assert.Equal(status == FilingSuffixStatus.Approved, Domain(domain).IsFileable);
    }

    [Fact]
    public void A_category_under_cn_is_found_before_the_tld_and_an_unlisted_category_falls_back_to_cn()
    {
        Assert.Equal("com.cn", Default.Find(Domain("www.example.com.cn"))!.Suffix);
        Assert.Equal("cn", Default.Find(Domain("example.cn"))!.Suffix);
        FilingTopLevelDomains onlyCn = FilingTopLevelDomains.Create(["cn"], "cn only");
        Assert.Equal("cn", onlyCn.Find(Domain("example.com.cn"))!.Suffix);
        Assert.Null(Default.Find(default));
        Assert.Equal(FilingSuffixStatus.Unknown, Default.StatusOf(default));
    }

    [Fact]
    public void A_provider_adds_or_replaces_a_row_without_changing_the_default()
    {
        var approvedIo = new FilingSuffix(".IO", FilingSuffixStatus.Approved, "MIIT announcement (hypothetical)", "2027-01-01", registry: "Internet Computer Bureau");
        FilingTopLevelDomains mine = Default.With(approvedIo);
        Assert.Equal(FilingSuffixStatus.Approved, mine.StatusOf(Domain("example.io")));
        Assert.Equal(FilingSuffixStatus.NotApproved, Default.StatusOf(Domain("example.io")));
        Assert.Equal(Default.Entries.Length, mine.Entries.Length);
        Assert.Equal("io", mine.Find(Domain("example.io"))!.Suffix);
        Assert.Equal(".io", approvedIo.DisplayName);
        Assert.Equal(".中国", Default.Find(Domain("例子.中国"))!.DisplayName);

        FilingTopLevelDomains own = FilingTopLevelDomains.FromEntries([approvedIo, new FilingSuffix("com", FilingSuffixStatus.Approved, "ours", "2026")], "our list");
        Assert.Equal(["com", "io"], own.TopLevelDomains);
        Assert.Equal(FilingSuffixStatus.Unknown, own.StatusOf(Domain("example.cn")));
    }

    [Fact]
    public void Invalid_rows_and_lists_are_programmer_errors()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new FilingSuffix("com", FilingSuffixStatus.Unknown, "s", "d"));
        Assert.Throws<ArgumentOutOfRangeException>(() => new FilingSuffix("com", (FilingSuffixStatus)9, "s", "d"));
        Assert.Throws<ArgumentException>(() => new FilingSuffix("..", FilingSuffixStatus.Approved, "s", "d"));
        Assert.Throws<ArgumentNullException>(() => new FilingSuffix("com", FilingSuffixStatus.Approved, null!, "d"));
        var com = new FilingSuffix("com", FilingSuffixStatus.Approved, "s", "d");
        Assert.Throws<ArgumentException>(() => FilingTopLevelDomains.FromEntries([com, com with { }], "twice"));
        Assert.Throws<ArgumentException>(() => FilingTopLevelDomains.FromEntries([com, null!], "null"));
        Assert.Throws<ArgumentNullException>(() => Default.With(null!));
    }
}
