using System;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Footer;

/// <summary>The renderer's options and refusals with their words: the documented defaults, an icon address of another
/// scheme, a subject number outside Guangdong, default numbers and missing arguments.</summary>
public sealed partial class FooterRendererTests
{
    [Fact]
    public void The_default_options_are_as_documented()
    {
        var options = new FooterOptions();
        Assert.True(options.OpenLinksInNewTab);
        Assert.Equal("icp-footer", options.ContainerCssClass);
        Assert.Null(options.LinkCssClass);
        Assert.Same(FooterOptions.DefaultPsbIconUrl, options.PsbIconUrl);
        Assert.Equal("/beian.png", FooterOptions.DefaultPsbIconUrl.OriginalString);
        Assert.Equal(" | ", options.Separator);
        Assert.Equal(FooterLabels.None, options.Labels);
        Assert.Equal(options, FooterOptions.Default);
    }

    [Fact]
    public void An_icon_address_of_another_scheme_is_refused_with_its_reason()
    {
        ArgumentException e = Assert.Throws<ArgumentException>(() => new FooterOptions { PsbIconUrl = new Uri("javascript:alert(1)") });
        Assert.StartsWith("The PSB icon URL must be relative, http or https.", e.Message);
        Assert.Equal(nameof(FooterOptions.PsbIconUrl), e.ParamName);
    }

    [Fact]
    public void Default_numbers_and_missing_arguments_are_refused_with_their_reasons()
    {
        IcpFilingNumber icp = Icp("京ICP备12345678号-1");
        ArgumentException noIcp = Assert.Throws<ArgumentException>(() => new FooterContent(default));
        Assert.StartsWith("The ICP filing number is the default value and holds no number.", noIcp.Message);
        Assert.Equal("IcpNumber", noIcp.ParamName);
        ArgumentException noPsb = Assert.Throws<ArgumentException>(() => new FooterContent(icp) { PsbNumber = default(PsbFilingNumber) });
        Assert.StartsWith("The PSB filing number is the default value and holds no number.", noPsb.Message);
        Assert.Equal("PsbNumber", noPsb.ParamName);
        ArgumentException noLicense = Assert.Throws<ArgumentException>(() => new FooterContent(icp) { LicenseNumber = default(IcpLicenseNumber) });
        Assert.StartsWith("The license number is the default value and holds no number.", noLicense.Message);
        Assert.Equal("LicenseNumber", noLicense.ParamName);
        ArgumentException noExpected = Assert.Throws<ArgumentException>(() => new ExpectedFooterNumbers(default));
        Assert.StartsWith("The ICP filing number is the default value and holds no number.", noExpected.Message);
        Assert.Equal("IcpNumber", noExpected.ParamName);
        Assert.Equal("Options", Assert.Throws<ArgumentNullException>(() => new FooterContent(icp) { Options = null! }).ParamName);

        Assert.Equal("content", Assert.Throws<ArgumentNullException>(() => FooterRenderer.Render(null!)).ParamName);
        Assert.Equal("format", Assert.Throws<ArgumentOutOfRangeException>(() => FooterRenderer.Render(new FooterContent(icp), (FooterFormat)9)).ParamName);
        Assert.Null(new FooterContent(icp) { LicenseNumber = null, PsbNumber = null }.LicenseNumber);
    }

    [Fact]
    public void A_subject_number_outside_guangdong_is_refused_in_both_languages()
    {
        FooterRefusal refusal = FooterRenderer.Render(new FooterContent(Icp("浙ICP备12345678号")), FooterFormat.Text).AsT2;
        Assert.Equal("浙ICP备12345678号 is a subject's number; a site in Zhejiang must show its own number with -n (such as 浙ICP备12345678号-1).", refusal.Message);
        Assert.Equal("浙ICP备12345678号 是主体备案号；浙江的网站必须显示带-n的网站备案号（如 浙ICP备12345678号-1）。", refusal.MessageChinese);
    }
}
