using IcpCompliance.Parsing;

namespace IcpCompliance.Footer;

/// <summary>Text in a page that looks like a filing number but does not parse (see <see cref="NumberFinder"/>).</summary>
/// <param name="Text">The text as a reader sees it (references decoded, inline tags dropped).</param>
/// <param name="Offset">The UTF-16 offset in the page where it starts.</param>
/// <param name="Line">The 1-based line of <paramref name="Offset"/>.</param>
/// <param name="Context">Whether it is in the text, a comment, a script or hidden content.</param>
/// <param name="IsPsb">Whether it has the PSB marker (公网安备).</param>
/// <param name="Error">Why the parser refuses it; the position is in <paramref name="Text"/>.</param>
internal sealed record FoundNearMiss(string Text, int Offset, int Line, FoundNumberContext Context, bool IsPsb, ParseError Error);
