namespace IcpCompliance.Identity;

/// <summary>Which residents a residence-permit number (港澳台居民居住证) belongs to, from its region code 81, 82 or
/// 83; <see cref="None"/> for a Mainland resident ID number.</summary>
public enum ResidencePermitRegion
{
    /// <summary>Not a residence permit: a Mainland resident ID number.</summary>
    None = 0,

    /// <summary>A Hong Kong resident's permit (region code 810000).</summary>
    HongKong = 81,

    /// <summary>A Macao resident's permit (region code 820000).</summary>
    Macao = 82,

    /// <summary>A Taiwan resident's permit (region code 830000).</summary>
    Taiwan = 83,
}
