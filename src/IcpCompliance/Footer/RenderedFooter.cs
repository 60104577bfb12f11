using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>A rendered footer: its text, and which number it displays under which rule.</summary>
/// <param name="Text">The HTML fragment, Markdown or plain text.</param>
/// <param name="Format">The markup of <paramref name="Text"/>.</param>
/// <param name="Rule">The display rule applied to the ICP number.</param>
/// <param name="DisplayedNumber">The ICP number shown: the subject's number in Guangdong, the service's own
/// number elsewhere.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record RenderedFooter(string Text, FooterFormat Format, DisplayRule Rule, IcpFilingNumber DisplayedNumber);
