using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>
/// Finds every filing, license and PSB number in a page's HTML and says what is wrong with each: not linked, linked
/// to a wrong or retired address, a PSB link to another record, a number only in a comment or script, and, given the
/// site's numbers, a missing or different number or the wrong one for the province's display rule.
/// </summary>
/// <remarks>
/// <para>The HTML is read in one linear pass without a DOM: character references are decoded, tags in any case
/// and attributes in any order and quoting are understood. Any string is accepted; malformed HTML is read the way
/// a browser would read most of it, and never throws.</para>
/// <para>The rules are listed in <see cref="FooterRules"/>. Stateless; safe to use from any thread.</para>
/// </remarks>
public static class FooterInspector
{
    private static readonly string PsbHost = new Uri(VerificationLinks.PsbRecordPrefix).Host;
    private static readonly string LegacyPsbHost = new Uri(VerificationLinks.LegacyPsbRecordPrefix).Host;

    /// <summary>Inspects a page on its own: each number's link and place.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> is null.</exception>
    public static FooterInspection Inspect(string html)
    {
        Preconditions.CheckNotNull(html);
        return Verdicts(PageScanner.Scan(html, MaxKeptNumbers), FooterInspectionOptions.Default);
    }

    /// <summary>Inspects a page as the options say: which page of the site it is (a page other than the home page
    /// that shows no ICP number is a warning, FTR0311, not an error) and, given the site's numbers, whether it shows
    /// them (as <see cref="Inspect(string, ExpectedFooterNumbers)"/>).</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="options">Which page it is and the site's numbers.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="options"/> is null.</exception>
    public static FooterInspection Inspect(string html, FooterInspectionOptions options)
    {
        Preconditions.CheckNotNull(html);
        Preconditions.CheckNotNull(options);
        return Verdicts(PageScanner.Scan(html, MaxKeptNumbers), options);
    }

    /// <summary>Inspects a page given as bytes, as a crawler holds it, with the encoding a browser picks: a byte-order
    /// mark, else a <c>charset</c> of GBK, GB2312 or GB18030 declared in a <c>&lt;meta&gt;</c> in the first 1,024 bytes
    /// (decoded as GB18030), else UTF-8. UTF-8 is read as it is, without decoding the page to UTF-16 first; invalid
    /// bytes count as the U+FFFD a browser shows. The result is that of <see cref="Inspect(string)"/> on the decoded
    /// text: offsets are in its UTF-16 code units.</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="encoding">The encoding the server declared (the HTTP <c>Content-Type</c>'s charset), which wins
    /// over the page's own declaration; null to detect it.</param>
    /// <returns>The numbers found and the findings.</returns>
    public static FooterInspection Inspect(ReadOnlySpan<byte> page, Encoding? encoding = null)
        => Verdicts(Scan(page, encoding), FooterInspectionOptions.Default);

    /// <summary>Inspects a page given as bytes as the options say: as <see cref="Inspect(ReadOnlySpan{byte}, Encoding)"/>
    /// and <see cref="Inspect(string, FooterInspectionOptions)"/>.</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="options">Which page it is and the site's numbers.</param>
    /// <param name="encoding">The encoding the server declared, or null to detect it.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static FooterInspection Inspect(ReadOnlySpan<byte> page, FooterInspectionOptions options, Encoding? encoding = null)
    {
        Preconditions.CheckNotNull(options);
        return Verdicts(Scan(page, encoding), options);
    }

    /// <summary>Inspects a page given as bytes against the site's numbers: as <see cref="Inspect(ReadOnlySpan{byte}, Encoding)"/>
    /// and <see cref="Inspect(string, ExpectedFooterNumbers)"/>.</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="expected">The site's numbers.</param>
    /// <param name="encoding">The encoding the server declared, or null to detect it.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="expected"/> is null.</exception>
    public static FooterInspection Inspect(ReadOnlySpan<byte> page, ExpectedFooterNumbers expected, Encoding? encoding = null)
    {
        Preconditions.CheckNotNull(expected);
        return Verdicts(Scan(page, encoding), new FooterInspectionOptions { Expected = expected });
    }

