namespace IcpCompliance.Footer;

/// <summary>One footer check: a stable id (<c>FTR0101</c>), its severity and its title in English and Chinese.</summary>
/// <param name="Id">The stable id, <c>FTR</c> and four digits.</param>
/// <param name="Severity">How serious a finding of this rule is.</param>
/// <param name="Title">What the rule finds, in English.</param>
/// <param name="TitleChinese">What the rule finds, in Simplified Chinese.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record FooterRule(string Id, FooterSeverity Severity, string Title, string TitleChinese);
