namespace IcpCompliance.Footer;

/// <summary>Which page of a site an inspected page is: the display rule names the home page.</summary>
public enum PageKind
{
    /// <summary>The site's home page (主页), where the display rule requires the ICP filing number: a page that shows
    /// none is an error (FTR0308, or FTR0301 given the expected numbers).</summary>
    HomePage = 0,

    /// <summary>Any other page. The sources name only the home page and are silent about the others, so a page that
    /// shows no ICP number is a warning (FTR0311) a user can raise.</summary>
    InnerPage = 1,
}
