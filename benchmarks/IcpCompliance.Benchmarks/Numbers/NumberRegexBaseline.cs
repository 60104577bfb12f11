using System.Text;
using System.Text.RegularExpressions;

namespace IcpCompliance.Benchmarks.Numbers;

/// <summary>
/// What a competent developer writes without the library: a compiled Regex per number that extracts the same parts
/// into a small struct, and for lenient input a normalizing pre-pass as a footer scraper would do.
/// </summary>
internal static class NumberRegexBaseline
{
    internal const string Canonical = "陕ICP备2024026116号-1A";
    internal const string Lenient = " 备案号：陕ＩＣＰ备 ２０２４０２６１１６号－１Ａ ";
    internal const string Psb = "京公网安备11010802012345号";
    internal const string License = "粤B2-20090059";

    private static readonly Regex IcpRegex = new(
        @"^(?<p>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀川黔贵滇云藏陕陇甘青宁新])ICP备(?<serial>\d{6,10})号(?:-(?<index>[1-9]\d{0,5})(?<suffix>[AXK])?)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex PsbRegex = new(
        @"^(?<p>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀川黔贵滇云藏陕陇甘青宁新])公网安备(?<digits>\d{14}|\d{12})号$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex LicenseRegex = new(
        @"^(?<p>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀川黔贵滇云藏陕陇甘青宁新])(?:ICP证(?<serial>\d{6,10})号|B2-(?<serial>\d{8}))$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    internal static Parts MatchIcp(string text)
    {
        Match m = IcpRegex.Match(text);
        if (!m.Success)
        {
            return default;
        }

        Group index = m.Groups["index"];
        Group suffix = m.Groups["suffix"];
        return new Parts(
            m.Groups["p"].ValueSpan[0],
            long.Parse(m.Groups["serial"].ValueSpan, provider: null),
            m.Groups["serial"].Length,
            index.Success ? int.Parse(index.ValueSpan, provider: null) : 0,
            suffix.Success ? suffix.ValueSpan[0] : '\0');
    }

    internal static Parts MatchPsb(string text) => MatchSerialOnly(PsbRegex, text, "digits");

    internal static Parts MatchLicense(string text) => MatchSerialOnly(LicenseRegex, text, "serial");

    // The usual pre-pass: strip the label and whitespace, fold full-width forms and case, then match strictly.
    internal static string NormalizeLikeAFooterScraper(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char raw in text.Replace("备案号：", string.Empty, System.StringComparison.Ordinal))
        {
            char c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static Parts MatchSerialOnly(Regex regex, string text, string group)
    {
        Match m = regex.Match(text);
        return m.Success ? new Parts(m.Groups["p"].ValueSpan[0], long.Parse(m.Groups[group].ValueSpan, provider: null), m.Groups[group].Length, 0, '\0') : default;
    }
}
