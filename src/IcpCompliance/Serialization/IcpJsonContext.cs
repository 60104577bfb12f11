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
// The SmartEnums are written by name through their converters above. Declared here for serialization only, so the
// generator describes no properties for reading them as objects: those would include SmartEnum's own Name and Value
// (looked up by reflection on SmartEnum<T, int> for their attributes), and with them the Native AOT build of
// tests/IcpCompliance.AotSmoke fails with IL2026 and IL2070 in Ardalis.SmartEnum's reflection-based member discovery
// (SmartEnum.GetAllOptions). So the domain types need no [JsonConverter] naming a converter in this namespace.
[JsonSerializable(typeof(Regions.Province), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(EntityType), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(FilingOperation), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(FilingState), GenerationMode = JsonSourceGenerationMode.Serialization)]
[JsonSerializable(typeof(FilingEventKind), GenerationMode = JsonSourceGenerationMode.Serialization)]
internal sealed partial class IcpJsonContext : JsonSerializerContext;
