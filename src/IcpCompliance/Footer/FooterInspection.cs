using System.Collections.Immutable;
using System.Linq;

namespace IcpCompliance.Footer;

/// <summary>The result of inspecting a page: every number found and every finding.</summary>
/// <param name="Numbers">Every number found, in page order.</param>
/// <param name="Findings">Every finding, in page order; findings about the page as a whole come last.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record FooterInspection(ImmutableArray<FoundNumber> Numbers, ImmutableArray<FooterFinding> Findings)
{
    /// <summary>Whether no finding has <see cref="FooterSeverity.Error"/> severity.</summary>
    public bool IsCompliant => !Findings.Any(f => f.Severity == FooterSeverity.Error);

    /// <summary>How many numbers the page holds beyond the first <see cref="FooterInspector.MaxKeptNumbers"/>, which
    /// are all that <see cref="Numbers"/> keeps and the findings are about; 0 for every ordinary page.</summary>
    public int NumbersNotKept { get; init; }

    /// <summary>Which page of the site the page was taken to be (<see cref="FooterInspectionOptions.Page"/>):
    /// <see cref="PageKind.HomePage"/> unless the caller said otherwise.</summary>
    public PageKind Page { get; init; }

    /// <summary>Whether <see cref="Numbers"/> was cut at <see cref="FooterInspector.MaxKeptNumbers"/>.</summary>
    public bool IsCut => NumbersNotKept > 0;
}
