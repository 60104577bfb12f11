using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>The answer for a service that is not a website: it shows its number somewhere other than a page
/// footer, so no footer is rendered.</summary>
/// <param name="Number">The service's filing number.</param>
/// <param name="Placement">Where it is shown.</param>
/// <param name="IsVerified">Whether a source confirms the placement (false for quick apps).</param>
/// <param name="Message">What to do, in English.</param>
/// <param name="MessageChinese">What to do, in Simplified Chinese.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ShownElsewhere(IcpFilingNumber Number, ServicePlacement Placement, bool IsVerified, string Message, string MessageChinese);
