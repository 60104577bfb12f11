using System.Collections.Immutable;

namespace IcpCompliance.Rules;

/// <summary>Every built-in rule, ordered by id.</summary>
internal static class BuiltInRules
{
    internal static readonly ImmutableArray<IRule> All =
    [
        NeedForFilingRules.HostedOutsideMainland,
        NeedForFilingRules.MainlandHostingNeedsFiling,
        CommercialLicenceRules.CommercialNeedsLicence,
        CommercialLicenceRules.LicenceNeedsMainlandPresence,
        DocumentRules.OrganisationCertificate,
        DocumentRules.CertificateMatchesEntity,
        DocumentRules.SubjectPrincipalNamed,
        DocumentRules.DocumentFitsResidency,
        DocumentRules.IdentityScans,
        DocumentRules.FaceVerification,
        DocumentRules.DomainCertificate,
        DocumentRules.WrittenInChinese,
        DocumentRules.PreApprovals,
    ];
}
