using System.Collections.Immutable;
using IcpCompliance.Filing;
using IcpCompliance.Identity;
using IcpCompliance.Internal;
using IcpCompliance.Regions;
using NodaTime;

namespace IcpCompliance.Rules;

/// <summary>
/// Everything a rule may read: the application, the day of evaluation, the province requirements, the previously
/// approved application (for the change rules), the division table and the list of fileable top-level domains.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Time is an argument: rules read <see cref="EvaluationDate"/>,
/// never the clock. Replace any table with <c>with</c> to apply a provider's stricter policy or newer data.</remarks>
public sealed record RuleContext
{
    /// <summary>Creates a context with the built-in tables.</summary>
    /// <param name="application">The application to check.</param>
    /// <param name="evaluationDate">The day of evaluation in Asia/Shanghai (expiry and age checks use it).</param>
    /// <exception cref="System.ArgumentNullException"><paramref name="application"/> is null.</exception>
    public RuleContext(FilingApplication application, LocalDate evaluationDate)
    {
        Application = Preconditions.CheckNotNull(application);
        EvaluationDate = evaluationDate;
    }

    /// <summary>The application to check.</summary>
    public FilingApplication Application { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>The day of evaluation in Asia/Shanghai.</summary>
    public LocalDate EvaluationDate { get; init; }

    /// <summary>The requirements of every province's bureau; <see cref="ProvinceRequirements.Default"/> unless
    /// replaced.</summary>
    public ProvinceRequirements Provinces { get; init => field = Preconditions.CheckNotNull(value); } = ProvinceRequirements.Default;

    /// <summary>The application as last approved, for changes to an approved filing; null for a first filing or when
    /// not known.</summary>
    public FilingApplication? PreviouslyApproved { get; init; }

    /// <summary>The administrative division table the ID numbers are checked against;
    /// <see cref="AdministrativeDivisions.Default"/> unless replaced.</summary>
    public AdministrativeDivisions Divisions { get; init => field = Preconditions.CheckNotNull(value); } = AdministrativeDivisions.Default;

    /// <summary>The top-level domains a site may be filed under; <see cref="FilingTopLevelDomains.Default"/> unless
    /// replaced.</summary>
    public FilingTopLevelDomains TopLevelDomains { get; init => field = Preconditions.CheckNotNull(value); } = FilingTopLevelDomains.Default;

    /// <summary>Which kinds of subject can hold an ICP Commercial License (ICP0202); <see cref="LicenseEligibility.Default"/>
    /// unless replaced.</summary>
    public ImmutableArray<LicenseEligibility> CommercialLicenseEligibility { get; init => field = Sequences.OrEmpty(value); } = LicenseEligibility.Default;

    /// <summary>Whether findings that rest on an unconfirmed fact, or on a question the sources leave open, report at
    /// their rule's severity (usually an error) rather than at most as a warning. False by default: an unconfirmed
    /// province requirement, an unconfirmed eligibility condition or a domain suffix whose status is unclear or unknown
    /// is reported as a warning, so it never alone makes an application "not ready". A provider that wants such
    /// findings to block submission sets it to true (see docs/rules.md).</summary>
    public bool EnforceUnconfirmedFacts { get; init; }

    /// <summary>The requirements of the bureau that decides the application (the subject's province).</summary>
    public BureauRequirements Bureau => Provinces.For(Application.Province);
}
