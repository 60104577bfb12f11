using System.Collections.Immutable;
using Ardalis.SmartEnum;

namespace IcpCompliance.Filing;

/// <summary>
/// The kind of filing subject (主体性质), which decides the certificate it files with, the domains it may use and
/// whether it can hold an ICP Commercial License.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. A foreign company has no entity type of its own: it files
/// through its Mainland presence. A branch registered in the Mainland holds a business license with a credit code and
/// files as an <see cref="Enterprise"/>; a resident representative office files as
/// <see cref="ForeignRepresentativeOffice"/>.</remarks>
public sealed class EntityType : SmartEnum<EntityType>
{
    /// <summary>企业 An enterprise registered in the Mainland (a business license with a credit code).</summary>
    public static readonly EntityType Enterprise = new(nameof(Enterprise), 1, "企业", "enterprise", isOrganization: true, hasPermanentMainlandPresence: true);

    /// <summary>个体工商户 An individual business; files as an enterprise with its own business license.</summary>
    public static readonly EntityType IndividualBusiness = new(nameof(IndividualBusiness), 2, "个体工商户", "individual business", isOrganization: true, hasPermanentMainlandPresence: true);

    /// <summary>党政机关 A government or Party body.</summary>
    public static readonly EntityType GovernmentBody = new(nameof(GovernmentBody), 3, "党政机关", "government body", isOrganization: true, hasPermanentMainlandPresence: true);

    /// <summary>事业单位 A public institution.</summary>
    public static readonly EntityType PublicInstitution = new(nameof(PublicInstitution), 4, "事业单位", "public institution", isOrganization: true, hasPermanentMainlandPresence: true);

    /// <summary>社会团体 A social organization.</summary>
    public static readonly EntityType SocialOrganization = new(nameof(SocialOrganization), 5, "社会团体", "social organization", isOrganization: true, hasPermanentMainlandPresence: true);

    /// <summary>民办非企业单位 A private non-enterprise unit (social service organization).</summary>
    public static readonly EntityType PrivateNonEnterpriseUnit = new(nameof(PrivateNonEnterpriseUnit), 6, "民办非企业单位", "private non-enterprise unit", isOrganization: true, hasPermanentMainlandPresence: true);

    /// <summary>基金会 A foundation.</summary>
    public static readonly EntityType Foundation = new(nameof(Foundation), 7, "基金会", "foundation", isOrganization: true, hasPermanentMainlandPresence: true);

    /// <summary>外国企业常驻代表机构 A foreign enterprise's resident representative office in the Mainland; it may
    /// file, but it may not operate commercially, so it cannot hold a commercial license.</summary>
    public static readonly EntityType ForeignRepresentativeOffice = new(nameof(ForeignRepresentativeOffice), 8, "外国企业常驻代表机构", "foreign enterprise's representative office", isOrganization: true, hasPermanentMainlandPresence: false);

    /// <summary>个人 A natural person; files non-commercial services only.</summary>
    public static readonly EntityType Individual = new(nameof(Individual), 9, "个人", "individual", isOrganization: false, hasPermanentMainlandPresence: false);

    /// <summary>Every one of the entity types, in order of value. Use this rather than the base class's <c>List</c>,
    /// which finds the members by reflection and so does not survive trimming or Native AOT.</summary>
    public static ImmutableArray<EntityType> All { get; } = [Enterprise, IndividualBusiness, GovernmentBody, PublicInstitution, SocialOrganization, PrivateNonEnterpriseUnit, Foundation, ForeignRepresentativeOffice, Individual];

    private EntityType(string name, int value, string chineseName, string englishNoun, bool isOrganization, bool hasPermanentMainlandPresence)
        : base(name, value)
    {
        ChineseName = chineseName;
        EnglishNoun = englishNoun;
        IsOrganization = isOrganization;
        HasPermanentMainlandPresence = hasPermanentMainlandPresence;
    }

    /// <summary>The name used on the filing forms, in Simplified Chinese.</summary>
    public string ChineseName { get; }

    /// <summary>The type as an English noun without an article ("public institution"), for the rules' messages.</summary>
    internal string EnglishNoun { get; }

    /// <summary>Whether the subject is an organization that files with an organization certificate (a business
    /// license or its equivalent), rather than a person with an identity document.</summary>
    public bool IsOrganization { get; }

    /// <summary>Whether the subject is a legal entity with a permanent presence in the Mainland, the condition for an
    /// ICP Commercial License.</summary>
    public bool HasPermanentMainlandPresence { get; }
}
