using System.Linq;
using IcpCompliance.Footer;

namespace IcpCompliance.Tests.Footer;

/// <summary>Which numbers a visitor sees, rule by rule as docs/footer.md lists them (and as the differential test
/// against Chromium in tests/IcpCompliance.AspNetCore.Tests checks them).</summary>
public sealed class FooterVisibilityTests
{
    private const string Number = "京ICP备12345678号-1";

    private static FoundNumber Single(string html) => Assert.Single(FooterInspector.Inspect(html).Numbers);

    [Theory]
    [InlineData("<html><head><title>" + Number + "</title></head><body></body></html>")]
    [InlineData("<textarea>" + Number + "</textarea>")]
    [InlineData("<template><p>" + Number + "</p></template>")]
    [InlineData("<noscript>" + Number + "</noscript>")]
    [InlineData("<div hidden>" + Number + "</div>")]
    [InlineData("<span HIDDEN=\"hidden\">" + Number + "</span>")]
    [InlineData("<div style=\"display:none\">" + Number + "</div>")]
    [InlineData("<span style=\"color: #555; DISPLAY : None ;\">" + Number + "</span>")]
    [InlineData("<div style=\"visibility:hidden !important\">" + Number + "</div>")]
    [InlineData("<div style='visibility: collapse'>" + Number + "</div>")]
    [InlineData("<a hidden href=\"https://beian.miit.gov.cn/\">" + Number + "</a>")]
    [InlineData("<div hidden><div><p>x</p></div>" + Number + "</div>")]
    [InlineData("<div style=\"display:block;display:none\">" + Number + "</div>")] // the last display declaration wins
    [InlineData("<div style=\"display:none !important;display:block\">" + Number + "</div>")] // !important over the rest
    [InlineData("<div style=\"display:none;display:nonsense\">" + Number + "</div>")] // an invalid value is dropped
    [InlineData("<div style=\"display:none;display:\">" + Number + "</div>")]
    public void A_number_the_browser_does_not_show_is_hidden_and_reported(string html)
    {
        FooterInspection inspection = FooterInspector.Inspect(html);
        Assert.Equal(FoundNumberContext.Hidden, Assert.Single(inspection.Numbers).Context);
        Assert.Equal(["FTR0403", "FTR0308"], inspection.Findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("<div hidden><div>x</div></div><p>" + Number + "</p>")]
    [InlineData("<img hidden src=\"/x.png\"><p>" + Number + "</p>")]
    [InlineData("<div style=\"display:block\">" + Number + "</div>")]
    [InlineData("<div style=\"display:none;display:block\">" + Number + "</div>")] // the last display declaration wins
    [InlineData("<div style=\"DISPLAY : None ; display : Inline-Flex\">" + Number + "</div>")]
    [InlineData("<div style=\"display:none;display:inline-block !important\">" + Number + "</div>")]
    [InlineData("<div class=\"hidden-xs\" data-style=\"x\">" + Number + "</div>")]
    [InlineData("<div title=\"hidden\">" + Number + "</div>")]
    public void Content_after_hidden_content_and_lookalike_attributes_stay_visible(string html)
        => Assert.Equal(FoundNumberContext.Text, Single(html).Context);

    [Theory]
    [InlineData("京ICP备1234<!-- x -->5678号-1")]
    [InlineData("京ICP备1234<!---->5678号-1")]
    [InlineData("京ICP备1234<wbr>5678号-1")]
    [InlineData("京ICP备1234<span hidden>0</span>5678号-1")]
    [InlineData("京ICP备1234<span style=\"display:none\">0</span>5678号-1")]
    [InlineData("京ICP备1234<div hidden>0</div>5678号-1")]
    public void What_the_browser_joins_is_read_as_one_number(string text)
    {
        FoundNumber found = Single("<p>" + text + "</p>");
        Assert.Equal((Number, FoundNumberContext.Text, 3), (found.Number.ToString(), found.Context, found.Offset));
    }

    [Theory]
    [InlineData("<div hidden><script>var end = '</div>';</script>" + Number + "</div>")]
    [InlineData("<div hidden><SCRIPT>document.write('<div></div></div>')</SCRIPT>" + Number + "</div>")]
    [InlineData("<div style=\"display:none\"><style>/* </div> */</style>" + Number + "</div>")]
    [InlineData("<div hidden><textarea></div></textarea>" + Number + "</div>")]
    [InlineData("<div hidden><title></div></title>" + Number + "</div>")]
    [InlineData("<div hidden><template></div></template>" + Number + "</div>")]
    [InlineData("<div hidden><noscript></div></noscript>" + Number + "</div>")]
    [InlineData("<div hidden><script>var end = '</div>';" + Number)]
    public void An_end_tag_spelt_inside_a_script_or_text_element_does_not_end_a_hidden_element(string html)
    {
        // The browser reads a script's, a style's and a textarea's content as text up to its own end tag: the
        // "</div>" in it is no tag, and the hidden div goes on.
        FooterInspection inspection = FooterInspector.Inspect(html);
        Assert.Equal(FoundNumberContext.Hidden, Assert.Single(inspection.Numbers).Context);
        Assert.Equal(["FTR0403", "FTR0308"], inspection.Findings.Select(f => f.RuleId));
    }

    [Theory]
    [InlineData("<div hidden><script>var end = '</div>';</script></div><p>" + Number + "</p>")]
    [InlineData("<div hidden><div><script>x</script></div></div>" + Number)]
    [InlineData("<div hidden><scripts></div>" + Number)]
    public void Content_after_a_hidden_element_holding_a_script_stays_visible(string html)
        => Assert.Equal(FoundNumberContext.Text, Single(html).Context);

    // CSS visibility is inherited, and a descendant that sets visibility:visible is shown inside a parent hidden by
    // visibility:hidden (CSS 2.1 §11.2: "descendants of the element will be visible if they have 'visibility:
    // visible'"); display:none and the hidden attribute take the whole subtree out of the rendering whatever it says.
    [Theory]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:collapse\">x<p>y</p><p style='VISIBILITY : Visible'>" + Number + "</p></div>")]
    [InlineData("<div style=\"visibility:hidden\"><div><span style=\"visibility:visible\"><b>" + Number + "</b></span></div></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible\">x</span><p style=\"visibility:visible\">" + Number + "</p></div>")]
    [InlineData("<div style=\"visibility:hidden\"><div style=\"visibility:hidden\"><p style=\"visibility:visible\">" + Number + "</p></div></div>")]
    [InlineData("<div style=\"visibility:hidden\"><p style=\"visibility:visible\"><span style=\"visibility:hidden\">x<b style=\"visibility:visible\">" + Number + "</b></span></p></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:hidden;visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:visible;visibility:hidden\"><span style=\"visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible !important;visibility:hidden\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible;visibility:nonsense\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:initial\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><!-- <span> --><script>var s = '<p>';</script><img src=x style=\"visibility:visible\"><span style=\"visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible\">" + Number)]
    public void A_number_in_a_child_that_is_visible_again_inside_visibility_hidden_is_shown(string html)
    {
        FooterInspection inspection = FooterInspector.Inspect(html);
        Assert.Equal(FoundNumberContext.Text, Assert.Single(inspection.Numbers).Context);
        Assert.DoesNotContain(inspection.Findings, f => f.RuleId is "FTR0403" or "FTR0308");
    }

    [Theory]
    [InlineData("<div style=\"display:none\"><span style=\"visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div hidden><span style=\"visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><div hidden><span style=\"visibility:visible\">" + Number + "</span></div></div>")]
    [InlineData("<div style=\"visibility:hidden\"><div style=\"display:none\"><p style=\"visibility:visible\">" + Number + "</p></div></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible\" hidden>" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden;display:none\"><span style=\"visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible\">x</span>" + Number + "</div>")]
    [InlineData("<div style=\"visibility:hidden\"><p style=\"visibility:visible\"><span>x</span><p>y</p></p>" + Number + "</div>")]
    [InlineData("<div style=\"visibility:hidden\"><p style=\"visibility:visible\"><span style=\"visibility:hidden\">" + Number + "</span></p></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:visible;visibility:hidden\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:hidden !important;visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span style=\"visibility:inherit\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><span class=\"visible\" data-style=\"visibility:visible\">" + Number + "</span></div>")]
    [InlineData("<div style=\"visibility:hidden\"><textarea style=\"visibility:visible\">" + Number + "</textarea></div>")]
    [InlineData("<div style=\"visibility:hidden\"><!-- <span style=\"visibility:visible\"> -->" + Number + "</div>")]
    [InlineData("<div style=\"visibility:hidden\"><script>var s = '<span style=\"visibility:visible\">';</script>" + Number + "</div>")]
    [InlineData("<title><span style=\"visibility:visible\">" + Number + "</span></title>")]
    public void A_number_outside_a_visible_again_child_or_in_one_under_display_none_stays_hidden(string html)
    {
        FooterInspection inspection = FooterInspector.Inspect(html);
        Assert.Equal(FoundNumberContext.Hidden, Assert.Single(inspection.Numbers).Context);
        Assert.Equal(["FTR0403", "FTR0308"], inspection.Findings.Select(f => f.RuleId));
    }

    [Fact]
    public void Visible_and_hidden_parts_of_one_visibility_hidden_element_are_told_apart_in_page_order()
    {
        const string Psb = "京公网安备11010802012345号";
        const string Licence = "粤B2-20090059";
        string html = "<footer style=\"visibility:hidden\">" + Psb + "<p style=\"visibility:visible\"><a href=\"https://beian.miit.gov.cn/\">"
            + Number + "</a></p>" + Licence + "</footer><p>" + Psb + "</p>";
        Assert.Equal(
            [(Psb, FoundNumberContext.Hidden, false), (Number, FoundNumberContext.Text, true), (Licence, FoundNumberContext.Hidden, false), (Psb, FoundNumberContext.Text, false)],
            FooterInspector.Inspect(html).Numbers.Select(n => (n.Number.ToString(), n.Context, n.IsLinked)));
    }

    [Fact]
    public void A_visible_again_child_of_a_link_hidden_by_visibility_is_in_the_link()
    {
        FoundNumber found = Single("<a href=\"https://beian.miit.gov.cn/\" style=\"visibility:hidden\">x<span style=\"visibility:visible\">" + Number + "</span></a>");
        Assert.Equal((FoundNumberContext.Text, true, "https://beian.miit.gov.cn/"), (found.Context, found.IsLinked, found.Href));
    }

    [Fact]
    public void Text_does_not_join_across_an_element_hidden_by_visibility_with_a_visible_again_child()
    {
        // The hidden part keeps its box, so the browser shows a gap where the scanner would otherwise join the text.
        FooterInspection inspection = FooterInspector.Inspect("<p>京ICP备1234<span style=\"visibility:hidden\">0<b style=\"visibility:visible\">x</b></span>5678号-1</p>");
        Assert.Empty(inspection.Numbers);
    }

    [Fact]
    public void Visible_again_children_nested_deeper_than_the_cap_stay_hidden()
    {
        Assert.Equal(FoundNumberContext.Text, Single(Nested(HiddenContent.MaxShownDepth)).Context);
        Assert.Equal(FoundNumberContext.Hidden, Single(Nested(HiddenContent.MaxShownDepth + 1)).Context);

        static string Nested(int levels)
        {
            string html = Number;
            for (int level = 0; level < levels; level++)
            {
                html = "<div style=\"visibility:hidden\"><div style=\"visibility:visible\">" + html + "</div></div>";
            }

            return html;
        }
    }

    [Fact]
    public void Visibility_nested_a_hundred_thousand_levels_deep_is_read_in_bounded_stack()
    {
        var html = new System.Text.StringBuilder();
        for (int level = 0; level < 100_000; level++)
        {
            html.Append("<i style=\"visibility:hidden\"><b style=\"visibility:visible\">");
        }

        string page = html.Append(Number).ToString();
        Assert.Equal(FoundNumberContext.Hidden, Single(page).Context);
        Assert.Equal(FoundNumberContext.Hidden, Assert.Single(FooterInspector.Inspect(System.Text.Encoding.UTF8.GetBytes(page)).Numbers).Context);
    }

    [Theory]
    [InlineData("<cookie-consent-banner hidden>a</cookie-consent-banner><p>" + Number + "</p>", FoundNumberContext.Text)]
    [InlineData("<cookie-consent-banner hidden>" + Number + "</cookie-consent-banner>", FoundNumberContext.Hidden)]
    [InlineData("<site-footer-container-element style=\"visibility:hidden\"><site-footer-visible-number style=\"visibility:visible\">"
        + Number + "</site-footer-visible-number>x</site-footer-container-element>", FoundNumberContext.Text)]
    [InlineData("<div style=\"visibility:hidden\"><site-footer-visible-number style=\"visibility:visible\">x</site-footer-visible-number>"
        + Number + "</div>", FoundNumberContext.Hidden)]
    public void A_custom_element_with_a_long_name_ends_at_its_end_tag_from_utf8_as_from_utf16(string html, FoundNumberContext context)
    {
        // From UTF-8 a tag's name is widened into a small buffer; a longer one must still find its end tag.
        Assert.Equal(context, Single(html).Context);
        Assert.Equal(context, Assert.Single(FooterInspector.Inspect(System.Text.Encoding.UTF8.GetBytes(html)).Numbers).Context);
    }

    [Theory]
    [InlineData("<div style=\"visibility:hidden\">京ICP备1<span style=\"visibility:visible\">" + Number + "<a href=\"x\">粤B2-20090059</a></span>京公网安备11010802012345号<b style=\"visibility:visible\">沪ICP备2021000001号</b></div>")]
    [InlineData("<a href=\"https://beian.miit.gov.cn/\" style=\"visibility:hidden\"><span style=\"visibility:visible\">" + Number + "</span>京公网安备11010802012345号</a>")]
    [InlineData("<div style=\"visibility:hidden\"><p style=\"visibility:visible\">甲<div style=\"visibility:hidden\">" + Number + "<i style=\"visibility:visible\">粤B2-20090059</i></div></p></div>")]
    public void Utf8_and_utf16_inputs_give_the_same_numbers_inside_visibility_hidden(string html)
    {
        FooterInspection fromText = FooterInspector.Inspect(html);
        FooterInspection fromBytes = FooterInspector.Inspect(System.Text.Encoding.UTF8.GetBytes(html));
        Assert.NotEmpty(fromText.Numbers);
        Assert.Contains(fromText.Numbers, n => n.Context == FoundNumberContext.Text);
        Assert.Equal(fromText.Numbers.ToArray(), fromBytes.Numbers.ToArray());
        Assert.Equal(fromText.Findings.Select(f => (f.RuleId, f.Offset)), fromBytes.Findings.Select(f => (f.RuleId, f.Offset)));
        Assert.Equal(ReferencePageScanner.Scan(html), PageScanner.Scan(html));
    }

    [Fact]
    public void A_hidden_number_beside_a_visible_copy_is_no_finding()
        => Assert.Empty(FooterInspector.Inspect("<div hidden>" + Number + "</div><a href=\"https://beian.miit.gov.cn/\">" + Number + "</a>").Findings);
}
