using System;
using System.Text;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Benchmarks.Numbers;

/// <summary>
/// Parsing the three numbers, against what a competent developer writes without the library: a compiled Regex
/// that extracts the same parts (province character, serial, index, suffix) into the same kind of value.
/// </summary>
[MemoryDiagnoser]
public class NumberParsingBenchmarks
{
    private const string Canonical = "陕ICP备2024026116号-1A";
    private const string Lenient = " 备案号：陕ＩＣＰ备 ２０２４０２６１１６号－１Ａ ";
    private const string Psb = "京公网安备11010802012345号";
    private const string Licence = "粤B2-20090059";

    private static readonly Regex IcpRegex = new(
        @"^(?<p>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀川黔贵滇云藏陕陇甘青宁新])ICP备(?<serial>\d{6,10})号(?:-(?<index>[1-9]\d{0,5})(?<suffix>[AXK])?)?$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex PsbRegex = new(
        @"^(?<p>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀川黔贵滇云藏陕陇甘青宁新])公网安备(?<digits>\d{14}|\d{12})号$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    private static readonly Regex LicenceRegex = new(
        @"^(?<p>[京津冀晋蒙辽吉黑沪苏浙皖闽赣鲁豫鄂湘粤桂琼渝蜀川黔贵滇云藏陕陇甘青宁新])(?:ICP证(?<serial>\d{6,10})号|B2-(?<serial>\d{8}))$",
        RegexOptions.Compiled | RegexOptions.CultureInvariant);

    /// <summary>The parts the baselines extract, so they do the same work as the library.</summary>
    public readonly record struct Parts(char Province, long Serial, int SerialLength, int Index, char Suffix);

    /// <summary>Both sides must succeed on the inputs, or the run would time the failure path.</summary>
    [GlobalSetup]
    public void CheckInputsParse()
    {
        if (IcpStrictRegex() != IcpLenientRegex() || IcpStrictRegex() == default || IcpStrictLibrary() != IcpLenientLibrary()
            || IcpStrictLibrary() == default || PsbLibrary() == default || PsbRegexParse() == default
            || LicenceLibrary() == default || LicenceRegexParse() == default)
        {
            throw new InvalidOperationException("A benchmark input does not parse on both sides.");
        }
    }

    [Benchmark(Baseline = true, Description = "ICP strict: compiled Regex")]
    public Parts IcpStrictRegex() => MatchIcp(Canonical);

    [Benchmark(Description = "ICP strict: IcpFilingNumber.TryParse")]
    public IcpFilingNumber IcpStrictLibrary()
        => IcpFilingNumber.TryParse(Canonical, out IcpFilingNumber n) ? n : default;

    [Benchmark(Description = "ICP lenient: normalise + compiled Regex")]
    public Parts IcpLenientRegex() => MatchIcp(NormaliseLikeAFooterScraper(Lenient));

    [Benchmark(Description = "ICP lenient: IcpFilingNumber.TryParse")]
    public IcpFilingNumber IcpLenientLibrary()
        => IcpFilingNumber.TryParse(Lenient, ParseMode.Lenient, out IcpFilingNumber n) ? n : default;

    [Benchmark(Description = "PSB: compiled Regex")]
    public Parts PsbRegexParse() => MatchSerialOnly(PsbRegex, Psb, "digits");

    [Benchmark(Description = "PSB: PsbFilingNumber.TryParse")]
    public PsbFilingNumber PsbLibrary()
        => PsbFilingNumber.TryParse(Psb, out PsbFilingNumber n) ? n : default;

    [Benchmark(Description = "Licence: compiled Regex")]
    public Parts LicenceRegexParse() => MatchSerialOnly(LicenceRegex, Licence, "serial");

    [Benchmark(Description = "Licence: IcpLicenseNumber.TryParse")]
    public IcpLicenseNumber LicenceLibrary()
        => IcpLicenseNumber.TryParse(Licence, out IcpLicenseNumber n) ? n : default;

    private static Parts MatchSerialOnly(Regex regex, string text, string group)
    {
        Match m = regex.Match(text);
        return m.Success ? new Parts(m.Groups["p"].ValueSpan[0], long.Parse(m.Groups[group].ValueSpan, provider: null), m.Groups[group].Length, 0, '\0') : default;
    }

    private static Parts MatchIcp(string text)
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

    // The usual pre-pass: strip the label and whitespace, fold full-width forms and case, then match strictly.
    private static string NormaliseLikeAFooterScraper(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (char raw in text.Replace("备案号：", string.Empty, StringComparison.Ordinal))
        {
            char c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
