namespace IcpCompliance.Footer;

/// <summary>The markup a footer is rendered in.</summary>
public enum FooterFormat
{
    /// <summary>An HTML fragment: one <c>div</c> holding the numbers as links.</summary>
    Html = 0,

    /// <summary>CommonMark: the numbers as inline links, the PSB icon as an image.</summary>
    Markdown = 1,

    /// <summary>Plain text on one line, for places that cannot hold links (the links are then the caller's
    /// job).</summary>
    Text = 2,
}
