namespace IcpCompliance.Identity;

/// <summary>Whether MIIT approves a domain suffix for ICP filing (可备案域名后缀), as a <see cref="FilingTopLevelDomains"/>
/// list records it.</summary>
public enum FilingSuffixStatus
{
    /// <summary>The list does not know the suffix: check MIIT's register of domain registries before deciding.</summary>
    Unknown = 0,

    /// <summary>Approved: domains under it may be filed.</summary>
    Approved = 1,

    /// <summary>Not approved: the bureau refuses domains under it.</summary>
    NotApproved = 2,

    /// <summary>The sources disagree or are too old to say (listed by one source, refused by another).</summary>
    Unclear = 3,
}
