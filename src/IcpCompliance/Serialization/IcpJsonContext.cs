using System.Text.Json;
using System.Text.Json.Serialization;
using IcpCompliance.Filing;
using IcpCompliance.Numbers;

namespace IcpCompliance.Serialization;

/// <summary>
/// The source-generated serialization metadata for the library's types, so JSON works trimmed and Native
/// AOT-compiled without reflection. Use <see cref="IcpJson.Options"/>, or combine this context's
/// <see cref="JsonSerializerContext.Options"/> resolver with your own through <see cref="IcpJson.Configure"/>.
/// </summary>
/// <remarks>The options: camelCase property names, enums and SmartEnums by name, value types as their canonical
/// strings (read leniently), NodaTime values in ISO form, unknown properties refused, nulls omitted on write and
/// refused on read where the type does not allow them, indented output.</remarks>
[JsonSourceGenerationOptions(
    JsonSerializerDefaults.Web,
    WriteIndented = true,
    UseStringEnumConverter = true,
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
        typeof(NodaTimeJsonConverters.LocalDateConverter),
        typeof(NodaTimeJsonConverters.InstantConverter),
    ])]
[JsonSerializable(typeof(FilingApplication))]
[JsonSerializable(typeof(IcpFilingNumber))]
[JsonSerializable(typeof(IcpLicenseNumber))]
[JsonSerializable(typeof(PsbFilingNumber))]
public sealed partial class IcpJsonContext : JsonSerializerContext;
