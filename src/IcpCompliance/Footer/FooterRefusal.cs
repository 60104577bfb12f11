namespace IcpCompliance.Footer;

/// <summary>The answer when the numbers given cannot make a compliant footer, such as a subject's number for a site
/// outside Guangdong, where the site's own number (with <c>-n</c>) must be shown.</summary>
/// <param name="RuleId">The footer rule the footer would break (see <see cref="FooterRules"/>).</param>
/// <param name="Message">What is wrong, in English.</param>
/// <param name="MessageChinese">What is wrong, in Simplified Chinese.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record FooterRefusal(string RuleId, string Message, string MessageChinese);
