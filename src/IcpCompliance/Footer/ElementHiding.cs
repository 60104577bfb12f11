namespace IcpCompliance.Footer;

/// <summary>What a start tag's attributes do to what a browser shows of the element, from the weakest to the
/// strongest (an element's attributes together do the strongest any of them does).</summary>
internal enum ElementHiding
{
    /// <summary>Nothing: the element is shown as its parent is.</summary>
    None,

    /// <summary>An inline <c>visibility:visible</c>: the element's content is shown even inside an element hidden by
    /// its visibility, as <c>visibility</c> is inherited and a descendant may set it again.</summary>
    ShowsAgain,

    /// <summary>An inline <c>visibility:hidden</c> or <c>visibility:collapse</c>: the element keeps its box, its
    /// content is not shown except where a descendant <see cref="ShowsAgain"/>.</summary>
    Invisible,

    /// <summary>The <c>hidden</c> attribute or an inline <c>display:none</c>: the element and everything in it are not
    /// rendered, whatever the descendants say.</summary>
    NotRendered,
}
