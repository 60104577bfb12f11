using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Internal;

namespace IcpCompliance.Rules;

/// <summary>
/// Whether a kind of subject can hold an ICP Commercial License (经营许可证), with the source and whether it is
/// confirmed. ICP0202 reads it: a commercial service of a subject that cannot hold the license is an error when the
/// fact is confirmed, at most a warning when it is not (<see cref="RuleContext.EnforceUnconfirmedFacts"/>).
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Replace the table on a <see cref="RuleContext"/> with
/// <c>with { CommercialLicenseEligibility = … }</c> to apply a provider's own knowledge.</remarks>
public sealed record LicenseEligibility
{
    private const string Seed = "Alibaba Cloud community blog: How to Register for an ICP Number (\"an ICP Commercial License is not granted to applicants that do not have a permanent legal business presence in Mainland China\")";
    private const string Companies = "Tencent Cloud 经营性备案 (the license is applied for by a company, typically with registered capital of at least 1,000,000 CNY, subject to the local bureau); facts §1.2";

    /// <summary>The kind of subject.</summary>
    public required EntityType EntityType { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Whether it can hold the license.</summary>
    public required bool Eligible { get; init; }

    /// <summary>Where the fact comes from.</summary>
    public required string Source { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Whether the source states it outright; false for a condition inferred or given as "typically".</summary>
    public required bool Confirmed { get; init; }

    /// <summary>The built-in table, one entry per <see cref="EntityType"/>: enterprises can hold the license (with
    /// the registered capital the bureau asks for); individuals and foreign enterprises' representative offices cannot
    /// (confirmed); other organizations are not companies and, by the provider documentation, cannot either
    /// (unconfirmed).</summary>
    public static ImmutableArray<LicenseEligibility> Default { get; } =
    [
        new() { EntityType = EntityType.Enterprise, Eligible = true, Source = Seed + "; " + Companies, Confirmed = true },
        new() { EntityType = EntityType.IndividualBusiness, Eligible = false, Source = Companies + " (an individual business is not a company)", Confirmed = false },
        new() { EntityType = EntityType.GovernmentBody, Eligible = false, Source = Companies + " (a government body is not a company)", Confirmed = false },
        new() { EntityType = EntityType.PublicInstitution, Eligible = false, Source = Companies + " (a public institution is not a company)", Confirmed = false },
        new() { EntityType = EntityType.SocialOrganization, Eligible = false, Source = Companies + " (a social organization is not a company)", Confirmed = false },
        new() { EntityType = EntityType.PrivateNonEnterpriseUnit, Eligible = false, Source = Companies + " (a private non-enterprise unit is not a company)", Confirmed = false },
        new() { EntityType = EntityType.Foundation, Eligible = false, Source = Companies + " (a foundation is not a company)", Confirmed = false },
        new() { EntityType = EntityType.ForeignRepresentativeOffice, Eligible = false, Source = Seed + " (a representative office may not do business)", Confirmed = true },
        new() { EntityType = EntityType.Individual, Eligible = false, Source = Seed, Confirmed = true },
    ];
}
