namespace IcpCompliance.Rules;

/// <summary>How close a bureau wants the subject's mailing address (通讯地址) to the address on its certificate.</summary>
public enum AddressScope
{
    /// <summary>Anywhere in the Mainland.</summary>
    Any = 1,

    /// <summary>In the same province.</summary>
    SameProvince = 2,

    /// <summary>In the same province and city.</summary>
    SameCity = 3,
}
