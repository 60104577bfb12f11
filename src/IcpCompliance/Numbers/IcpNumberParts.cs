using IcpCompliance.Regions;

namespace IcpCompliance.Numbers;

/// <summary>What the shared ICP grammar read, before a number type decides whether it is one of its own.</summary>
internal struct IcpNumberParts
{
    internal Province Province;
    internal char Character;

    /// <summary>0 for a filing record (备), otherwise the <see cref="IcpLicenseForm"/>.</summary>
    internal byte LicenseForm;
    internal int KindPosition;
    internal ulong Serial;
    internal byte SerialLength;
    internal int DashPosition;
    internal int ServiceIndex;
    internal ServiceSuffix Suffix;
    internal int EndPosition;
}
