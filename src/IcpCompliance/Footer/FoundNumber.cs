using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>A filing, license or PSB number found in a page, where it is and what it links to.</summary>
/// <param name="Number">The number, in canonical form.</param>
/// <param name="Offset">The UTF-16 offset in the page where it starts (its province character, or the character
/// reference that encodes it).</param>
/// <param name="Line">The 1-based line of <paramref name="Offset"/>.</param>
/// <param name="Context">Whether it is in the text, a comment or a script.</param>
/// <param name="IsLinked">Whether it is inside an <c>&lt;a&gt;</c> element.</param>
/// <param name="Href">The enclosing link's <c>href</c> as written with character references decoded, or null when
/// not linked or the link has no <c>href</c>.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record FoundNumber(FilingNumber Number, int Offset, int Line, FoundNumberContext Context, bool IsLinked, string? Href);
