namespace IcpCompliance.Footer;

/// <summary>Where in a page a number was found.</summary>
public enum FoundNumberContext
{
    /// <summary>In the page's text, where a visitor sees it.</summary>
    Text = 0,

    /// <summary>Inside an HTML comment (<c>&lt;!-- … --&gt;</c>): not displayed.</summary>
    Comment = 1,

    /// <summary>Inside a <c>&lt;script&gt;</c> element: displayed only if the script writes it, which a check of
    /// the HTML cannot know.</summary>
    Script = 2,

    /// <summary>In content the browser does not show: an element with the <c>hidden</c> attribute or an inline
    /// <c>display:none</c> or <c>visibility:hidden</c>, or the content of <c>title</c>, <c>textarea</c>,
    /// <c>template</c> or <c>noscript</c> (docs/footer.md lists the rules).</summary>
    Hidden = 3,
}
