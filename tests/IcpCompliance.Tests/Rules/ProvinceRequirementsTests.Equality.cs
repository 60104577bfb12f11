using System;
using IcpCompliance.Regions;
using IcpCompliance.Rules;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Rules;

public sealed partial class ProvinceRequirementsTests
{
    [Fact]
    public void Every_member_of_a_bureaus_requirements_takes_part_in_its_equality()
    {
        BureauRequirements beijing = ProvinceRequirements.Default.For(Province.Beijing);
        var yes = new ProvinceFact<bool>(true, "test", confirmed: true);
        var two = new ProvinceFact<int>(2, "test", confirmed: true);
        Func<BureauRequirements, BureauRequirements>[] changes =
        [
            b => b with { Province = Province.Tianjin },
            b => b with { MainlandRegistrarRequired = yes },
            b => b with { CommitmentLetterRequired = yes },
            b => b with { OutOfProvinceIndividuals = new ProvinceFact<OutOfProvinceIndividuals>(OutOfProvinceIndividuals.Refused, "test", confirmed: true) },
            b => b with { ForeignIndividualsRefused = yes },
            b => b with { MinimumAge = two },
            b => b with { LocalMobileRequired = yes },
            b => b with { AddressScope = new ProvinceFact<AddressScope>(AddressScope.SameCity, "test", confirmed: true) },
            b => b with { MinimumDomainValidityMonths = two },
            b => b with { MaxDomainsPerOrder = two },
            b => b with { MaxDomainsPerOrganizationOrder = two },
            b => b with { MaxDomainsForIndividualFirstFiling = two },
            b => b with { MaxServicesPerOrder = two },
            b => b with { OneDomainPerWebsite = yes },
            b => b with { PrincipalNotLegalRepresentativeNeedsAuthorization = null },
            b => b with { SubjectPrincipalMustBeServicePrincipal = yes },
            b => b with { NonMainlandLegalRepresentativeMustAuthorize = yes },
            b => b with { PublicBodiesNeedEstablishmentApproval = yes },
            b => b with { EmptySubjectMayAddServices = null },
            b => b with { Notes = [] },
        ];
        EqualityAssert.EachChangeMatters(beijing, changes);
    }
}
