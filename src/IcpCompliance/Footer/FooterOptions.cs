using System;

namespace IcpCompliance.Footer;

/// <summary>How a footer is rendered: link behavior, CSS class names, the PSB icon, the separator and labels.</summary>
/// <remarks>Every string here is encoded for its place when rendered, so markup in a value is safe. A
/// bidirectional control (U+202A–U+202E, U+2066–U+2069, U+200E, U+200F, U+061C) is refused with an
/// <see cref="ArgumentException"/>: it would make the footer read differently from what it says. Immutable; safe to
/// use from any thread.</remarks>
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
    /// <exception cref="ArgumentException">The value holds a bidirectional control.</exception>
    public string? ContainerCssClass
    {
        get => _containerCssClass;
        init
        {
            BidiControls.Refuse(value, "The container's CSS class", nameof(ContainerCssClass));
            _containerCssClass = value;
        }
    }

    private readonly string? _containerCssClass = "icp-footer";

    /// <summary>The class of each link, or null for none.</summary>
    /// <exception cref="ArgumentException">The value holds a bidirectional control.</exception>
    public string? LinkCssClass
    {
        get => _linkCssClass;
        init
        {
            BidiControls.Refuse(value, "The links' CSS class", nameof(LinkCssClass));
            _linkCssClass = value;
        }
    }

    private readonly string? _linkCssClass;

    /// <summary>The PSB emblem shown left of the PSB number, or null to show no icon: a relative URL or an absolute
    /// <c>http</c> or <c>https</c> one.</summary>
    /// <exception cref="ArgumentException">The URL is absolute with another scheme (<c>javascript:</c>,
    /// <c>data:</c>, …), which has no place in a footer's image, or it holds a bidirectional control.</exception>
    public Uri? PsbIconUrl
    {
        get => _psbIconUrl;
        init
        {
            if (value is not null && value.IsAbsoluteUri && value.Scheme != Uri.UriSchemeHttp && value.Scheme != Uri.UriSchemeHttps)
            {
                throw new ArgumentException("The PSB icon URL must be relative, http or https.", nameof(PsbIconUrl));
            }

            BidiControls.Refuse(value?.OriginalString, "The PSB icon URL", nameof(PsbIconUrl));

            _psbIconUrl = value;
        }
    }

    private readonly Uri? _psbIconUrl = DefaultPsbIconUrl;

    /// <summary>The text between items (copyright, ICP number, license, PSB number); <c> | </c> by default.</summary>
    /// <remarks>An empty separator, or one that starts with a letter or digit, is rendered with a space before it,
    /// so the number before it cannot be misread (<c>…号-1</c> then <c>2</c>). A separator that starts with a dash
    /// and a digit (after any spaces: <c> -9</c>, <c> － ９</c>) is refused: after a number that ends in <c>号</c> it
    /// reads as the number's index, and no space prevents that. A dash followed by anything else (<c> - </c>) is
    /// fine.</remarks>
    /// <exception cref="ArgumentException">The value holds a bidirectional control, or starts with a dash and a
    /// digit.</exception>
    public string Separator
    {
        get => _separator;
        init
        {
            BidiControls.Refuse(value, "The separator", nameof(Separator));
            if (FooterText.RunsIntoNumber(value))
            {
                throw new ArgumentException(
                    "The separator starts with a dash and a digit, which reads as the index of a number ending in 号 before it (号 -9 as 号-9); start it with another character.",
                    nameof(Separator));
            }

            _separator = value;
        }
    }

    private readonly string _separator = " | ";

    /// <summary>Which labels to put before the numbers.</summary>
    public FooterLabels Labels { get; init; } = FooterLabels.None;
}
