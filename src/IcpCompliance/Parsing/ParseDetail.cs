namespace IcpCompliance.Parsing;

/// <summary>Which kind of value a failure concerns, so the messages can say what was expected.</summary>
internal enum ParseDetail
{
    None = 0,
    IcpFiling,
    IcpLicenseCertificate,
    IcpLicenseB2,
    Psb,
    AnyFilingNumber,
    LooksLikePsb,
    LooksLikeIcp,
    ResidentId,
    CreditCode,
    OrganizationCode,
    TravelPermit,
    Passport,
    Mobile,
    DomainName,
}
