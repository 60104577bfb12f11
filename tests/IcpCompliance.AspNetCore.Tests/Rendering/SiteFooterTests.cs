using System;
using System.Threading.Tasks;
using IcpCompliance.AspNetCore.Tests.Options;
using IcpCompliance.Footer;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;

namespace IcpCompliance.AspNetCore.Tests.Rendering;

/// <summary>The footer rendered from valid settings, and the tag helper and the component that write it.</summary>
public sealed class SiteFooterTests
{
    [Fact]
    public async Task A_Beijing_site_shows_its_own_number_with_its_PSB_number_and_copyright()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings("京ICP备12345678号-1", "京公网安备11010802012345号", "示例科技有限公司"));

        Assert.Equal(SampleFooter.Html, footer.Html);
        Assert.Equal(DisplayRule.ServiceNumber, footer.Footer.Rule);
        Assert.Equal(FooterFormat.Html, footer.Footer.Format);
    }

    [Fact]
    public async Task A_Guangdong_site_shows_its_subjects_number()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings("粤ICP备2021150097号-1"));

        Assert.Equal("粤ICP备2021150097号", footer.Footer.DisplayedNumber.ToString());
        Assert.Equal(DisplayRule.SubjectNumber, footer.Footer.Rule);
        Assert.Contains(">粤ICP备2021150097号</a>", footer.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_PSB_number_or_copyright_the_footer_has_only_the_ICP_number()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings("京ICP备12345678号-1", "", "  "));

        Assert.Equal(
            "<div class=\"icp-footer\"><a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">京ICP备12345678号-1</a></div>",
            footer.Html);
    }

    [Fact]
    public async Task Whitespace_around_the_values_is_layout_and_ignored()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings(" 京ICP备12345678号-1\n", "\t京公网安备11010802012345号 ", " 示例科技有限公司 "));

        Assert.Equal(SampleFooter.Html, footer.Html);
    }

    [Fact]
    public async Task The_copyright_holder_is_encoded_as_HTML_text()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings("京ICP备12345678号-1", null, "<script>x</script> & Co"));

        Assert.Contains("<span>© &lt;script&gt;x&lt;/script&gt; &amp; Co</span>", footer.Html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Settings_made_in_code_win_over_configuration_and_are_checked_the_same_way()
    {
        HostApplicationBuilder builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddIcpCompliance(options =>
        {
            options.IcpFilingNumber = "京ICP备12345678号-2";
            options.Copyright = "Code";
        });
        using IHost host = builder.Build();
        await host.StartAsync();
        Assert.Contains(">京ICP备12345678号-2</a>", host.Services.GetRequiredService<SiteFooter>().Html, StringComparison.Ordinal);

        HostApplicationBuilder bad = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        bad.Services.AddIcpCompliance(options => options.IcpFilingNumber = "京ICP备12345678号");
        using IHost badHost = bad.Build();
        await Assert.ThrowsAsync<Microsoft.Extensions.Options.OptionsValidationException>(() => badHost.StartAsync());
    }

    [Fact]
    public void Registering_twice_registers_one_validator_and_one_footer()
    {
        var services = new ServiceCollection();
        services.AddIcpCompliance().AddIcpCompliance();

        Assert.Single(services, d => d.ServiceType == typeof(Microsoft.Extensions.Options.IValidateOptions<IcpComplianceOptions>));
        Assert.Single(services, d => d.ServiceType == typeof(SiteFooter));
    }

    [Fact]
    public async Task The_component_writes_the_footers_markup()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings("京ICP备12345678号-1", "京公网安备11010802012345号", "示例科技有限公司"));
        await using ServiceProvider services = new ServiceCollection().AddSingleton(footer).BuildServiceProvider();
        await using var renderer = new HtmlRenderer(services, NullLoggerFactory.Instance);

        string html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<IcpFooter>()).ToHtmlString());

        Assert.Equal(footer.Html, html);
    }

    [Fact]
    public async Task The_tag_helper_replaces_its_element_with_the_footer()
    {
        SiteFooter footer = await StartupHost.StartAsync(StartupHost.Settings("京ICP备12345678号-1"));
        var context = new TagHelperContext("icp-footer", [], new System.Collections.Generic.Dictionary<object, object>(), "id");
        var output = new TagHelperOutput("icp-footer", [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()))
        {
            TagMode = TagMode.SelfClosing,
        };

        await new IcpFooterTagHelper(footer).ProcessAsync(context, output);

        Assert.Null(output.TagName);
        Assert.Equal(footer.Html, output.Content.GetContent());
        Assert.Throws<ArgumentNullException>(() => new IcpFooterTagHelper(null!));
    }

    [Fact]
    public void The_arguments_are_checked()
    {
        Assert.Throws<ArgumentNullException>(() => new SiteFooter(null!));
        Assert.Throws<ArgumentNullException>(() => IcpComplianceServiceCollectionExtensions.AddIcpCompliance(null!));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddIcpCompliance(null!));
    }
}
