using System;
using IcpCompliance.Footer;
using Microsoft.Extensions.Options;

namespace IcpCompliance.AspNetCore;

/// <summary>
/// The site's footer, rendered once from the validated <see cref="IcpComplianceOptions"/>: what the
/// <c>&lt;icp-footer /&gt;</c> tag helper and the <see cref="IcpFooter"/> component write. Inject it where a
/// footer is needed outside a page (an e-mail, a minimal API).
/// </summary>
/// <remarks>Registered as a singleton by
/// <see cref="IcpComplianceServiceCollectionExtensions.AddIcpCompliance(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>:
/// the numbers are read when the app starts, and a change to them takes a restart. Immutable; safe to use from any
/// thread.</remarks>
public sealed class SiteFooter
{
    /// <summary>Renders the footer from the options.</summary>
    /// <param name="options">The options, checked by the validator that
    /// <see cref="IcpComplianceServiceCollectionExtensions.AddIcpCompliance(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>
    /// registers.</param>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    /// <exception cref="OptionsValidationException">The options are not valid (reading
    /// <see cref="IOptions{TOptions}.Value"/> runs the validator).</exception>
    public SiteFooter(IOptions<IcpComplianceOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Footer = ConfiguredFooter.Render(options.Value).Match(
            footer => footer,
            errors => throw new OptionsValidationException(Options.DefaultName, typeof(IcpComplianceOptions), errors));
    }

    /// <summary>The rendered footer: its HTML, its display rule and the number it shows.</summary>
    public RenderedFooter Footer { get; }

    /// <summary>The footer's HTML fragment (one <c>div</c>), as <see cref="FooterRenderer"/> writes it.</summary>
    public string Html => Footer.Text;
}
