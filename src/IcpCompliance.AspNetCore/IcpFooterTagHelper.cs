using System;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace IcpCompliance.AspNetCore;

/// <summary>
/// <c>&lt;icp-footer /&gt;</c> in a Razor page or MVC view: replaced by the site's footer
/// (<see cref="SiteFooter.Html"/>). Register it with <c>@addTagHelper *, IcpCompliance.AspNetCore</c> in
/// <c>_ViewImports.cshtml</c>.
/// </summary>
/// <remarks>The element is replaced whole: attributes written on it are not carried over (the footer's classes come
/// from <see cref="IcpCompliance.Footer.FooterOptions"/>). Safe to use from any thread.</remarks>
[HtmlTargetElement("icp-footer", TagStructure = TagStructure.WithoutEndTag)]
public sealed class IcpFooterTagHelper : TagHelper
{
    private readonly SiteFooter _footer;

    /// <summary>Creates the tag helper; Razor does, with the footer from dependency injection.</summary>
    /// <param name="footer">The site's footer.</param>
    /// <exception cref="ArgumentNullException"><paramref name="footer"/> is null.</exception>
    public IcpFooterTagHelper(SiteFooter footer)
    {
        ArgumentNullException.ThrowIfNull(footer);
        _footer = footer;
    }

    /// <inheritdoc/>
    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        output.Content.SetHtmlContent(_footer.Html);
    }
}
