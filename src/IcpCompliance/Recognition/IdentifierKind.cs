namespace IcpCompliance.Recognition;

/// <summary>The kinds of text <see cref="IdentifierRecognizer"/> recognizes: the three numbers a site shows and the
/// identifiers a filing contains.</summary>
public enum IdentifierKind
{
    /// <summary>An ICP filing number (ICP备案号), <see cref="Numbers.IcpFilingNumber"/>, a service number under a
    /// license included.</summary>
    IcpFilingNumber = 1,

    /// <summary>An ICP Commercial License number (经营许可证), <see cref="Numbers.IcpLicenseNumber"/>.</summary>
    IcpLicenseNumber = 2,

    /// <summary>A PSB filing number (公网安备), <see cref="Numbers.PsbFilingNumber"/>.</summary>
    PsbFilingNumber = 3,

    /// <summary>A resident ID number or a residence permit number (居民身份证号码), <see cref="Identity.ResidentIdNumber"/>.</summary>
    ResidentIdNumber = 4,

    /// <summary>A unified social credit code (统一社会信用代码), <see cref="Identity.UnifiedSocialCreditCode"/>.</summary>
    UnifiedSocialCreditCode = 5,

    /// <summary>A Mainland mobile number (手机号码), <see cref="Identity.MobileNumber"/>.</summary>
    MobileNumber = 6,

    /// <summary>A Mainland Travel Permit number (回乡证, 台胞证), <see cref="Identity.TravelPermitNumber"/>.</summary>
    TravelPermitNumber = 7,

    /// <summary>A passport number with its issuing country (<c>DEU C4J9K2LM7</c>), <see cref="Identity.PassportNumber"/>.</summary>
    PassportNumber = 8,

    /// <summary>A domain name (域名), <see cref="Identity.DomainName"/>.</summary>
    DomainName = 9,
}
