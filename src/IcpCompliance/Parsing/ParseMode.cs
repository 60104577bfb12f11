namespace IcpCompliance.Parsing;

/// <summary>How strictly a parser reads its input.</summary>
/// <remarks>Both modes produce the same canonical value; they differ only in what text they accept.</remarks>
public enum ParseMode
{
    /// <summary>
    /// Only the canonical form is accepted, exactly as <c>ToString()</c> writes it: no whitespace, ASCII letters
    /// and digits, upper-case markers, every terminator in its place.
    /// </summary>
    Strict = 0,

    /// <summary>
    /// Also accepts what real footers and forms contain: full-width letters and digits, whitespace between parts,
    /// lower-case markers, a missing trailing <c>号</c>, <c>号</c> after the service index, dash variants, and a
    /// leading label such as <c>备案号：</c>. The result is the canonical value.
    /// </summary>
    Lenient = 1,
}