    /// <summary>Inspects a page read from a stream (a response body, a file), up to its end: as
    /// <see cref="Inspect(ReadOnlySpan{byte}, Encoding)"/>. At most <see cref="MaxStreamBytes"/> bytes are read; the
    /// stream is not closed.</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="encoding">The encoding the server declared, or null to detect it.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream holds more than <see cref="MaxStreamBytes"/> bytes.</exception>
    public static FooterInspection Inspect(Stream page, Encoding? encoding = null)
    {
        Preconditions.CheckNotNull(page);
        using PageBuffer buffer = PageBuffer.Read(page, MaxStreamBytes);
        return Inspect(buffer.Bytes, encoding);
    }

    /// <summary>Inspects a page read from a stream as the options say: as <see cref="Inspect(Stream, Encoding)"/> and
    /// <see cref="Inspect(string, FooterInspectionOptions)"/>.</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="options">Which page it is and the site's numbers.</param>
    /// <param name="encoding">The encoding the server declared, or null to detect it.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> or <paramref name="options"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream holds more than <see cref="MaxStreamBytes"/> bytes.</exception>
    public static FooterInspection Inspect(Stream page, FooterInspectionOptions options, Encoding? encoding = null)
    {
        Preconditions.CheckNotNull(page);
        Preconditions.CheckNotNull(options);
        using PageBuffer buffer = PageBuffer.Read(page, MaxStreamBytes);
        return Inspect(buffer.Bytes, options, encoding);
    }

    /// <summary>Inspects a page read from a stream against the site's numbers: as <see cref="Inspect(Stream, Encoding)"/>
    /// and <see cref="Inspect(string, ExpectedFooterNumbers)"/>.</summary>
    /// <param name="page">The page's bytes.</param>
    /// <param name="expected">The site's numbers.</param>
    /// <param name="encoding">The encoding the server declared, or null to detect it.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="page"/> or <paramref name="expected"/> is null.</exception>
    /// <exception cref="InvalidDataException">The stream holds more than <see cref="MaxStreamBytes"/> bytes.</exception>
    public static FooterInspection Inspect(Stream page, ExpectedFooterNumbers expected, Encoding? encoding = null)
    {
        Preconditions.CheckNotNull(page);
        Preconditions.CheckNotNull(expected);
        using PageBuffer buffer = PageBuffer.Read(page, MaxStreamBytes);
        return Inspect(buffer.Bytes, expected, encoding);
    }

    /// <summary>The most bytes <see cref="Inspect(Stream, Encoding)"/> reads from a stream (256 MiB): a page is held in
    /// memory while it is read, so an endless or hostile stream must end somewhere. A longer page can be inspected
    /// from its bytes or text.</summary>
    public const int MaxStreamBytes = 256 * 1024 * 1024;

    private static (List<FoundNumber> Numbers, List<FoundNearMiss> NearMisses, int NotKept) Scan(ReadOnlySpan<byte> page, Encoding? encoding)
        => PageEncoding.IsUtf8(page, encoding, out int preamble)
            ? PageScanner.ScanUtf8(page[preamble..], MaxKeptNumbers)
            : PageScanner.Scan(PageEncoding.Decode(page, encoding), MaxKeptNumbers);

    /// <summary>The findings about the numbers and near misses a page shows; with the site's numbers, whether it shows
    /// them.</summary>
    private static FooterInspection Verdicts((List<FoundNumber> Numbers, List<FoundNearMiss> NearMisses, int NotKept) scan, FooterInspectionOptions options)
    {
        (List<FoundNumber> numbers, List<FoundNearMiss> nearMisses, int notKept) = scan;
        bool homePage = options.Page == PageKind.HomePage;
        var findings = new List<FooterFinding>();
        CheckEach(numbers, homePage, findings);
        CheckNearMisses(nearMisses, findings);
        if (options.Expected is not ExpectedFooterNumbers expected)
        {
            CheckShowsAny(numbers, nearMisses, homePage, findings);
        }
        else
        {
            CheckExpected(numbers, expected, homePage, findings);
        }

        CheckOneSubject(numbers, findings);
        return Result(numbers, findings, notKept) with { Page = options.Page };
    }

