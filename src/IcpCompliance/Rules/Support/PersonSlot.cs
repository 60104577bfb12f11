namespace IcpCompliance.Rules;

/// <summary>Where a person sits in an application.</summary>
internal enum PersonSlot
{
    People = 1,
    ServicePrincipal = 2,
    Administrator = 3,
}
