using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

public sealed partial class FooterInspectorTests
{
    private static IcpFilingNumber Icp(string text) => IcpFilingNumber.Parse(text).Value;

    private static PsbFilingNumber Psb(string text) => PsbFilingNumber.Parse(text).Value;

    private static string[] Ids(FooterInspection inspection) => inspection.Findings.Select(f => f.RuleId).ToArray();

    [Fact]
    public void A_compliant_real_style_footer_with_entities_and_upper_case_tags_has_no_findings()
    {
        const string html = """
            <html><body>
            <DIV class=footer><P>&copy; 2026 示例公司
            <A TARGET=_blank HREF='https://beian.miit.gov.cn/#/Integrated/index'>&#20140;ICP&#x5907;12345678&#21495;-1</A>&nbsp;|&nbsp;
            <a rel="noopener" href="https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345&amp;x=1"><img src="/beian.png">京公网安备 11010802012345号</a>
            </P></DIV></body></html>
            """;
        FooterInspection inspection = FooterInspector.Inspect(html, new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")) { PsbNumber = Psb("京公网安备11010802012345号") });
        Assert.Empty(Ids(inspection));
        Assert.True(inspection.IsCompliant);
        Assert.Equal(2, inspection.Numbers.Length);
        FoundNumber icp = inspection.Numbers[0];
        Assert.Equal((3, html.IndexOf("&#20140;", StringComparison.Ordinal)), (icp.Line, icp.Offset));
        Assert.Equal("https://beian.miit.gov.cn/#/Integrated/index", icp.Href);
        Assert.Equal("https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345&x=1", inspection.Numbers[1].Href);
    }

    [Fact]
    public void A_retired_miitbeian_link_is_an_error()
    {
        FooterInspection inspection = FooterInspector.Inspect("<a href=\"http://www.miitbeian.gov.cn/\">京ICP备12345678号-1</a>");
        Assert.Equal(["FTR0102"], Ids(inspection));
        Assert.False(inspection.IsCompliant);
        Assert.Equal("http://www.miitbeian.gov.cn/", inspection.Findings[0].Href);
        Assert.Contains("京ICP备12345678号-1", inspection.Findings[0].Message);
    }

    [Theory]
    [InlineData("<p>京ICP备12345678号-1</p>", "FTR0101")]
    [InlineData("<a>京ICP备12345678号-1</a>", "FTR0101")]
    [InlineData("<a href=\"https://example.com/\">京ICP备12345678号-1</a>", "FTR0103")]
    [InlineData("<a href=\"javascript:void(0)\">京ICP备12345678号-1</a>", "FTR0103")]
    [InlineData("<a href=//beian.miit.gov.cn>京ICP备12345678号-1</a>", null)]
    public void Icp_links_are_checked(string html, string? id)
        => Assert.Equal(id is null ? [] : [id], Ids(FooterInspector.Inspect(html)));

    [Theory]
    [InlineData("<a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802099999\">京公网安备11010802012345号</a>", new[] { "FTR0203", "FTR0308" })]
    [InlineData("<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=11010802012345\">京公网安备11010802012345号</a>", new[] { "FTR0202", "FTR0308" })]
    [InlineData("<a href=\"http://www.beian.gov.cn/portal/registerSystemInfo?recordcode=1\">京公网安备11010802012345号</a>", new[] { "FTR0202", "FTR0203", "FTR0308" })]
    [InlineData("<a href=\"https://beian.mps.gov.cn/\">京公网安备11010802012345号</a>", new[] { "FTR0204", "FTR0308" })]
    [InlineData("<span>京公网安备11010802012345号</span>", new[] { "FTR0201", "FTR0308" })]
    [InlineData("<span>京公网安备110105001181号</span>", new[] { "FTR0205", "FTR0201", "FTR0308" })]
    public void Psb_links_are_checked(string html, string[] ids)
        => Assert.Equal(ids, Ids(FooterInspector.Inspect(html))); // A page with only a PSB number also shows no ICP number: FTR0308.

    [Fact]
    public void A_number_only_in_a_comment_or_script_is_reported_once_each()
    {
        const string html = "<!-- 京ICP备12345678号-1 --><!-- 京ICP备12345678号-1 -->\n<SCRIPT>document.write('京公网安备11010802012345号')</SCRIPT><script>var a = '<a>';</script>";
        FooterInspection inspection = FooterInspector.Inspect(html, new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")) { PsbNumber = Psb("京公网安备11010802012345号") });
        Assert.Equal(["FTR0401", "FTR0404"], Ids(inspection));
        Assert.EndsWith("京公网安备11010802012345号 (in a script)", inspection.Findings[1].Message);
        Assert.EndsWith("京公网安备11010802012345号（在脚本中）", inspection.Findings[1].MessageChinese);
        Assert.Equal([FoundNumberContext.Comment, FoundNumberContext.Comment, FoundNumberContext.Script], inspection.Numbers.Select(n => n.Context));
        Assert.Equal(2, inspection.Findings[1].Line);
    }

    [Fact]
    public void A_number_both_shown_and_commented_is_fine()
        => Assert.Empty(Ids(FooterInspector.Inspect("<!-- 京ICP备12345678号-1 --><a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>")));

    [Theory]
    [InlineData("粤ICP备2021150097号-1", "<a href=\"https://beian.miit.gov.cn/\">粤ICP备2021150097号</a>", new string[0])]
    [InlineData("粤ICP备2021150097号-1", "<a href=\"https://beian.miit.gov.cn/\">粤ICP备2021150097号-1</a>", new[] { "FTR0303" })]
    [InlineData("京ICP备12345678号-1", "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号</a>", new[] { "FTR0304" })]
    [InlineData("京ICP备12345678号-1", "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-2</a>", new[] { "FTR0302" })]
    [InlineData("京ICP备12345678号-1", "<p>© 示例</p>", new[] { "FTR0301" })]
    public void Expected_numbers_and_the_province_rule_are_checked(string expected, string html, string[] ids)
        => Assert.Equal(ids, Ids(FooterInspector.Inspect(html, new ExpectedFooterNumbers(Icp(expected)))));

    [Fact]
    public void Expected_psb_and_license_numbers_are_checked()
    {
        const string html = "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a><a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802099999\">京公网安备11010802099999号</a>";
        var expected = new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")) { PsbNumber = Psb("京公网安备11010802012345号"), LicenseNumber = IcpLicenseNumber.Parse("京ICP证030173号").Value };
        Assert.Equal(["FTR0306", "FTR0307"], Ids(FooterInspector.Inspect(html, expected)));
        Assert.Equal(["FTR0305"], Ids(FooterInspector.Inspect("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>", new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")) { PsbNumber = Psb("京公网安备11010802012345号") })));
    }

    [Fact]
    public void A_service_number_under_the_license_shows_the_license()
    {
        var expected = new ExpectedFooterNumbers(Icp("京ICP证030173号-1")) { LicenseNumber = IcpLicenseNumber.Parse("京ICP证030173号").Value };
        Assert.Empty(Ids(FooterInspector.Inspect("<a href=\"https://beian.miit.gov.cn/\">京ICP证030173号-1</a>", expected)));
    }

    [Fact]
    public void Numbers_in_attribute_values_are_not_shown()
        => Assert.Empty(FooterInspector.Inspect("<img alt=\"京ICP备12345678号-1\" title='京公网安备11010802012345号'>").Numbers);

    [Theory]
    [InlineData("京ICP备12345678号-1All rights reserved", "京ICP备12345678号-1")]
    [InlineData("北京ICP备12345678号 | 沪B2-20201234 | 川公网安备 51019002001128号", "京ICP备12345678号 沪B2-20201234 川公网安备51019002001128号")]
    [InlineData("京ICP备<b>12345678</b>号-1<br>2026", "京ICP备12345678号-1")]
    [InlineData("京ICP备12345678号<p>-1</p>", "京ICP备12345678号")]
    [InlineData("ＩＣＰ 京icp备12345678号－1 &#x4EAC;ICP&#22791;1234567号 萌ICP备20230001号", "京ICP备12345678号-1 京ICP备1234567号")]
    public void Finds_numbers_as_pages_write_them(string html, string numbers)
        => Assert.Equal(numbers, string.Join(" ", FooterInspector.Inspect(html).Numbers.Select(n => n.Number.ToString())));

    [Property(MaxTest = 1_000 / Cases.Divisor)]
    public Property Render_then_inspect_finds_exactly_the_rendered_numbers_and_nothing_wrong()
        => Prop.ForAll(FooterGenerators.Content(FooterGenerators.HostileWithoutNumbers, FooterGenerators.SeparatorsWithoutNumbers).ToArbitrary(), content =>
            FooterRenderer.Render(content).Match(
                footer =>
                {
                    var expected = new ExpectedFooterNumbers(content.IcpNumber) { PsbNumber = content.PsbNumber, LicenseNumber = content.LicenseNumber };
                    FooterInspection inspection = FooterInspector.Inspect(footer.Text, expected);
                    FilingNumber[] rendered = new FilingNumber?[]
                    {
                        footer.DisplayedNumber,
                        content.LicenseNumber is IcpLicenseNumber l ? l : null,
                        content.PsbNumber is PsbFilingNumber p ? p : null,
                    }.OfType<FilingNumber>().ToArray();
                    // The generator pairs unrelated numbers: a service number under one license shown with another
                    // license is two subjects (FTR0310, a warning).
                    bool twoLicenses = content.IcpNumber.LicenseNumber is IcpLicenseNumber under && content.LicenseNumber is IcpLicenseNumber shown && !under.IsSameRecordAs(shown);
                    bool legacyOnly = inspection.Findings.All(f => f.RuleId == "FTR0205" || (f.RuleId == "FTR0310" && twoLicenses));
                    return (legacyOnly && inspection.IsCompliant && inspection.Numbers.Select(n => n.Number).SequenceEqual(rendered)
                            && inspection.Numbers.All(n => n.Context == FoundNumberContext.Text))
                        .Label(footer.Text + " → " + string.Join(", ", inspection.Findings.Select(f => f.Message)));
                },
                _ => true.ToProperty(),
                _ => true.ToProperty()));

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public bool Inspection_never_throws_on_arbitrary_strings(NonNull<string> html)
    {
        FooterInspection inspection = FooterInspector.Inspect(html.Get, new ExpectedFooterNumbers(Icp("京ICP备12345678号-1")));
        return inspection.Numbers.All(n => n.Offset >= 0 && n.Offset < html.Get.Length && n.Line >= 1);
    }

    private static readonly Gen<string> MarkupSoup = Gen.ListOf(Gen.Elements(
            "<a href='", "<A HREF=", "\"", "'", ">", "</a>", "<!--", "-->", "<script>", "</SCRIPT>", "<style>", "</style>", "<br>", "<b>",
            "&#", "&#x", "4EAC;", "20140", ";", "&amp;", "&", "<", "京", "粤", "ICP备", "icp 备", "B2-", "公网安备", "12345678", "20090059",
            "11010802012345", "号", "-1", "A", " ", "\n", "https://beian.miit.gov.cn/", "?code=11010802012345"))
        .Select(parts => string.Concat(parts));

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public Property Every_found_number_points_at_its_first_character_and_line_in_markup_soup()
        => Prop.ForAll(MarkupSoup.ToArbitrary(), html =>
            FooterInspector.Inspect(html, new ExpectedFooterNumbers(Icp("粤ICP备2021150097号-1"))).Numbers.All(n =>
                (html[n.Offset] == '&' || html[n.Offset] == n.Number.ToString()[0])
                && n.Line == 1 + html.AsSpan(0, n.Offset).Count('\n')
                && (n.Href is null || n.IsLinked)).Label(html));

    [Property(MaxTest = 2_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public Property Inspection_never_throws_on_mangled_footers(IcpFilingNumber number, PsbFilingNumber psb, int cut)
    {
        string footer = "<A HREF=\"https://beian.miit.gov.cn/\">" + number + "</A><!-- x --><script>" + psb + "</script>&#x4EAC;&#";
        string mangled = footer[..(Math.Abs(cut % (footer.Length + 1)))];
        return FooterInspector.Inspect(mangled).Numbers.All(n => n.Offset < mangled.Length).ToProperty();
    }

    [Fact]
    public void Hostile_strings_never_throw()
    {
        foreach (string? text in Examples.Hostile)
        {
            _ = FooterInspector.Inspect(text ?? string.Empty);
        }

        _ = FooterInspector.Inspect("<a href='" + new string('&', 10_000) + "<!--" + new string('<', 10_000) + "<script" + "&#99999999999999999;");
    }

    [Fact]
    public void Null_html_is_a_programmer_error()
        => Assert.Throws<ArgumentNullException>(() => FooterInspector.Inspect(null!));
}
