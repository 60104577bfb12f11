namespace IcpCompliance.Rules;

/// <summary>What a rule is about; the first two digits of a rule id (<c>ICP05xx</c> is <see cref="Domains"/>).</summary>
public enum RuleTopic
{
    /// <summary>Not one of the built-in topics (a custom rule with an id outside <c>ICP01xx</c>–<c>ICP08xx</c>).</summary>
    Other = 0,

    /// <summary>ICP01xx: whether a filing is needed at all.</summary>
    NeedForFiling = 1,

    /// <summary>ICP02xx: the ICP Commercial License (经营许可证).</summary>
    CommercialLicense = 2,

    /// <summary>ICP03xx: documents, checks and the language of the forms.</summary>
    Documents = 3,

    /// <summary>ICP04xx: the people named, their documents and mobile numbers.</summary>
    People = 4,

    /// <summary>ICP05xx: domains.</summary>
    Domains = 5,

    /// <summary>ICP06xx: the requirements of the province's bureau (管局要求).</summary>
    ProvinceRequirements = 6,

    /// <summary>ICP07xx: Mini Programs and Apps.</summary>
    MiniProgramsAndApps = 7,

    /// <summary>ICP08xx: changes to an approved filing.</summary>
    Changes = 8,
}
