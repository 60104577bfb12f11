namespace IcpCompliance.Footer;

/// <summary>How serious a footer finding is.</summary>
public enum FooterSeverity
{
    /// <summary>Worth knowing; nothing to change.</summary>
    Info = 0,

    /// <summary>Probably wrong or out of date; not a breach of a display rule on its own.</summary>
    Warning = 1,

    /// <summary>Breaks a display rule: the footer is not compliant.</summary>
    Error = 2,
}
