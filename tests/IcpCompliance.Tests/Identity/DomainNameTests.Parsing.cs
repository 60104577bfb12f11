using FsCheck;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed partial class DomainNameTests
{
    // 中国 is xn--fiqs8s (IANA root zone database); 例子 is the IDN test label used in RFC 3492's era examples.
    [Fact]
    public void Internationalised_names_become_punycode_and_back()
    {
        DomainName d = DomainName.Parse("例子。中国.", ParseMode.Lenient).Value;
        Assert.Equal("xn--fsqu00a.xn--fiqs8s", d.ToString());
        Assert.Equal("例子.中国", d.UnicodeName);
        Assert.True(d.IsFileable);
        Assert.Equal(d, DomainName.Parse("xn--fsqu00a.xn--fiqs8s").Value);
        Assert.Equal("xn--55qx5d.cn", DomainName.Parse("公司.cn", ParseMode.Lenient).Value.PublicSuffix);
    }

    [Theory]
    [InlineData("ｅｘａｍｐｌｅ．ｃｏｍ", "example.com")]
    [InlineData("ＷＷＷ．Ｅｘａｍｐｌｅ１－２．ＣＯＭ", "www.example1-2.com")]
    [InlineData("BÜCHER.de", "xn--bcher-kva.de")]
    [InlineData("Bücher.DE", "xn--bcher-kva.de")]
    [InlineData("bücher.de", "xn--bcher-kva.de")]
    [InlineData("例子.ＣＮ", "xn--fsqu00a.cn")]
    public void Lenient_mode_folds_width_and_case_whether_or_not_the_host_has_icu(string text, string canonical)
        => Assert.Equal(canonical, DomainName.Parse(text, ParseMode.Lenient).Value.ToString());

    [Fact]
    public void Upper_case_outside_ascii_gives_the_same_name_as_lower_case()
        => Assert.Equal(
            DomainName.Parse("ångström.se", ParseMode.Lenient).Value,
            DomainName.Parse("ÅNGSTRÖM.SE", ParseMode.Lenient).Value);

    [Theory]
    [InlineData("ｅｘａｍｐｌｅ.com", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("  ａ..com", ParseMode.Lenient, ParseErrorCode.BadLabel, 4)]
    [InlineData(" \u3000ａｂ＿ｃ.com", ParseMode.Lenient, ParseErrorCode.InvalidCharacter, 4)]
    [InlineData("  ａ.ｂ.１２３", ParseMode.Lenient, ParseErrorCode.WrongPrefix, 2)]
    public void Folded_input_reports_positions_in_the_callers_text(string text, ParseMode mode, ParseErrorCode code, int position)
        => Assert.Equal((code, position), Error(text, mode));

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
    [InlineData("  WWW.Example.COM. ", "www.example.com")]
    public void Lenient_mode_trims_folds_and_lower_cases(string text, string canonical)
    {
        Assert.Equal(canonical, Parse(text, ParseMode.Lenient).Name);
        Assert.Equal(canonical, Parse(text, ParseMode.Lenient).ToString());
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
    [InlineData("", ParseMode.Strict, ParseErrorCode.Empty, 0)]
    [InlineData("Example.com", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
    [InlineData("example..com", ParseMode.Strict, ParseErrorCode.BadLabel, 8)]
    [InlineData("-example.com", ParseMode.Strict, ParseErrorCode.BadLabel, 0)]
    [InlineData("example-.com", ParseMode.Strict, ParseErrorCode.BadLabel, 0)]
    [InlineData("ab--cd.com", ParseMode.Strict, ParseErrorCode.BadLabel, 0)]
    [InlineData("xn--zz.com", ParseMode.Strict, ParseErrorCode.BadLabel, 0)]
    [InlineData("exa_mple.com", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 3)]
    [InlineData("localhost", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("192.168.0.1", ParseMode.Strict, ParseErrorCode.WrongPrefix, 0)]
    [InlineData("例子.中国", ParseMode.Strict, ParseErrorCode.InvalidCharacter, 0)]
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
            DomainName.Parse("10.0.0.1").Error.Message);

    [Fact]
    public void Length_limits_are_enforced_and_report_where_the_name_became_too_long()
    {
        string label63 = new('a', 63);
        Assert.True(DomainName.Parse(label63 + ".com").Success);
        Assert.Equal(ParseErrorCode.BadLabel, DomainName.Parse(label63 + "a.com").Error.Code);
        string name253 = string.Join('.', label63, label63, label63, new string('b', 57), "com");
        Assert.Equal(253, name253.Length);
        Assert.True(DomainName.Parse(name253).Success);
        Assert.Equal((ParseErrorCode.TooLong, 252), Error("c." + name253));
        Assert.Equal((ParseErrorCode.TooLong, 254), Error(name253 + ".c"));
        Assert.Equal("A domain name has at most 253 characters (in its ASCII form).", DomainName.Parse("c." + name253).Error.Message);
        Assert.Equal((ParseErrorCode.BadLabel, 0), Error(new string('a', 1012)));
        Assert.Equal((ParseErrorCode.TooLong, 0), Error(new string('a', 1013)));
        Assert.Equal((ParseErrorCode.TooLong, 2), Error("  " + new string('a', 1013) + "  ", ParseMode.Lenient));
        Assert.Equal((ParseErrorCode.BadLabel, 0), Error(new string('例', 253) + ".cn", ParseMode.Lenient));
        Assert.Equal((ParseErrorCode.BadLabel, 3), Error("cn." + new string('例', 62) + ".cn", ParseMode.Lenient));
        Assert.True(DomainName.Parse(new string('例', 10) + ".cn", ParseMode.Lenient).Success);
        Assert.Equal(
            "Each label of a domain name has 1 to 63 letters, digits or hyphens, and does not start or end with a hyphen.",
            DomainName.Parse("-a.com").Error.Message);
    }
}