    /// <summary>Inspects a Markdown page (a static site's footer): inline links <c>[京ICP备…](https://beian.miit.gov.cn/)</c>
    /// and autolinks count as links, backslash escapes are read, inline HTML is HTML; then as
    /// <see cref="Inspect(string)"/>. Offsets are in the Markdown text.</summary>
    /// <param name="markdown">The page's Markdown.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> is null.</exception>
    public static FooterInspection InspectMarkdown(string markdown)
    {
        Preconditions.CheckNotNull(markdown);
        string html = MarkdownPage.ToHtml(markdown, out int[] sources);
        return InMarkdown(Inspect(html), sources);
    }

    /// <summary>Inspects a Markdown page against the site's numbers: as <see cref="InspectMarkdown(string)"/> and
    /// <see cref="Inspect(string, ExpectedFooterNumbers)"/>.</summary>
    /// <param name="markdown">The page's Markdown.</param>
    /// <param name="expected">The site's numbers.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> or <paramref name="expected"/> is null.</exception>
    public static FooterInspection InspectMarkdown(string markdown, ExpectedFooterNumbers expected)
    {
        Preconditions.CheckNotNull(markdown);
        string html = MarkdownPage.ToHtml(markdown, out int[] sources);
        return InMarkdown(Inspect(html, expected), sources);
    }

    /// <summary>Inspects a Markdown page as the options say: as <see cref="InspectMarkdown(string)"/> and
    /// <see cref="Inspect(string, FooterInspectionOptions)"/>.</summary>
    /// <param name="markdown">The page's Markdown.</param>
    /// <param name="options">Which page it is and the site's numbers.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="markdown"/> or <paramref name="options"/> is null.</exception>
    public static FooterInspection InspectMarkdown(string markdown, FooterInspectionOptions options)
    {
        Preconditions.CheckNotNull(markdown);
        Preconditions.CheckNotNull(options);
        string html = MarkdownPage.ToHtml(markdown, out int[] sources);
        return InMarkdown(Inspect(html, options), sources);
    }

    /// <summary>The inspection of the HTML made from Markdown, with offsets moved back into the Markdown (lines are
    /// the same: the HTML keeps every line break).</summary>
    private static FooterInspection InMarkdown(FooterInspection inspection, int[] sources)
        => inspection with
        {
            Numbers = [.. inspection.Numbers.Select(n => n with { Offset = sources[n.Offset] })],
            Findings = [.. inspection.Findings.Select(f => f.Offset is int offset ? f with { Offset = sources[offset] } : f)],
        };

    /// <summary>At most this many numbers are kept per page (<see cref="FooterInspection.Numbers"/>, and the findings
    /// about them), and as many near misses; the numbers beyond are counted in
    /// <see cref="FooterInspection.NumbersNotKept"/>. A footer holds a handful; the cap keeps the memory of an
    /// inspection bounded on a page made of numbers.</summary>
    public const int MaxKeptNumbers = 1000;

    /// <summary>Inspects a page against the numbers the site has been issued: as <see cref="Inspect(string)"/>, and
    /// whether the expected numbers are shown as the province's display rule requires.</summary>
    /// <param name="html">The page's HTML.</param>
    /// <param name="expected">The site's numbers.</param>
    /// <returns>The numbers found and the findings.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="html"/> or <paramref name="expected"/> is null.</exception>
    public static FooterInspection Inspect(string html, ExpectedFooterNumbers expected)
    {
        Preconditions.CheckNotNull(html);
        Preconditions.CheckNotNull(expected);
        return Verdicts(PageScanner.Scan(html, MaxKeptNumbers), new FooterInspectionOptions { Expected = expected });
    }

