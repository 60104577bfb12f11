using IcpCompliance.Filing;
using IcpCompliance.Identity;

namespace IcpCompliance.Rules;

/// <summary>The words rule messages use for the library's enumerations. An enum's name is an identifier
/// (<c>PublicInstitution</c>), not text for an applicant; every value has its phrase here, so a message never
/// shows one. An entity type carries its own noun (<see cref="EntityType.EnglishNoun"/>).</summary>
internal static class Wording
{
    /// <summary>The noun with its indefinite article: "a public institution", "an enterprise".</summary>
    internal static string WithArticle(string noun)
        => (noun.Length > 0 && "aeiou".Contains(noun[0], System.StringComparison.Ordinal) ? "an " : "a ") + noun;

    /// <summary>Who the person is, with an article: "a Hong Kong resident".</summary>
    internal static string English(Residency residency) => residency switch
    {
        Residency.MainlandCitizen => "a Mainland citizen",
        Residency.HongKongResident => "a Hong Kong resident",
        Residency.MacaoResident => "a Macao resident",
        Residency.TaiwanResident => "a Taiwan resident",
        Residency.Foreigner => "a foreign national",
        _ => residency.ToString(),
    };

    /// <summary>The document, with an article: "a Mainland Travel Permit".</summary>
    internal static string English(IdentityDocumentKind kind) => kind switch
    {
        IdentityDocumentKind.ResidentIdCard => "a resident ID card",
        IdentityDocumentKind.ResidencePermit => "a residence permit",
        IdentityDocumentKind.TravelPermit => "a Mainland Travel Permit",
        IdentityDocumentKind.Passport => "a passport",
        _ => kind.ToString(),
    };

    /// <summary>The industry as it qualifies "content": "medical and health care".</summary>
    internal static string English(PreApprovalCategory category) => category switch
    {
        PreApprovalCategory.News => "news",
        PreApprovalCategory.Publishing => "publishing",
        PreApprovalCategory.Education => "education",
        PreApprovalCategory.Medical => "medical and health care",
        PreApprovalCategory.DrugsAndMedicalDevices => "drugs and medical devices",
        PreApprovalCategory.Culture => "culture",
        PreApprovalCategory.RadioFilmTelevision => "radio, film and television",
        PreApprovalCategory.Religion => "religion",
        PreApprovalCategory.Finance => "finance",
        PreApprovalCategory.Other => "other regulated",
        _ => category.ToString(),
    };

    /// <summary>The industry in Chinese: "医疗保健".</summary>
    internal static string Chinese(PreApprovalCategory category) => category switch
    {
        PreApprovalCategory.News => "新闻",
        PreApprovalCategory.Publishing => "出版",
        PreApprovalCategory.Education => "教育",
        PreApprovalCategory.Medical => "医疗保健",
        PreApprovalCategory.DrugsAndMedicalDevices => "药品和医疗器械",
        PreApprovalCategory.Culture => "文化",
        PreApprovalCategory.RadioFilmTelevision => "广播电影电视节目",
        PreApprovalCategory.Religion => "宗教",
        PreApprovalCategory.Finance => "金融",
        PreApprovalCategory.Other => "其他",
        _ => category.ToString(),
    };
}
