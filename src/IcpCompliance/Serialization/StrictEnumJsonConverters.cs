using IcpCompliance.Deadlines;
using IcpCompliance.Filing;
using IcpCompliance.Workflow;

namespace IcpCompliance.Serialization;

/// <summary>The strict enum converters the source-generated context names (it needs parameterless types).</summary>
internal static class StrictEnumJsonConverters
{
    internal sealed class ServiceKindConverter : StrictEnumJsonConverter<ServiceKind>;

    internal sealed class HostingRegionConverter : StrictEnumJsonConverter<HostingRegion>;

    internal sealed class PersonRoleConverter : StrictEnumJsonConverter<PersonRole>;

    internal sealed class ResidencyConverter : StrictEnumJsonConverter<Residency>;

    internal sealed class FilingDocumentConverter : StrictEnumJsonConverter<FilingDocument>;

    internal sealed class PreApprovalCategoryConverter : StrictEnumJsonConverter<PreApprovalCategory>;

    internal sealed class PlatformVerificationMethodConverter : StrictEnumJsonConverter<PlatformVerificationMethod>;

    internal sealed class ResponsiblePartyConverter : StrictEnumJsonConverter<ResponsibleParty>;

    internal sealed class RuleSeverityConverter : StrictEnumJsonConverter<Rules.RuleSeverity>;
}
