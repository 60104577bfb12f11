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
}
