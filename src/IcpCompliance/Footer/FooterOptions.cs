using System;

namespace IcpCompliance.Footer;

/// <summary>How a footer is rendered: link behaviour, CSS class names, the PSB icon, the separator and labels.</summary>
/// <remarks>Every string here is encoded for its place when rendered, so any value is safe. Immutable; safe to use
/// from any thread.</remarks>
public sealed record FooterOptions
{
    /// <summary>The PSB emblem as sites usually serve it after downloading it from the PSB platform:
    /// <c>/beian.png</c>, relative to the site's root.</summary>
    public static Uri DefaultPsbIconUrl { get; } = new("/beian.png", UriKind.Relative);

    /// <summary>The options used when none are given: links open in a new tab, container class <c>icp-footer</c>,
    /// the icon at <see cref="DefaultPsbIconUrl"/>, <c> | </c> between items, no labels.</summary>
    public static FooterOptions Default { get; } = new();

    /// <summary>Whether links open in a new tab (<c>target="_blank"</c> with <c>rel="noopener noreferrer"</c>).</summary>
    public bool OpenLinksInNewTab { get; init; } = true;

    /// <summary>The class of the HTML container element, or null for none.</summary>
    public string? ContainerCssClass { get; init; } = "icp-footer";

    /// <summary>The class of each link, or null for none.</summary>
    public string? LinkCssClass { get; init; }

    /// <summary>The PSB emblem shown left of the PSB number, or null to show no icon: a relative URL or an absolute
    /// <c>http</c> or <c>https</c> one.</summary>
    /// <exception cref="ArgumentException">The URL is absolute with another scheme (<c>javascript:</c>,
    /// <c>data:</c>, …), which has no place in a footer's image.</exception>
    public Uri? PsbIconUrl
    {
        get => _psbIconUrl;
        init
        {
            if (value is not null && value.IsAbsoluteUri && value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps)
            {
                throw new ArgumentException("The PSB icon URL must be relative, http or https.", nameof(PsbIconUrl));
            }

            _psbIconUrl = value;
        }
    }

    private readonly Uri? _psbIconUrl = DefaultPsbIconUrl;

    /// <summary>The text between items (copyright, ICP number, licence, PSB number); <c> | </c> by default.</summary>
    /// <remarks>An empty separator, or one that starts with a letter or digit, is rendered with a space before it,
    /// so the number before it cannot be misread (<c>…号-1</c> then <c>2</c>). A separator that starts with a dash
    /// reads as part of a number that ends in <c>号</c>: avoid it.</remarks>
    public string Separator { get; init; } = " | ";

    /// <summary>Which labels to put before the numbers.</summary>
    public FooterLabels Labels { get; init; } = FooterLabels.None;
}
