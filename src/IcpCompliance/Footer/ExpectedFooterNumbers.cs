using System;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>The numbers a site has been issued, for <see cref="FooterInspector.Inspect(string, ExpectedFooterNumbers)"/>
/// to check the page against.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ExpectedFooterNumbers
{
    private readonly IcpFilingNumber _icpNumber;

    /// <summary>Creates the expected numbers of a site.</summary>
    /// <param name="icpNumber">The site's ICP filing number as filed, with its <c>-n</c> (the inspector works out
    /// that a Guangdong site shows the subject's number).</param>
    /// <exception cref="ArgumentException"><paramref name="icpNumber"/> is the default value.</exception>
    public ExpectedFooterNumbers(IcpFilingNumber icpNumber)
    {
        IcpNumber = icpNumber;
    }

    /// <summary>The site's ICP filing number as filed.</summary>
    /// <exception cref="ArgumentException">Set to the default value.</exception>
    public IcpFilingNumber IcpNumber
    {
        get => _icpNumber;
        init
        {
            Preconditions.CheckArgument(value != default, "The ICP filing number is the default value and holds no number.", nameof(IcpNumber));
            _icpNumber = value;
        }
    }

    /// <summary>The site's PSB filing number, or null not to check for one.</summary>
    public PsbFilingNumber? PsbNumber { get; init; }

    /// <summary>The subject's ICP Commercial License, or null not to check for one.</summary>
    public IcpLicenseNumber? LicenseNumber { get; init; }
}
