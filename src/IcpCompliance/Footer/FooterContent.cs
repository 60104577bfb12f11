using System;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>
/// What a site's footer shows: its ICP filing number, and optionally its PSB filing number (公网安备), its ICP
/// Commercial License (经营许可证) and a copyright holder, with the <see cref="FooterOptions"/> to render them.
/// </summary>
/// <remarks>
/// <para><see cref="IcpNumber"/> is the service's own number as filed (<c>粤ICP备12345678号-1</c>); the renderer
/// applies the province's display rule (Guangdong shows the subject's number).</para>
/// <para>Immutable; safe to use from any thread.</para>
/// </remarks>
public sealed record FooterContent
{
    private readonly IcpFilingNumber _icpNumber;
    private readonly PsbFilingNumber? _psbNumber;
    private readonly IcpLicenseNumber? _licenseNumber;
    private readonly FooterOptions _options = FooterOptions.Default;

    /// <summary>Creates the content of a footer.</summary>
    /// <param name="icpNumber">The service's ICP filing number as filed.</param>
    /// <exception cref="ArgumentException"><paramref name="icpNumber"/> is the default value.</exception>
    public FooterContent(IcpFilingNumber icpNumber)
    {
        IcpNumber = icpNumber;
    }

    /// <summary>The service's ICP filing number as filed (with its <c>-n</c>, even in Guangdong).</summary>
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

    /// <summary>The site's PSB filing number, or null when it has none (yet).</summary>
    /// <exception cref="ArgumentException">Set to the default value.</exception>
    public PsbFilingNumber? PsbNumber
    {
        get => _psbNumber;
        init
        {
            Preconditions.CheckArgument(value is null || value.Value != default, "The PSB filing number is the default value and holds no number.", nameof(PsbNumber));
            _psbNumber = value;
        }
    }

    /// <summary>The subject's ICP Commercial License, or null for a non-commercial site.</summary>
    /// <exception cref="ArgumentException">Set to the default value.</exception>
    public IcpLicenseNumber? LicenseNumber
    {
        get => _licenseNumber;
        init
        {
            Preconditions.CheckArgument(value is null || value.Value != default, "The license number is the default value and holds no number.", nameof(LicenseNumber));
            _licenseNumber = value;
        }
    }

    /// <summary>Who holds the copyright (shown as <c>© holder</c>), or null to show no copyright line.</summary>
    /// <remarks>Encoded for its place when rendered; control characters become spaces.</remarks>
    /// <exception cref="ArgumentException">The value holds a bidirectional control (U+202A–U+202E,
    /// U+2066–U+2069, U+200E, U+200F, U+061C): a right-to-left override would reverse the numbers after it on the
    /// page.</exception>
    public string? CopyrightHolder
    {
        get => _copyrightHolder;
        init
        {
            BidiControls.Refuse(value, "The copyright holder", nameof(CopyrightHolder));
            _copyrightHolder = value;
        }
    }

    private readonly string? _copyrightHolder;

    /// <summary>How to render the footer.</summary>
    /// <exception cref="ArgumentNullException">Set to null.</exception>
    public FooterOptions Options
    {
        get => _options;
        init => _options = Preconditions.CheckNotNull(value, nameof(Options));
    }
}
