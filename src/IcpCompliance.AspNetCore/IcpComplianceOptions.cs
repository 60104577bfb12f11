namespace IcpCompliance.AspNetCore;

/// <summary>
/// The site's numbers and copyright line, bound from the configuration section <c>"IcpCompliance"</c>
/// (<see cref="SectionName"/>) by <see cref="IcpComplianceServiceCollectionExtensions.AddIcpCompliance(Microsoft.Extensions.DependencyInjection.IServiceCollection)"/>
/// and checked when the app starts.
/// </summary>
/// <remarks>
/// <para>The number properties have the names of the MSBuild package's properties (<c>IcpFilingNumber</c>,
/// <c>PsbFilingNumber</c>), and are read the same way: with the strict parsers (only the canonical form, exactly as
/// the footer shows it), whitespace around the value ignored. A project can move its numbers between the project
/// file and <c>appsettings.json</c> unchanged.</para>
/// <para>A mutable options class, as the options pattern binds it; the footer is rendered from it once, at
/// start-up (<see cref="SiteFooter"/>).</para>
/// </remarks>
public sealed class IcpComplianceOptions
{
    /// <summary>The configuration section the options are bound from: <c>"IcpCompliance"</c>.</summary>
    public const string SectionName = "IcpCompliance";

    /// <summary>The site's ICP filing number (ICP备案号) as filed, with its <c>-n</c>: <c>京ICP备12345678号-1</c>,
    /// <c>粤ICP备2021150097号-1</c>. Required. The footer shows it as the province's display rule says (Guangdong
    /// sites show the subject's number without <c>-n</c>).</summary>
    public string? IcpFilingNumber { get; set; }

    /// <summary>The site's PSB filing number (公网安备案号), such as <c>京公网安备11010802012345号</c>, once it has
    /// one; null or empty for a footer without it.</summary>
    public string? PsbFilingNumber { get; set; }

    /// <summary>Who holds the copyright, shown first as <c>© holder</c>; null or empty for no copyright
    /// line.</summary>
    public string? Copyright { get; set; }
}
