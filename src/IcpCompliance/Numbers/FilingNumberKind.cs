namespace IcpCompliance.Numbers;

/// <summary>Which of the three numbers a <see cref="FilingNumber"/> holds.</summary>
public enum FilingNumberKind
{
    /// <summary>An ICP filing number (ICP备案号), <see cref="IcpFilingNumber"/>.</summary>
    IcpFiling = 1,

    /// <summary>An ICP Commercial License number (经营许可证), <see cref="IcpLicenseNumber"/>.</summary>
    IcpLicense = 2,

    /// <summary>A PSB filing number (公网安备), <see cref="PsbFilingNumber"/>.</summary>
    Psb = 3,
}
