using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using System.Threading.Tasks;
using IcpCompliance.Cli.Input;
using IcpCompliance.Cli.Output;
using IcpCompliance.Footer;
using IcpCompliance.Subjects;

namespace IcpCompliance.Cli.Commands;

/// <summary>
/// <c>icp inspect DIR|@list.txt</c>: inspects many pages in parallel on all cores, in batches of
/// <see cref="BatchSize"/> whose results are written in page order and then dropped, so memory stays bounded whatever
/// the page count; one line per page (or one JSON line with <c>--format jsonl</c>) and a summary table: pages,
/// compliant, and by finding id the pages and occurrences. A progress bar is drawn on the standard error only when
/// it is a terminal.
/// </summary>
internal static class InspectMany
{
    /// <summary>How many pages are inspected at once (and held in memory at most).</summary>
    internal const int BatchSize = 256;

    private static readonly string[] PageExtensions = [".html", ".htm", ".md", ".markdown"];

    private static readonly JsonWriterOptions JsonOptions = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Whether the argument names many pages: a directory or <c>@</c> and a list file.</summary>
    internal static bool NamesManyPages(string path) => path.StartsWith('@') || Directory.Exists(path);

    internal static int Run(string path, FooterInspectionOptions options, FailurePolicy failOn, string read, bool jsonLines, TextWriter output, TextWriter error)
    {
        if (!TryListPages(path, error, out List<string> pages))
        {
            return ExitCodes.BadInput;
        }

        var byRule = new SortedDictionary<string, (int Pages, int Occurrences)>(StringComparer.Ordinal);
        var bySubject = new Dictionary<SubjectNumber, SubjectPages>();
        int compliant = 0;
        int failing = 0;
        int unreadable = 0;
        bool progress = !Console.IsErrorRedirected;
        for (int batch = 0; batch < pages.Count; batch += BatchSize)
        {
            string[] names = [.. pages.Skip(batch).Take(BatchSize)];
            var results = new (FooterInspection? Inspection, string? Error)[names.Length];
            Parallel.For(0, names.Length, k => results[k] = InspectOne(names[k], options, read));
            for (int k = 0; k < names.Length; k++)
            {
                (FooterInspection? inspection, string? failure) = results[k];
                if (inspection is null)
                {
                    unreadable++;
                    error.WriteLine("error: cannot read " + TerminalText.Quote(names[k]) + ": " + TerminalText.Quote(failure));
                    continue;
                }

                compliant += inspection.IsCompliant ? 1 : 0;
                failing += failOn.Fails(inspection) ? 1 : 0;
                foreach (IGrouping<string, FooterFinding> rule in inspection.Findings.GroupBy(f => f.RuleId))
                {
                    (int p, int o) = byRule.GetValueOrDefault(rule.Key);
                    byRule[rule.Key] = (p + 1, o + rule.Sum(f => f.Occurrences));
                }

                CountSubjects(names[k], inspection, bySubject);
                output.WriteLine(jsonLines ? JsonLine(names[k], inspection) : TextLine(names[k], inspection));
            }

            if (progress)
            {
                int done = Math.Min(pages.Count, batch + BatchSize);
                int filled = 30 * done / pages.Count;
                Console.Error.Write(DisplayWidth.Invariant($"\r[{new string('#', filled)}{new string(' ', 30 - filled)}] {done}/{pages.Count}"));
                Console.Error.Write(done == pages.Count ? "\n" : string.Empty);
            }
        }

        WriteSummary(pages.Count, compliant, unreadable, byRule, jsonLines ? error : output);
        WriteSubjects(bySubject, jsonLines ? error : output);
        return unreadable > 0 ? ExitCodes.BadInput : failing > 0 ? ExitCodes.ProblemFound : ExitCodes.Ok;
    }

    private static (FooterInspection?, string?) InspectOne(string name, FooterInspectionOptions options, string read)
    {
        try
        {
            var file = new FileInfo(name);
            if (file.Length > InputText.MaxPageBytes)
            {
                return (null, DisplayWidth.Invariant($"larger than {InputText.MaxPageBytes / (1024 * 1024)} MiB"));
            }

            return (Inspect(name, File.ReadAllBytes(name), options, read), null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, e.Message);
        }
    }

    /// <summary>Inspects one page's bytes: Markdown (always UTF-8: CommonMark reads no charset declaration) by its
    /// name or <c>--read</c>, else HTML in the charset it declares.</summary>
    internal static FooterInspection Inspect(string name, byte[] page, FooterInspectionOptions options, string read)
    {
        if (InspectCommand.IsMarkdown(read, name))
        {
            string text = Encoding.UTF8.GetString(page.AsSpan().StartsWith(Encoding.UTF8.Preamble) ? page.AsSpan(3) : page);
            return FooterInspector.InspectMarkdown(text, options);
        }

        return FooterInspector.Inspect(page, options);
    }

