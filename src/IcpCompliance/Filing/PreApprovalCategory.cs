namespace IcpCompliance.Filing;

/// <summary>An industry whose content needs approval from its regulator before filing (前置审批). The sources give
/// the general rule, not an exhaustive list; <see cref="Other"/> holds the rest.</summary>
public enum PreApprovalCategory
{
    /// <summary>新闻 News.</summary>
    News = 1,

    /// <summary>出版 Publishing.</summary>
    Publishing = 2,

    /// <summary>教育 Education.</summary>
    Education = 3,

    /// <summary>医疗保健 Medical and health care.</summary>
    Medical = 4,

    /// <summary>药品和医疗器械 Drugs and medical devices.</summary>
    DrugsAndMedicalDevices = 5,

    /// <summary>文化 Culture (internet culture, games).</summary>
    Culture = 6,

    /// <summary>广播电影电视节目 Radio, film and television programmes.</summary>
    RadioFilmTelevision = 7,

    /// <summary>宗教 Religion.</summary>
    Religion = 8,

    /// <summary>金融 Finance.</summary>
    Finance = 9,

    /// <summary>Any other industry a regulator requires approval for.</summary>
    Other = 99,
}