    private static FooterInspection Result(List<FoundNumber> numbers, List<FooterFinding> findings, int notKept)
    {
        // Repeats of one finding (same rule, same message: the same number with the same link) become one, counted.
        var collapsed = new List<FooterFinding>(findings.Count);
        var first = new Dictionary<(string, string), int>();
        foreach (FooterFinding finding in findings.Count < 2 ? findings : (IEnumerable<FooterFinding>)findings.OrderBy(f => f.Offset ?? int.MaxValue))
        {
            if (first.TryGetValue((finding.RuleId, finding.Message), out int at))
            {
                collapsed[at] = collapsed[at] with { Occurrences = collapsed[at].Occurrences + 1 };
                continue;
            }

            first[(finding.RuleId, finding.Message)] = collapsed.Count;
            collapsed.Add(finding);
        }

        return new([.. numbers], [.. collapsed]) { NumbersNotKept = notKept };
    }

    /// <summary>Text that looks like a number but does not parse, where a visitor sees it: the author meant a number
    /// and the page shows none that can be looked up. In comments, scripts and hidden content nobody sees it.</summary>
    private static void CheckNearMisses(List<FoundNearMiss> nearMisses, List<FooterFinding> findings)
    {
        foreach (FoundNearMiss miss in nearMisses)
        {
            if (miss.Context != FoundNumberContext.Text)
            {
                continue;
            }

            FooterRule rule = miss.IsPsb ? FooterRules.PsbNumberMalformed : FooterRules.IcpNumberMalformed;
            string quoted = QuotedText.Quote(miss.Text);
            string english = string.Create(CultureInfo.InvariantCulture, $"{rule.Title}: '{quoted}': {miss.Error.Code} at position {miss.Error.Position}: {miss.Error.Message}");
            string chinese = string.Create(CultureInfo.InvariantCulture, $"{rule.TitleChinese}：“{quoted}”：{miss.Error.Code}，位置 {miss.Error.Position}：{miss.Error.MessageChinese}");
            findings.Add(new FooterFinding(rule, english, chinese, null, miss.Offset, miss.Line, null) { ParseError = miss.Error });
        }
    }

    /// <summary>A page that shows no ICP number at all (none in its text; a number only in a comment, a script or
    /// hidden content has its own finding on the home page, and a mistyped one is reported instead): an error on the
    /// home page, which the display rule names, a warning on another page, about which the sources say nothing.</summary>
    private static void CheckShowsAny(List<FoundNumber> numbers, List<FoundNearMiss> nearMisses, bool homePage, List<FooterFinding> findings)
    {
        bool filing = false;
        bool license = false;
        foreach (FoundNumber found in numbers)
        {
            if (found.Context == FoundNumberContext.Text)
            {
                filing |= found.Number.IsT0;
                license |= found.Number.IsT1;
            }
        }

        if (filing)
        {
            return;
        }

        if (license)
        {
            findings.Add(Finding(FooterRules.OnlyLicenseNumber, null, null));
        }
        else if (!nearMisses.Any(m => m.Context == FoundNumberContext.Text && !m.IsPsb))
        {
            findings.Add(Finding(homePage ? FooterRules.NoIcpNumber : FooterRules.InnerPageShowsNoIcpNumber, null, null));
        }
    }

