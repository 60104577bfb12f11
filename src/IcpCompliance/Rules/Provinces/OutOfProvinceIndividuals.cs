namespace IcpCompliance.Rules;

/// <summary>Whether a bureau accepts an individual whose ID card was issued in another province (跨省个人备案).</summary>
public enum OutOfProvinceIndividuals
{
    /// <summary>Accepted without further documents.</summary>
    Allowed = 1,

    /// <summary>Accepted with a residence permit (居住证) of the province.</summary>
    WithResidencePermit = 2,

    /// <summary>Accepted with a residence permit or social security records (社保证明) of the province.</summary>
    WithResidencePermitOrSocialSecurity = 3,

    /// <summary>Refused: the bureau files only individuals with an ID card of the province.</summary>
    Refused = 4,
}
