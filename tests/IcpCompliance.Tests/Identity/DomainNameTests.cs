using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed class DomainNameTests
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
        DomainName d = DomainName.Parse(text).AsT0;
        Assert.Equal(suffix, d.PublicSuffix);
        Assert.Equal(registrable, d.RegistrableDomain!.Value.Name);
        Assert.Equal(tld, d.TopLevelDomain);
        Assert.Equal(fileable, d.IsFileable);
        Assert.Equal(text == registrable, d.IsRegistrableDomain);
    }

    [Fact]
    public void A_public_suffix_has_no_registrable_domain()
    {
        DomainName d = DomainName.Parse("com.cn").AsT0;
        Assert.Null(d.RegistrableDomain);
        Assert.False(d.IsRegistrableDomain);
    }

    // 中国 is xn--fiqs8s (IANA root zone database); 例子 is the IDN test label used in RFC 3492's era examples.
    [Fact]
    public void Internationalised_names_become_punycode_and_back()
    {
        DomainName d = DomainName.Parse("例子。中国.", ParseMode.Lenient).AsT0;
        Assert.Equal("xn--fsqu00a.xn--fiqs8s", d.ToString());
        Assert.Equal("例子.中国", d.UnicodeName);
        Assert.True(d.IsFileable);
        Assert.Equal(d, DomainName.Parse("xn--fsqu00a.xn--fiqs8s").AsT0);
        Assert.Equal("xn--55qx5d.cn", DomainName.Parse("公司.cn", ParseMode.Lenient).AsT0.PublicSuffix);
    }

    [Fact]
    public void Lenient_mode_lower_cases_and_trims()
        => Assert.Equal("www.example.com", DomainName.Parse("  WWW.Example.COM. ", ParseMode.Lenient).AsT0.ToString());

    [Theory]
    [InlineData("ｅｘａｍｐｌｅ．ｃｏｍ", "example.com")]
    [InlineData("ＷＷＷ．Ｅｘａｍｐｌｅ１－２．ＣＯＭ", "www.example1-2.com")]
    [InlineData("BÜCHER.de", "xn--bcher-kva.de")]
    [InlineData("Bücher.DE", "xn--bcher-kva.de")]
    [InlineData("bücher.de", "xn--bcher-kva.de")]
    [InlineData("例子.ＣＮ", "xn--fsqu00a.cn")]
    public void Lenient_mode_folds_width_and_case_whether_or_not_the_host_has_icu(string text, string canonical)
        => Assert.Equal(canonical, DomainName.Parse(text, ParseMode.Lenient).AsT0.ToString());

    [Fact]
    public void Upper_case_outside_ascii_gives_the_same_name_as_lower_case()
        => Assert.Equal(
            DomainName.Parse("ångström.se", ParseMode.Lenient).AsT0,
            DomainName.Parse("ÅNGSTRÖM.SE", ParseMode.Lenient).AsT0);

    [Theory]
    [InlineData("ｅｘａｍｐｌｅ.com", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("  ａ..com", ParseMode.Lenient, ParseErrorCode.BadLabel, 4)]
    [InlineData(" \u3000ａｂ＿ｃ.com", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 4)]
    [InlineData("  ａ.ｂ.１２３", ParseMode.Lenient, ParseErrorCode.WrongPrefix, 2)]
    public void Folded_input_reports_positions_in_the_callers_text(string text, ParseMode mode, ParseErrorCode code, int position)
        => AssertError(text, mode, code, position);

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Full_width_and_upper_case_variants_parse_to_the_same_name(DomainName d, int seed)
    {
        var random = new System.Random(seed);
        var variant = new System.Text.StringBuilder();
        foreach (char c in d.ToString())
        {
            char shown = random.Next(2) == 0 ? char.ToUpperInvariant(c) : c;
            variant.Append(c == '.' ? (random.Next(2) == 0 ? '．' : '。')
                : random.Next(2) == 0 ? (char)(shown + 0xFEE0) : shown);
        }

        return DomainName.Parse(variant.ToString(), ParseMode.Lenient).Match(p => p == d, _ => false);
    }

    [Fact]
    public void A_custom_filing_list_replaces_the_default()
    {
        FilingTopLevelDomains list = FilingTopLevelDomains.Create(["ai", "中国"], "test list");
        Assert.True(DomainName.Parse("openai.ai").AsT0.IsFileableUnder(list));
        Assert.False(DomainName.Parse("example.com").AsT0.IsFileableUnder(list));
        Assert.True(list.Contains("xn--fiqs8s"));
        Assert.True(FilingTopLevelDomains.Create([".com.cn"], "a .cn category").Contains("com.cn"));
        Assert.Throws<System.ArgumentException>(() => FilingTopLevelDomains.Create(["a..b"], "bad"));
    }

    [Theory]
    [InlineData("", ParseErrorCode.Empty, 0)]
    [InlineData("Example.com", ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("example..com", ParseErrorCode.BadLabel, 8)]
    [InlineData("-example.com", ParseErrorCode.BadLabel, 0)]
    [InlineData("example-.com", ParseErrorCode.BadLabel, 0)]
    [InlineData("ab--cd.com", ParseErrorCode.BadLabel, 0)]
    [InlineData("xn--zz.com", ParseErrorCode.BadLabel, 0)]
    [InlineData("exa_mple.com", ParseErrorCode.InvalidCharacter, 3)]
    [InlineData("localhost", ParseErrorCode.WrongPrefix, 0)]
    [InlineData("192.168.0.1", ParseErrorCode.WrongPrefix, 0)]
    [InlineData("例子.中国", ParseErrorCode.InvalidCharacter, 0)]
    public void Each_error_has_its_code_and_position(string text, ParseErrorCode code, int position)
        => AssertError(text, ParseMode.Strict, code, position);

    [Fact]
    public void Length_limits_are_enforced()
    {
        string label63 = new('a', 63);
        Assert.True(DomainName.Parse(label63 + ".com").IsT0);
        Assert.Equal(ParseErrorCode.BadLabel, DomainName.Parse(label63 + "a.com").AsT1.Code);
        string name253 = string.Join('.', label63, label63, label63, new string('b', 57), "com");
        Assert.Equal(253, name253.Length);
        Assert.True(DomainName.Parse(name253).IsT0);
        Assert.Equal(ParseErrorCode.TooLong, DomainName.Parse("c." + name253).AsT1.Code);
    }

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool Canonical_form_round_trips(DomainName d)
        => DomainName.Parse(d.ToString()).Match(p => p == d, _ => false)
           && DomainName.Parse(d.UnicodeName.ToUpperInvariant(), ParseMode.Lenient).Match(p => p == d, _ => false)
           && d.Name.EndsWith(d.PublicSuffix, System.StringComparison.Ordinal)
           && d.RegistrableDomain!.Value.RegistrableDomain == d.RegistrableDomain;

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Arbitrary_strings_never_throw(string? text)
        => IcpFilingNumberTests.ErrorIsWellFormed(DomainName.Parse(text, ParseMode.Strict), text)
           && IcpFilingNumberTests.ErrorIsWellFormed(DomainName.Parse(text, ParseMode.Lenient), text);

    [Fact]
    public void Hostile_strings_give_errors_not_exceptions()
    {
        foreach (string? text in Examples.Hostile)
        {
            Assert.True(IcpFilingNumberTests.ErrorIsWellFormed(DomainName.Parse(text, ParseMode.Lenient), text));
        }
    }

    private static void AssertError(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        ParseError error = DomainName.Parse(text, mode).AsT1;
        Assert.Equal((code, position), (error.Code, error.Position));
    }
}
