using IcpCompliance.Numbers;
using IcpCompliance.Regions;

namespace IcpCompliance.Footer;

/// <summary>The province display rule (shared domain facts §2), in one place for the renderer and the inspector.</summary>
internal static class FooterDisplay
{
    /// <summary>Which number a website with filing number <paramref name="filed"/> displays, or false when the
    /// number cannot be displayed alone (a subject's number outside Guangdong).</summary>
    internal static bool TryGetDisplayed(IcpFilingNumber filed, out IcpFilingNumber displayed, out DisplayRule rule)
    {
        if (filed.LicenseNumber is not null)
        {
            displayed = filed;
            rule = DisplayRule.ServiceNumberUnderLicense;
            return true;
        }

        if (filed.Province == Province.Guangdong)
        {
            displayed = filed.SubjectNumber!.Value;
            rule = DisplayRule.SubjectNumber;
            return true;
        }

        displayed = filed;
        rule = DisplayRule.ServiceNumber;
        return !filed.IsSubjectNumber;
    }
}
