using System.Text.Json;
using System.Text.Json.Serialization;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;
using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>
/// The source-generated serialization metadata for the library's types, so JSON works trimmed and Native
/// AOT-compiled without reflection. Internal: users reach it through <see cref="IcpJson.Options"/>,
/// <see cref="IcpJson.TypeInfoResolver"/> and <see cref="IcpJson.Configure"/>, which keeps the generated members
/// (and the internal stored-case layout) out of the public API.
/// </summary>
[JsonSourceGenerationOptions(
    // General, not Web: property names are matched case-sensitively and numbers are never read from strings.
    JsonSerializerDefaults.General,
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    AllowDuplicateProperties = false,
    AllowOutOfOrderMetadataProperties = true,
    WriteIndented = true,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    RespectNullableAnnotations = true,
    RespectRequiredConstructorParameters = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    Converters =
    [
        typeof(IcpFilingNumberJsonConverter),
        typeof(IcpLicenseNumberJsonConverter),
        typeof(PsbFilingNumberJsonConverter),
        typeof(ResidentIdNumberJsonConverter),
        typeof(UnifiedSocialCreditCodeJsonConverter),
        typeof(TravelPermitNumberJsonConverter),
        typeof(PassportNumberJsonConverter),
        typeof(MobileNumberJsonConverter),
        typeof(DomainNameJsonConverter),
        typeof(IdentityDocumentJsonConverter),
        typeof(SubjectCertificateJsonConverter),
        typeof(ProvinceJsonConverter),
        typeof(EntityTypeJsonConverter),
        typeof(FilingOperationJsonConverter),
        typeof(FilingStateJsonConverter),
        typeof(FilingEventKindJsonConverter),
        typeof(FilingCaseJsonConverter),
        typeof(StrictEnumJsonConverters.ServiceKindConverter),
        typeof(StrictEnumJsonConverters.HostingRegionConverter),
        typeof(StrictEnumJsonConverters.PersonRoleConverter),
        typeof(StrictEnumJsonConverters.ResidencyConverter),
        typeof(StrictEnumJsonConverters.FilingDocumentConverter),
        typeof(StrictEnumJsonConverters.PreApprovalCategoryConverter),
        typeof(StrictEnumJsonConverters.PlatformVerificationMethodConverter),
        typeof(StrictEnumJsonConverters.ResponsiblePartyConverter),
        typeof(StrictEnumJsonConverters.RuleSeverityConverter),
        typeof(NodaTimeJsonConverters.LocalDateConverter),
        typeof(NodaTimeJsonConverters.InstantConverter),
    ])]
[JsonSerializable(typeof(FilingApplication))]
[JsonSerializable(typeof(FilingCase))]
[JsonSerializable(typeof(StoredCase))]
[JsonSerializable(typeof(LegacyCommercialLicenseGranted))]
[JsonSerializable(typeof(LegacyFilingCanceled))]
[JsonSerializable(typeof(Rules.RuleReport))]
[JsonSerializable(typeof(IcpFilingNumber))]
[JsonSerializable(typeof(IcpLicenseNumber))]
[JsonSerializable(typeof(PsbFilingNumber))]
internal sealed partial class IcpJsonContext : JsonSerializerContext;