    /// <summary>Visible ICP numbers of two subjects of one form (two <c>ICP备</c> subjects, or two licenses): one
    /// finding at the first number of the second subject, naming both. Numbers spelt with another of the province's
    /// characters (甘/陇) are one subject.</summary>
    private static void CheckOneSubject(List<FoundNumber> numbers, List<FooterFinding> findings)
    {
        // The first number seen of each form of subject: an ICP备 subject number, a license.
        var first = new Dictionary<FilingNumberKind, (FoundNumber Found, FilingNumber Subject)>();
        foreach (FoundNumber found in numbers)
        {
            if (found.Context != FoundNumberContext.Text || !SubjectOf(found.Number, out FilingNumber subject))
            {
                continue;
            }

            if (!first.TryGetValue(subject.Kind, out var earlier))
            {
                first[subject.Kind] = (found, subject);
            }
            else if (!subject.IsSameRecordAs(earlier.Subject))
            {
                FooterFinding finding = Finding(FooterRules.NumbersOfTwoSubjects, found, null);
                findings.Add(finding with
                {
                    Message = finding.Message + " (subject " + subject + "; the page also shows " + earlier.Found.Number + " of subject " + earlier.Subject + ": usually a footer copied from another site)",
                    MessageChinese = finding.MessageChinese + "（主体 " + subject + "；页面另显示主体 " + earlier.Subject + " 的 " + earlier.Found.Number + "：通常是从其他网站复制的页脚）",
                });
                return;
            }
        }
    }

    /// <summary>The subject of an ICP filing or license number: its subject number, or the license it hangs off.</summary>
    private static bool SubjectOf(FilingNumber number, out FilingNumber subject)
    {
        subject = number.Kind switch
        {
            FilingNumberKind.IcpFiling when number.AsT0.LicenseNumber is IcpLicenseNumber license => license,
            FilingNumberKind.IcpFiling => number.AsT0.SubjectNumber!.Value,
            FilingNumberKind.IcpLicense => number,
            _ => number,
        };
        return number.Kind != FilingNumberKind.Psb;
    }

    /// <summary>Each number's link; a number that only hidden content shows, except an ICP number on a page other
    /// than the home page: the hidden-number findings rest on the home page's display rule, and there such a page
    /// shows no ICP number (FTR0311).</summary>
    private static void CheckEach(List<FoundNumber> numbers, bool homePage, List<FooterFinding> findings)
    {
        // A page repeats its links (a footer on every section, the same record link twice): each distinct href is
        // parsed as a URL once per inspection.
        var hosts = new Dictionary<string, string?>(StringComparer.Ordinal);

        // Built only for a page with a number in a comment or script (a page with a footer costs ~1 µs beyond its
        // scan, and the sets are a good part of it).
        HashSet<FilingNumber>? visible = null;
        HashSet<FilingNumber>? reportedHidden = null;
        foreach (FoundNumber found in numbers)
        {
            if (found.Context != FoundNumberContext.Text)
            {
                visible ??= numbers.Where(n => n.Context == FoundNumberContext.Text).Select(n => n.Number).ToHashSet();
                reportedHidden ??= [];
                if (!visible.Contains(found.Number) && (homePage || found.Number.IsT2) && reportedHidden.Add(found.Number))
                {
                    findings.Add(found.Number.IsT2 ? HiddenPsbFinding(found) : Finding(found.Context switch
                    {
                        FoundNumberContext.Comment => FooterRules.NumberOnlyInComment,
                        FoundNumberContext.Script => FooterRules.NumberOnlyInScript,
                        _ => FooterRules.NumberOnlyHidden,
                    }, found));
                }

                continue;
            }

            found.Number.Switch(
                _ => CheckIcpLink(found, findings, hosts),
                _ => CheckLicenseLink(found, findings, hosts),
                psb => CheckPsb(found, psb, findings, hosts));
        }
    }

    /// <summary>FTR0404, saying where the PSB number is: one rule for the three places, since all three are the same
    /// warning (the PSB display rests on practice, FTR0401–0403 on the home page's display rule).</summary>
    private static FooterFinding HiddenPsbFinding(FoundNumber found)
    {
        FooterFinding finding = Finding(FooterRules.PsbNumberOnlyHidden, found);
        (string english, string chinese) = found.Context switch
        {
            FoundNumberContext.Comment => (" (in an HTML comment)", "（在HTML注释中）"),
            FoundNumberContext.Script => (" (in a script)", "（在脚本中）"),
            _ => (" (in content the browser does not show)", "（在浏览器不显示的内容中）"),
        };
        return finding with { Message = finding.Message + english, MessageChinese = finding.MessageChinese + chinese };
    }

