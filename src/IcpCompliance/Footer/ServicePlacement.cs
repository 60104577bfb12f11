namespace IcpCompliance.Footer;

/// <summary>Where a service that is not a website shows its filing number instead of a page footer.</summary>
public enum ServicePlacement
{
    /// <summary>An App (suffix <c>A</c>): in a prominent place such as its About or Settings page, linked to the
    /// MIIT filing system.</summary>
    AppAboutOrSettingsPage = 1,

    /// <summary>A Mini Program (suffix <c>X</c>): the platform shows the number on the Mini Program's More Info
    /// (更多资料) page ("After launch, the filing number will automatically appear in the “More Info” section of the
    /// Mini Program—no manual placement needed.", the WeChat Mini Program guide).</summary>
    MiniProgramMoreInfoPage = 2,

    /// <summary>A quick app (suffix <c>K</c>): no source says where it shows its number.</summary>
    QuickAppUnknown = 3,
}
