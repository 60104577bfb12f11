using IcpCompliance.Filing;

namespace IcpCompliance.Rules;

/// <summary>Finds a service's counterpart in the approved application: same kind and the same app id, a shared
/// domain, or the same name.</summary>
internal static class ServiceMatch
{
    internal static FilingService? Find(FilingApplication approved, FilingService service)
    {
        foreach (FilingService candidate in approved.Services)
        {
            if (candidate.Kind != service.Kind)
            {
                continue;
            }

            if (service.AppId is not null && string.Equals(service.AppId, candidate.AppId, System.StringComparison.Ordinal))
            {
                return candidate;
            }

            foreach (DomainRegistration domain in service.Domains)
            {
                foreach (DomainRegistration other in candidate.Domains)
                {
                    if (domain.Domain == other.Domain)
                    {
                        return candidate;
                    }
                }
            }
        }

        foreach (FilingService candidate in approved.Services)
        {
            if (candidate.Kind == service.Kind && string.Equals(candidate.Name, service.Name, System.StringComparison.Ordinal))
            {
                return candidate;
            }
        }

        return null;
    }
}
