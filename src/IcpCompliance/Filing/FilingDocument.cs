namespace IcpCompliance.Filing;

/// <summary>A document or check the applicant has provided with an application.</summary>
public enum FilingDocument
{
    /// <summary>营业执照 Scan of the business license (or the organization's equivalent certificate).</summary>
    BusinessLicenseScan = 1,

    /// <summary>组织机构代码证 / 事业单位法人证书 / 社会团体登记证书 Scan of a non-business organization's
    /// certificate.</summary>
    OrganizationCertificateScan = 2,

    /// <summary>证件扫描件 Scans of the identity documents of the people named.</summary>
    IdentityDocumentScans = 3,

    /// <summary>备案承诺书 The filing commitment letter, signed and stamped (Guangdong's province template where
    /// it applies).</summary>
    StampedCommitmentLetter = 4,

    /// <summary>域名证书 The domain registration certificate.</summary>
    DomainCertificate = 5,

    /// <summary>人脸核验 Face verification of the principals, done in the provider's app.</summary>
    FaceVerification = 6,

    /// <summary>居住证 A residence permit of the province, for an individual filing outside the province of their
    /// ID card.</summary>
    ResidencePermit = 7,

    /// <summary>社保证明 Social security records of the province.</summary>
    SocialSecurityRecord = 8,

    /// <summary>授权书 A letter authorizing a principal who is not the legal representative.</summary>
    AuthorizationLetter = 9,

    /// <summary>网站建设方案书 A website construction plan, asked for by some bureaus.</summary>
    WebsitePlan = 10,

    /// <summary>前置审批文件 The approval documents of pre-approval industries.</summary>
    PreApprovalDocuments = 11,

    /// <summary>不涉及前置审批承诺书 A declaration that no pre-approval is required.</summary>
    NoPreApprovalDeclaration = 12,

    /// <summary>编办批文 Establishment approval for Party and government bodies and public institutions.</summary>
    EstablishmentApproval = 13,
}
