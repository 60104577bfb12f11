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

    [Fact]
    public void A_hidden_number_beside_a_visible_copy_is_no_finding()
        => Assert.Empty(FooterInspector.Inspect("<div hidden>" + Number + "</div><a href=\"https://beian.miit.gov.cn/\">" + Number + "</a>").Findings);
}
