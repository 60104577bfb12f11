using System;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;

namespace IcpCompliance.AspNetCore;

/// <summary>
/// The site's footer as a Razor component: <c>&lt;IcpFooter /&gt;</c> in a Blazor layout, or
/// <c>&lt;component type="typeof(IcpFooter)" render-mode="Static" /&gt;</c> in a Razor page. Writes
/// <see cref="SiteFooter.Html"/>, the same markup as the <c>&lt;icp-footer /&gt;</c> tag helper.
/// </summary>
/// <remarks>Needs <see cref="IcpComplianceServiceCollectionExtensions.AddIcpCompliance(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>
/// on the server. It has no parameters and no interactivity: the footer is static markup in every render mode.</remarks>
public sealed class IcpFooter : ComponentBase
{
    /// <summary>The site's footer, from dependency injection.</summary>
    [Inject]
    private SiteFooter Footer { get; set; } = null!;

    /// <inheritdoc/>
    protected override void BuildRenderTree(RenderTreeBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.AddMarkupContent(0, Footer.Html);
    }
}
