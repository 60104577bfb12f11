namespace IcpCompliance.Filing;

/// <summary>Where a service's servers (or its CDN or object storage) are.</summary>
public enum HostingRegion
{
    /// <summary>In Mainland China: ICP filing is required, whoever owns the servers.</summary>
    Mainland = 1,

    /// <summary>In Hong Kong: no ICP filing.</summary>
    HongKong = 2,

    /// <summary>In Macao: no ICP filing.</summary>
    Macao = 3,

    /// <summary>Outside China (Taiwan included for filing purposes): no ICP filing.</summary>
    Overseas = 4,
}
