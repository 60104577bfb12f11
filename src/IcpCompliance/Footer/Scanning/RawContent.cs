namespace IcpCompliance.Footer;

/// <summary>Content read as written (a comment's, a script's, hidden content's): where it starts and ends in the page,
/// and where the page goes on after it.</summary>
/// <param name="Start">The content's first unit.</param>
/// <param name="End">Where the content ends.</param>
/// <param name="Resume">Where the page goes on.</param>
/// <param name="InvisibleTag">For the content of an element hidden by its visibility only (whose descendants may show
/// themselves again, <see cref="ElementHiding.ShowsAgain"/>), the '&lt;' of its start tag; −1 for any other.</param>
internal readonly record struct RawContent(int Start, int End, int Resume, int InvisibleTag = -1);