    private static bool TryListPages(string path, TextWriter error, out List<string> pages)
    {
        pages = [];
        try
        {
            if (path.StartsWith('@'))
            {
                string list = path[1..];
                string directory = Path.GetDirectoryName(Path.GetFullPath(list)) ?? ".";
                foreach (string line in File.ReadLines(list))
                {
                    string entry = line.Trim();
                    if (entry.Length > 0 && !entry.StartsWith('#'))
                    {
                        pages.Add(Path.IsPathRooted(entry) ? entry : Path.Combine(directory, entry));
                    }
                }
            }
            else
            {
                pages.AddRange(Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
                    .Where(f => PageExtensions.Contains(Path.GetExtension(f), StringComparer.OrdinalIgnoreCase))
                    .Order(StringComparer.Ordinal));
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine("error: cannot read " + TerminalText.Quote(path) + ": " + TerminalText.Quote(e.Message));
            return false;
        }

        return true;
    }

    private static string TextLine(string name, FooterInspection inspection)
    {
        var line = new StringBuilder(TerminalText.Quote(name));
        line.Append(DisplayWidth.Invariant($": {inspection.Numbers.Length} number(s), {inspection.Findings.Length} finding(s): {(inspection.IsCompliant ? "compliant" : "not compliant")}"));
        line.Append(inspection.Page == PageKind.InnerPage ? " (as an inner page)" : string.Empty);
        foreach (FooterFinding finding in inspection.Findings)
        {
            line.Append(DisplayWidth.Invariant($"\n  {finding.Line?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "-"}: {finding.Severity.ToString().ToLowerInvariant()} {finding.RuleId}: {TerminalText.Message(finding.Message)}"));
            line.Append(finding.Occurrences > 1 ? DisplayWidth.Invariant($" (×{finding.Occurrences})") : string.Empty);
        }

        return line.ToString();
    }

    /// <summary>One page as one JSON line: <c>page</c>, <c>pageKind</c> (<c>home</c> or <c>inner</c>: which the
    /// page was taken to be), <c>compliant</c>, <c>cut</c>, <c>numbers</c> (number,
    /// line, context, href) and <c>findings</c> (id, severity, line, message, occurrences).</summary>
    internal static string JsonLine(string name, FooterInspection inspection)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, JsonOptions))
        {
            json.WriteStartObject();
            json.WriteString("page", name);
            json.WriteString("pageKind", inspection.Page == PageKind.InnerPage ? "inner" : "home");
            json.WriteBoolean("compliant", inspection.IsCompliant);
            json.WriteBoolean("cut", inspection.IsCut);
            json.WriteStartArray("numbers");
            foreach (FoundNumber found in inspection.Numbers)
            {
                json.WriteStartObject();
                json.WriteString("number", found.Number.ToString());
                json.WriteNumber("line", found.Line);
                json.WriteString("context", found.Context.ToString().ToLowerInvariant());
                // An href is page text: cut like every quoted value, so a 50 MB link is not a 50 MB line.
                json.WriteString("href", found.Href is null ? null : TerminalText.Shorten(found.Href, TerminalText.MaxQuoted));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (FooterFinding finding in inspection.Findings)
            {
                json.WriteStartObject();
                json.WriteString("id", finding.RuleId);
                json.WriteString("severity", finding.Severity.ToString().ToLowerInvariant());
                if (finding.Line is int line)
                {
                    json.WriteNumber("line", line);
                }
                else
                {
                    json.WriteNull("line");
                }

                json.WriteString("message", finding.Message);
                json.WriteNumber("occurrences", finding.Occurrences);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void WriteSummary(int pages, int compliant, int unreadable, SortedDictionary<string, (int Pages, int Occurrences)> byRule, TextWriter to)
    {
        to.WriteLine();
        to.WriteLine(DisplayWidth.Invariant($"pages 页面  {pages}"));
        to.WriteLine(DisplayWidth.Invariant($"compliant 合规  {compliant}"));
        if (unreadable > 0)
        {
            to.WriteLine(DisplayWidth.Invariant($"unreadable 无法读取  {unreadable}"));
        }

        to.WriteLine("finding   pages  occurrences");
        foreach ((string id, (int p, int o)) in byRule)
        {
            to.WriteLine(DisplayWidth.Invariant($"{id,-8}  {p,5}  {o,11}"));
        }
    }

    // The pages of several domains that belong to one subject (issue 24): a provider checking its customers' sites
    // sees which of them one subject runs. Memory grows with the number of subjects, not of pages: per subject a
    // count and the first few page names.
    private static void CountSubjects(string page, FooterInspection inspection, Dictionary<SubjectNumber, SubjectPages> bySubject)
    {
        var seen = new HashSet<SubjectNumber>();
        foreach (FoundNumber found in inspection.Numbers)
        {
            if (found.Context == FoundNumberContext.Text && SubjectNumber.TryOf(found.Number, out SubjectNumber subject) && seen.Add(subject))
            {
                if (!bySubject.TryGetValue(subject, out SubjectPages? pages))
                {
                    bySubject[subject] = pages = new SubjectPages();
                }

                pages.Add(page);
            }
        }
    }

    private static void WriteSubjects(Dictionary<SubjectNumber, SubjectPages> bySubject, TextWriter to)
    {
        KeyValuePair<SubjectNumber, SubjectPages>[] shared = [.. bySubject.Where(s => s.Value.Count > 1).OrderBy(s => s.Key.ToString(), StringComparer.Ordinal)];
        if (shared.Length == 0)
        {
            return;
        }

        to.WriteLine("one subject across several pages 多个页面属于同一主体");
        foreach ((SubjectNumber subject, SubjectPages pages) in shared)
        {
            string more = pages.Count > pages.First.Count ? ", " + TerminalText.Cut : string.Empty;
            to.WriteLine(DisplayWidth.Invariant($"  {subject}  {pages.Count} pages: {string.Join(", ", pages.First.Select(TerminalText.Quote))}{more}"));
        }
    }

    /// <summary>How many pages show a subject's numbers, and the first few of them.</summary>
    private sealed class SubjectPages
    {
        private const int NamesKept = 5;

        internal int Count { get; private set; }

        internal List<string> First { get; } = [];

        internal void Add(string page)
        {
            Count++;
            if (First.Count < NamesKept)
            {
                First.Add(page);
            }
        }
    }
}
