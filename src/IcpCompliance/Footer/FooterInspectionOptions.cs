using System;
using IcpCompliance.Internal;

namespace IcpCompliance.Footer;

/// <summary>What <see cref="FooterInspector"/> is told about a page: which page of the site it is and, optionally,
/// the numbers the site has been issued.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record FooterInspectionOptions
{
    /// <summary>The options used when none are given: a home page, no expected numbers.</summary>
    public static FooterInspectionOptions Default { get; } = new();

    /// <summary>Which page of the site the page is; <see cref="PageKind.HomePage"/> by default.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The value is not a defined <see cref="PageKind"/>.</exception>
    public PageKind Page
    {
        get => _page;
        init
        {
            Preconditions.CheckEnumDefined(value, nameof(Page));
            _page = value;
        }
    }

    private readonly PageKind _page = PageKind.HomePage;

    /// <summary>The site's numbers, to check that the page shows them as the province's display rule requires; null
    /// to inspect the page on its own.</summary>
    public ExpectedFooterNumbers? Expected { get; init; }
}
