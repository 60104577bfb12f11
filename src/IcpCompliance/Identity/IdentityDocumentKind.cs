namespace IcpCompliance.Identity;

/// <summary>Which document an <see cref="IdentityDocument"/> is (证件类型).</summary>
public enum IdentityDocumentKind
{
    /// <summary>A Mainland resident ID card (居民身份证).</summary>
    ResidentIdCard = 1,

    /// <summary>A residence permit of a Hong Kong, Macao or Taiwan resident (港澳台居民居住证), numbered like an ID
    /// card with region code 81, 82 or 83.</summary>
    ResidencePermit = 2,

    /// <summary>A Mainland Travel Permit of a Hong Kong, Macao or Taiwan resident (回乡证, 台胞证).</summary>
    TravelPermit = 3,

    /// <summary>A passport (护照).</summary>
    Passport = 4,
}
