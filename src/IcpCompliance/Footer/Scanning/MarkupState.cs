namespace IcpCompliance.Footer;

/// <summary>Where the page scanner is: what the units from its position on are, and so which of its methods reads
/// them (one method per state, one dispatcher: <see cref="ScanPass{TUnit}"/>).</summary>
internal enum MarkupState
{
    /// <summary>Text: searched for the markup and the candidates of numbers in it.</summary>
    Text,

    /// <summary>A '&lt;' that the text's fast path (<see cref="MarkupReader{TUnit}.OrdinaryTagEnd"/>) did not read:
    /// a comment, a script, hidden content, any other markup, or a '&lt;' that is text.</summary>
    TagOpen,

    /// <summary>A comment's content, read as written for numbers a visitor does not see.</summary>
    Comment,

    /// <summary>A script's content, read as written.</summary>
    Script,

    /// <summary>The content of an element a browser does not show (<see cref="HiddenContent"/>).</summary>
    Hidden,

    /// <summary>The page's end.</summary>
    End,
}
