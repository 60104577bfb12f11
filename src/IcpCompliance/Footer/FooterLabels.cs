namespace IcpCompliance.Footer;

/// <summary>Which labels, if any, a rendered footer puts before its numbers (the numbers themselves are never
/// translated).</summary>
public enum FooterLabels
{
    /// <summary>No labels: the numbers alone, as most real footers show them.</summary>
    None = 0,

    /// <summary>Simplified Chinese labels (<c>增值电信业务经营许可证：</c>, icon text <c>公安备案图标</c>).</summary>
    Chinese = 1,

    /// <summary>English labels (<c>ICP license: </c>, icon text <c>PSB filing icon</c>).</summary>
    English = 2,
}