    private static void CheckIcpLink(FoundNumber found, List<FooterFinding> findings, Dictionary<string, string?> hosts)
    {
        if (found.Href is not string href)
        {
            findings.Add(Finding(FooterRules.IcpNumberNotLinked, found));
            return;
        }

        string? host = CachedHost(href, hosts);
        if (string.Equals(host, VerificationLinks.MiitHost, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        bool retired = host is not null && VerificationLinks.RetiredMiitHosts.Contains(host, StringComparer.OrdinalIgnoreCase);
        findings.Add(Finding(retired ? FooterRules.IcpLinkRetired : FooterRules.IcpLinkWrong, found));
    }

    /// <summary>A license number need not be linked (no source asks for it, and sites link it to the provincial
    /// communications administration as often as to the MIIT), but a link to a retired MIIT address is broken.</summary>
    private static void CheckLicenseLink(FoundNumber found, List<FooterFinding> findings, Dictionary<string, string?> hosts)
    {
        if (found.Href is string href && CachedHost(href, hosts) is string host && VerificationLinks.RetiredMiitHosts.Contains(host, StringComparer.OrdinalIgnoreCase))
        {
            findings.Add(Finding(FooterRules.IcpLinkRetired, found));
        }
    }

    private static void CheckPsb(FoundNumber found, PsbFilingNumber psb, List<FooterFinding> findings, Dictionary<string, string?> hosts)
    {
        if (psb.IsLegacy)
        {
            findings.Add(Finding(FooterRules.PsbNumberLegacy, found));
        }

        if (found.Href is not string href)
        {
            findings.Add(Finding(FooterRules.PsbNumberNotLinked, found));
            return;
        }

        string? host = CachedHost(href, hosts);
        bool current = string.Equals(host, PsbHost, StringComparison.OrdinalIgnoreCase);
        bool legacy = string.Equals(host, LegacyPsbHost, StringComparison.OrdinalIgnoreCase)
            || string.Equals(host, LegacyPsbHost["www.".Length..], StringComparison.OrdinalIgnoreCase);
        if (!current && !legacy)
        {
            findings.Add(Finding(FooterRules.PsbLinkWrong, found));
            return;
        }

        if (legacy)
        {
            findings.Add(Finding(FooterRules.PsbLinkLegacy, found));
        }

        // "code=" is the parameter on the platform and "recordcode=" on the retired portal; "qrcode=" and the like
        // are other parameters.
        int code = RecordCodeParameter(href);
        if (code < 0)
        {
            if (current)
            {
                findings.Add(Finding(FooterRules.PsbLinkWrong, found));
            }

            return;
        }

        ReadOnlySpan<char> digits = href.AsSpan(code + "code=".Length);
        int length = 0;
        while (length < digits.Length && char.IsAsciiDigit(digits[length]))
        {
            length++;
        }

        Span<char> expected = stackalloc char[PsbFilingNumber.DigitCount];
        _ = psb.TryFormatDigits(expected, out int written);
        if (!digits[..length].SequenceEqual(expected[..written]))
        {
            findings.Add(Finding(FooterRules.PsbLinkCodeMismatch, found));
        }
    }

    private static int RecordCodeParameter(string href)
    {
        for (int at = href.IndexOf("code=", StringComparison.OrdinalIgnoreCase); at >= 0; at = href.IndexOf("code=", at + 1, StringComparison.OrdinalIgnoreCase))
        {
            bool parameterStart = at > 0 && href[at - 1] is '?' or '&' or '#';
            bool recordCode = at >= 7 && href.AsSpan(at - 7, 7).Equals("?record", StringComparison.OrdinalIgnoreCase)
                || (at >= 7 && href.AsSpan(at - 7, 7).Equals("&record", StringComparison.OrdinalIgnoreCase));
            if (parameterStart || recordCode)
            {
                return at;
            }
        }

        return -1;
    }

    private static void CheckExpected(List<FoundNumber> numbers, ExpectedFooterNumbers expected, bool homePage, List<FooterFinding> findings)
    {
        var visible = numbers.Where(n => n.Context == FoundNumberContext.Text).ToList();
        var hidden = numbers.Where(n => n.Context != FoundNumberContext.Text).Select(n => n.Number).ToList();
        var visibleFilings = visible.Where(n => n.Number.IsT0).ToList();

        // A number written with its province's other character (陇/甘, 川/蜀, 黔/贵, 滇/云) is the same record.
        bool Hidden(FilingNumber n) => hidden.Any(h => h.IsSameRecordAs(n));

        IcpFilingNumber filed = expected.IcpNumber;
        if (!FooterDisplay.TryGetDisplayed(filed, out IcpFilingNumber displayed, out DisplayRule rule))
        {
            // Outside Guangdong the site's own -n number must be shown, and only the subject's was given: the
            // renderer refuses this, and the inspector says so rather than approve a page that shows it.
            findings.Add(Finding(FooterRules.ShowsOnlySubjectNumber, null, filed));
            displayed = filed;
        }

        bool Shows(IcpFilingNumber n) => visibleFilings.Any(f => f.Number.AsT0.IsSameRecordAs(n));
        FoundNumber First(IcpFilingNumber n) => visibleFilings.First(f => f.Number.AsT0.IsSameRecordAs(n));
        if (!Shows(displayed))
        {
            if (rule == DisplayRule.SubjectNumber && Shows(filed))
            {
                findings.Add(Finding(FooterRules.GuangdongShowsServiceNumber, First(filed), displayed));
            }
            else if (rule == DisplayRule.ServiceNumber && filed.SubjectNumber is IcpFilingNumber subject && Shows(subject) && subject != filed)
            {
                findings.Add(Finding(FooterRules.ShowsOnlySubjectNumber, First(subject), displayed));
            }
            else if (!homePage && visibleFilings.Count == 0)
            {
                // Not the home page: the sources do not ask it to show the number (a hidden copy is not reported
                // on such a page, see CheckEach).
                findings.Add(Finding(FooterRules.InnerPageShowsNoIcpNumber, null, displayed));
            }
            else if (!Hidden(displayed) || visibleFilings.Count > 0)
            {
                // A hidden copy of the expected number is reported on its own (FTR0401/0402); it must not hide a
                // different number that visitors do see.
                ReportDifferentOrMissing(visibleFilings, FooterRules.UnexpectedIcpNumber, FooterRules.ExpectedIcpNumberMissing, displayed, findings);
            }
        }

        var visiblePsb = visible.Where(n => n.Number.IsT2).ToList();
        if (expected.PsbNumber is PsbFilingNumber psb && !visiblePsb.Any(n => n.Number.AsT2.IsSameRecordAs(psb)) && (!Hidden(psb) || visiblePsb.Count > 0))
        {
            ReportDifferentOrMissing(visiblePsb, FooterRules.UnexpectedPsbNumber, FooterRules.ExpectedPsbNumberMissing, psb, findings);
        }

        // A service number under the license (京ICP证030173号-1) shows the license number too.
        if (expected.LicenseNumber is IcpLicenseNumber license
            && !visible.Any(n => (n.Number.IsT1 && n.Number.AsT1.IsSameRecordAs(license)) || (n.Number.IsT0 && n.Number.AsT0.LicenseNumber is IcpLicenseNumber l && l.IsSameRecordAs(license)))
            && !Hidden(license))
        {
            findings.Add(Finding(FooterRules.ExpectedLicenseNumberMissing, null, license));
        }
    }

    private static void ReportDifferentOrMissing(List<FoundNumber> sameKind, FooterRule different, FooterRule missing, FilingNumber expected, List<FooterFinding> findings)
    {
        if (sameKind.Count == 0)
        {
            findings.Add(Finding(missing, null, expected));
            return;
        }

        var reported = new HashSet<FilingNumber>();
        foreach (FoundNumber found in sameKind)
        {
            if (reported.Add(found.Number))
            {
                findings.Add(Finding(different, found, expected));
            }
        }
    }

    private static string? CachedHost(string href, Dictionary<string, string?> hosts)
    {
        if (!hosts.TryGetValue(href, out string? host))
        {
            host = Host(href);
            hosts[href] = host;
        }

        return host;
    }

    /// <summary>The host of an http(s) link, or null when the link is not an absolute http(s) URL.</summary>
    internal static string? Host(string href)
    {
        if (PlainHost(href) is string plain)
        {
            return plain;
        }

        // Browsers drop tabs and line breaks anywhere in a URL (URL standard), so "beian.mi\nit.gov.cn" is the MIIT.
        string cleaned = href.Replace("\t", string.Empty, StringComparison.Ordinal).Replace("\r", string.Empty, StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);
        string absolute = cleaned.StartsWith("//", StringComparison.Ordinal) ? "https:" + cleaned : cleaned;
        return Uri.TryCreate(absolute, UriKind.Absolute, out Uri? uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
            ? uri.Host
            : null;
    }

    /// <summary>
    /// The host of the common link, read without a <see cref="Uri"/> (whose construction costs as much as scanning a
    /// few kilobytes of page): "http://" or "https://" in lower case, then a host of non-empty dot-separated labels of
    /// lower-case ASCII letters, digits and hyphens whose last label is letters only (so never an address that
    /// <see cref="Uri"/> would rewrite, such as "0x7f.1"), then the end or '/', '?' or '#'. Null for anything else,
    /// which <see cref="Host"/> gives to <see cref="Uri"/>; for what it accepts, it returns what <see cref="Uri"/>
    /// returns (a test compares the two).
    /// </summary>
    internal static string? PlainHost(string href)
    {
        int start = href.StartsWith("https://", StringComparison.Ordinal) ? 8 : href.StartsWith("http://", StringComparison.Ordinal) ? 7 : -1;
        if (start < 0)
        {
            return null;
        }

        int end = start;
        int labelStart = start;
        bool lastLabelLetters = true;
        for (; end < href.Length; end++)
        {
            char c = href[end];
            if (c is '/' or '?' or '#')
            {
                break;
            }

            if (c == '.')
            {
                // An empty label ("a..b") makes Uri refuse the URL.
                if (end == labelStart)
                {
                    return null;
                }

                labelStart = end + 1;
                lastLabelLetters = true;
            }
            else if (char.IsAsciiLetterLower(c))
            {
                // A letter keeps the label's letters-only state.
            }
            else if (char.IsAsciiDigit(c) || c == '-')
            {
                lastLabelLetters = false;
            }
            else
            {
                return null;
            }
        }

        return end > labelStart && lastLabelLetters ? href[start..end] : null;
    }

    private static FooterFinding Finding(FooterRule rule, FoundNumber found) => Finding(rule, found, null);

    private static FooterFinding Finding(FooterRule rule, FoundNumber? found, FilingNumber? expected)
    {
        string english = rule.Title;
        string chinese = rule.TitleChinese;
        if (found is not null)
        {
            english += ": " + found.Number;
            chinese += "：" + found.Number;
            if (found.Href is string href && (rule.Id.StartsWith("FTR01", StringComparison.Ordinal) || rule.Id.StartsWith("FTR02", StringComparison.Ordinal)))
            {
                string quoted = QuotedText.Quote(href);
                english += " (links to " + quoted + ")";
                chinese += "（链接为 " + quoted + "）";
            }
        }

        if (expected is not null)
        {
            english += (found is null ? ": " : "; ") + "expected " + expected;
            chinese += (found is null ? "：" : "；") + "应为 " + expected;
        }

        return new FooterFinding(rule, english, chinese, found?.Number ?? expected, found?.Offset, found?.Line, found?.Href);
    }
}
