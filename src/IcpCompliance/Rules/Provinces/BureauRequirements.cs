using System;
using System.Collections.Immutable;
using IcpCompliance.Internal;
using IcpCompliance.Regions;

namespace IcpCompliance.Rules;

/// <summary>
/// The requirements of one province's communications administration (管局要求) beyond the national rules. A null
/// fact means the sources name no such requirement for the province; every fact carries its source and whether it
/// is confirmed.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Change a fact with <c>with</c> and put the result back with
/// <see cref="ProvinceRequirements.With"/>. Two values are equal when their members and notes are equal.</remarks>
public sealed record BureauRequirements
{
    /// <summary>The province.</summary>
    public required Province Province { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Domains must be registered with a Mainland registrar (Beijing, Hunan, Jilin, Inner Mongolia).</summary>
    public ProvinceFact<bool>? MainlandRegistrarRequired { get; init; }

    /// <summary>The province's filing commitment letter, signed and stamped, is required (Guangdong).</summary>
    public ProvinceFact<bool>? CommitmentLetterRequired { get; init; }

    /// <summary>Whether individuals with an ID card of another province may file.</summary>
    public ProvinceFact<OutOfProvinceIndividuals>? OutOfProvinceIndividuals { get; init; }

    /// <summary>Foreign nationals may not file as individuals (Hebei).</summary>
    public ProvinceFact<bool>? ForeignIndividualsRefused { get; init; }

    /// <summary>The minimum age in years of an individual subject.</summary>
    public ProvinceFact<int>? MinimumAge { get; init; }

    /// <summary>The principals' mobile numbers must be registered in the province (Hunan).</summary>
    public ProvinceFact<bool>? LocalMobileRequired { get; init; }

    /// <summary>How close the mailing address must be to the certificate's address.</summary>
    public ProvinceFact<AddressScope>? AddressScope { get; init; }

    /// <summary>The minimum remaining validity of each domain, in months, on the day of evaluation.</summary>
    public ProvinceFact<int>? MinimumDomainValidityMonths { get; init; }

    /// <summary>The most domains one application (order) may file.</summary>
    public ProvinceFact<int>? MaxDomainsPerOrder { get; init; }

    /// <summary>The most domains one application (order) of an organization may file (Henan: "per enterprise
    /// submission"); individuals are not limited by it.</summary>
    public ProvinceFact<int>? MaxDomainsPerOrganizationOrder { get; init; }

    /// <summary>The most domains an individual's first filing may hold (Hainan).</summary>
    public ProvinceFact<int>? MaxDomainsForIndividualFirstFiling { get; init; }

    /// <summary>The most websites one application (order) may file (Hunan); Apps and Mini Programs are not counted.</summary>
    public ProvinceFact<int>? MaxServicesPerOrder { get; init; }

    /// <summary>A website is filed with one domain; a site with several is split (Xinjiang).</summary>
    public ProvinceFact<bool>? OneDomainPerWebsite { get; init; }

    /// <summary>An organization's subject principal who is not its legal representative needs the legal
    /// representative's authorization letter (授权书).</summary>
    public ProvinceFact<bool>? PrincipalNotLegalRepresentativeNeedsAuthorization { get; init; }

    /// <summary>The subject principal and every service principal must be the same person (Anhui).</summary>
    public ProvinceFact<bool>? SubjectPrincipalMustBeServicePrincipal { get; init; }

    /// <summary>A legal representative who is not a Mainland citizen must authorize a Mainland ID holder as subject
    /// principal, with an authorization letter (Shanxi, Shandong).</summary>
    public ProvinceFact<bool>? NonMainlandLegalRepresentativeMustAuthorize { get; init; }

    /// <summary>Party and government bodies and public institutions need their establishment approval (编办批文)
    /// (Jiangxi).</summary>
    public ProvinceFact<bool>? PublicBodiesNeedEstablishmentApproval { get; init; }

    /// <summary>Whether a subject left with no services (空壳主体) may add services directly, rather than cancel
    /// and file again. ICP0616 reads it for a new service of a subject whose approved filing holds no service.</summary>
    public ProvinceFact<bool>? EmptySubjectMayAddServices { get; init; }

    /// <summary>Requirements the filing model cannot check, reported as information.</summary>
    public ImmutableArray<ProvinceNote> Notes { get; init => field = Sequences.OrEmpty(value); } = [];

    /// <inheritdoc />
    public bool Equals(BureauRequirements? other)
        => other is not null
            && Province == other.Province
            && MainlandRegistrarRequired == other.MainlandRegistrarRequired
            && CommitmentLetterRequired == other.CommitmentLetterRequired
            && OutOfProvinceIndividuals == other.OutOfProvinceIndividuals
            && ForeignIndividualsRefused == other.ForeignIndividualsRefused
            && MinimumAge == other.MinimumAge
            && LocalMobileRequired == other.LocalMobileRequired
            && AddressScope == other.AddressScope
            && MinimumDomainValidityMonths == other.MinimumDomainValidityMonths
            && MaxDomainsPerOrder == other.MaxDomainsPerOrder
            && MaxDomainsPerOrganizationOrder == other.MaxDomainsPerOrganizationOrder
            && MaxDomainsForIndividualFirstFiling == other.MaxDomainsForIndividualFirstFiling
            && MaxServicesPerOrder == other.MaxServicesPerOrder
            && OneDomainPerWebsite == other.OneDomainPerWebsite
            && PrincipalNotLegalRepresentativeNeedsAuthorization == other.PrincipalNotLegalRepresentativeNeedsAuthorization
            && SubjectPrincipalMustBeServicePrincipal == other.SubjectPrincipalMustBeServicePrincipal
            && NonMainlandLegalRepresentativeMustAuthorize == other.NonMainlandLegalRepresentativeMustAuthorize
            && PublicBodiesNeedEstablishmentApproval == other.PublicBodiesNeedEstablishmentApproval
            && EmptySubjectMayAddServices == other.EmptySubjectMayAddServices
            && Sequences.Equal(Notes, other.Notes);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(Province, MainlandRegistrarRequired, OutOfProvinceIndividuals, MinimumAge, AddressScope, MaxDomainsPerOrder, Sequences.Hash(Notes));
}
