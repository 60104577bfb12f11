using System;
using System.Linq;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

/// <summary>Boundaries of the label and length rules, lenient trimming, suffix splitting, the default value,
/// formatting, equality, and the filing TLD list of <see cref="DomainName"/>.</summary>
public sealed class DomainNameMutationTests
{
    private static DomainName Parse(string text, ParseMode mode = ParseMode.Strict) => DomainName.Parse(text, mode).AsT0;

    private static (ParseErrorCode, int) Error(string text, ParseMode mode = ParseMode.Strict)
    {
        ParseError e = DomainName.Parse(text, mode).AsT1;
        return (e.Code, e.Position);
    }

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

    [Theory]
    [InlineData("  example.com  ", "example.com")]
    [InlineData("example．com", "example.com")]
    [InlineData("example｡com", "example.com")]
    [InlineData("example。com。", "example.com")]
    [InlineData("\u3000EXAMPLE.com.\u3000", "example.com")]
    [InlineData("123.com", "123.com")]
    [InlineData("ab-cd.com", "ab-cd.com")]
    [InlineData("abc-d.com", "abc-d.com")]
    [InlineData("XN--FIQS8S.com", "xn--fiqs8s.com")]
    public void Lenient_mode_trims_folds_and_lower_cases(string text, string canonical)
    {
        Assert.Equal(canonical, Parse(text, ParseMode.Lenient).Name);
        Assert.True(DomainName.TryParse(text, ParseMode.Lenient, out DomainName viaTry));
        Assert.Equal(canonical, viaTry.Name);
    }

    [Theory]
    [InlineData("123.com")]
    [InlineData("ab-cd.com")]
    [InlineData("abc-d.com")]
    [InlineData("a.b")]
    [InlineData("a1.b2")]
    public void Strict_mode_accepts_canonical_names(string text)
        => Assert.Equal(text, Parse(text).Name);

    [Theory]
    [InlineData("   ", ParseMode.Lenient, ParseErrorCode.Empty, 0)]
    [InlineData("  .", ParseMode.Lenient, ParseErrorCode.Empty, 2)]
    [InlineData("example.com..", ParseMode.Lenient, ParseErrorCode.BadLabel, 12)]
    [InlineData("example.com.", ParseMode.Strict, ParseErrorCode.BadLabel, 12)]
    [InlineData(".example.com", ParseMode.Strict, ParseErrorCode.BadLabel, 0)]
    [InlineData(" example.com", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("example.Com", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 8)]
    [InlineData("exa mple.com", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 3)]
    [InlineData("  exa_mple.com", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 5)]
    [InlineData("example.c\u0001m", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 9)]
    [InlineData("example.例子", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 8)]
    [InlineData("com.123", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("  com.123", ParseMode.Lenient, ParseErrorCode.WrongPrefix, 2)]
    [InlineData("  localhost", ParseMode.Lenient, ParseErrorCode.WrongPrefix, 2)]
    [InlineData("ab-.com", ParseMode.Strict, ParseErrorCode.BadLabel, 0)]
    [InlineData("example.-com", ParseMode.Strict, ParseErrorCode.BadLabel, 8)]
    [InlineData("example.xn--", ParseMode.Strict, ParseErrorCode.BadLabel, 8)]
    [InlineData("example.ab--cd", ParseMode.Strict, ParseErrorCode.BadLabel, 8)]
    public void Errors_have_their_code_and_position(string text, ParseMode mode, ParseErrorCode code, int position)
    {
        Assert.Equal((code, position), Error(text, mode));
        Assert.False(DomainName.TryParse(text, mode, out DomainName value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void An_all_digit_top_level_domain_is_explained()
        => Assert.Equal(
            "A domain name needs at least two labels and a top-level domain that is not all digits.",
            DomainName.Parse("10.0.0.1").AsT1.Message);

    [Fact]
    public void Length_limits_report_where_the_name_became_too_long()
    {
        string label63 = new('a', 63);
        string name253 = string.Join('.', label63, label63, label63, new string('b', 57), "com");
        Assert.Equal((ParseErrorCode.TooLong, 252), Error("c." + name253));
        Assert.Equal((ParseErrorCode.TooLong, 254), Error(name253 + ".c"));
        Assert.Equal("A domain name has at most 253 characters (in its ASCII form).", DomainName.Parse("c." + name253).AsT1.Message);
        Assert.Equal((ParseErrorCode.BadLabel, 0), Error(new string('a', 1012)));
        Assert.Equal((ParseErrorCode.TooLong, 0), Error(new string('a', 1013)));
        Assert.Equal((ParseErrorCode.TooLong, 2), Error("  " + new string('a', 1013) + "  ", ParseMode.Lenient));
        Assert.Equal((ParseErrorCode.BadLabel, 0), Error(new string('例', 253) + ".cn", ParseMode.Lenient));
        Assert.Equal((ParseErrorCode.BadLabel, 3), Error("cn." + new string('例', 62) + ".cn", ParseMode.Lenient));
        Assert.True(DomainName.Parse(new string('例', 10) + ".cn", ParseMode.Lenient).IsT0);
        Assert.Equal(
            "Each label of a domain name has 1 to 63 letters, digits or hyphens, and does not start or end with a hyphen.",
            DomainName.Parse("-a.com").AsT1.Message);
    }

    [Fact]
    public void Try_format_fails_cleanly_on_every_short_buffer()
    {
        DomainName d = Parse("example.com");
        FormatAssert.FailsCleanlyOnEveryShortBuffer(d.TryFormat, "example.com");
    }

    [Fact]
    public void Only_the_canonical_format_string_is_accepted()
    {
        DomainName d = Parse("example.com");
        Assert.Equal("example.com", $"{d}");
        Assert.Equal("example.com", $"{d:G}");
        Assert.Equal("example.com", ((IFormattable)d).ToString("G", null));
        Assert.Throws<FormatException>(() => ((IFormattable)d).ToString("U", null));
        char[] buffer = new char[20];
        Assert.True(((ISpanFormattable)d).TryFormat(buffer, out int written, "G", null));
        Assert.Equal("example.com", new string(buffer, 0, written));
        Assert.Throws<FormatException>(() => ((ISpanFormattable)d).TryFormat(buffer, out _, "A", null));
    }

    [Fact]
    public void Equality_compares_the_ascii_name()
    {
        DomainName a = Parse("xn--fsqu00a.xn--fiqs8s");
        DomainName same = Parse("例子.中国", ParseMode.Lenient);
        DomainName other = Parse("example.com");
        Assert.True(a == same);
        Assert.False(a != same);
        Assert.True(a.Equals(same));
        Assert.True(a.Equals((object)same));
        Assert.Equal(a.GetHashCode(), same.GetHashCode());
        Assert.False(a == other);
        Assert.True(a != other);
        Assert.False(a.Equals(other));
        Assert.False(a.Equals((object)other));
        Assert.False(a == default);
        Assert.False(a.Equals(null));
        Assert.False(a.Equals((object)"xn--fsqu00a.xn--fiqs8s"));
        Assert.Equal(default(DomainName).GetHashCode(), default(DomainName).GetHashCode());
    }

    [Fact]
    public void Filing_lists_normalise_and_validate_their_entries()
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
