using System;
using System.Collections.Generic;
using IcpCompliance.Filing;
using IcpCompliance.Identity;

namespace IcpCompliance.Rules;

/// <summary>Finds a service's counterpart in the approved application: the first approved service of the same kind
/// with the same app id or a shared domain, else the first of the same kind and name. Indexed once, so matching every
/// service of an application costs time in proportion to the domains of both, however many there are.</summary>
internal sealed class ServiceMatch
{
    private readonly FilingApplication _approved;
    private readonly Dictionary<(ServiceKind, string), int> _byAppId = [];
    private readonly Dictionary<(ServiceKind, DomainName), int> _byDomain = [];
    private readonly Dictionary<(ServiceKind, string), int> _byName = [];

    internal ServiceMatch(FilingApplication approved)
    {
        _approved = approved;
        for (int i = 0; i < approved.Services.Length; i++)
        {
            FilingService candidate = approved.Services[i];
            if (candidate.AppId is not null)
            {
                _byAppId.TryAdd((candidate.Kind, candidate.AppId), i);
            }

            foreach (DomainRegistration domain in candidate.Domains)
            {
                _byDomain.TryAdd((candidate.Kind, domain.Domain), i);
            }

            _byName.TryAdd((candidate.Kind, candidate.Name), i);
        }
    }

    internal FilingService? Find(FilingService service)
    {
        int best = int.MaxValue;
        if (service.AppId is not null && _byAppId.TryGetValue((service.Kind, service.AppId), out int byAppId))
        {
            best = byAppId;
        }

        foreach (DomainRegistration domain in service.Domains)
        {
            if (_byDomain.TryGetValue((service.Kind, domain.Domain), out int byDomain))
            {
                best = Math.Min(best, byDomain);
            }
        }

        if (best == int.MaxValue && !_byName.TryGetValue((service.Kind, service.Name), out best))
        {
            return null;
        }

        return _approved.Services[best];
    }
}
