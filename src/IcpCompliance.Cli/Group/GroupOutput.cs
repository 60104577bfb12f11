using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;
using IcpCompliance.Cli.Output;
using IcpCompliance.Filing;
using IcpCompliance.Subjects;

namespace IcpCompliance.Cli.Group;

/// <summary>Writes an <see cref="EstateReport"/> as a table per subject or as one JSON document. Sources (file names)
/// come from the input and are quoted; numbers are the library's canonical text.</summary>
internal static class GroupOutput
{
    private static readonly JsonSerializerOptions Options = CreateOptions();

    internal static string KindName(ServiceKind kind) => kind switch
    {
        ServiceKind.App => "app",
        ServiceKind.MiniProgram => "mini-program",
        ServiceKind.QuickApp => "quick-app",
        _ => "website",
    };

    private static string KindText(ServiceKind kind) => kind switch
    {
        ServiceKind.App => "App",
        ServiceKind.MiniProgram => "Mini Program 小程序",
        ServiceKind.QuickApp => "quick app 快应用",
        _ => "website 网站",
    };

    internal static void WriteText(EstateReport report, int records, IReadOnlySet<string> pages, TextWriter output)
    {
        foreach (SubjectEstate estate in report.Estates)
        {
            string form = estate.Subject.IsLicense ? "license 经营许可证" : "subject 主体";
            output.WriteLine(DisplayWidth.Invariant($"{estate.Subject} ({form}, {estate.Subject.Province.EnglishName} {estate.Subject.Province.ShortChineseName}){(estate.SubjectNumberListed ? string.Empty : "; its own number was not among the input")}"));
            var rows = estate.Services.Select(s => new[]
            {
                DisplayWidth.Invariant($"{s.Index}"),
                KindText(s.Kind),
                s.Number.ToString(),
                string.Join(", ", s.PsbNumbers),
                string.Join(", ", s.Sources.Select(TerminalText.Quote)),
            }).ToList();
            if (rows.Count > 0)
            {
                WriteTable(["index", "kind", "number", "PSB 公安备案", "seen in"], rows, output);
            }

            if (!estate.Gaps.IsEmpty)
            {
                output.WriteLine(DisplayWidth.Invariant($"  gaps 缺号: {string.Join(", ", estate.Gaps)} ({estate.Gaps.Sum(g => (long)g.Count)} place(s) no number given holds: canceled, or not in the input)"));
            }

            if (!estate.ConflictingIndexes.IsEmpty)
            {
                output.WriteLine(DisplayWidth.Invariant($"  conflict 序号冲突: index {string.Join(", ", estate.ConflictingIndexes)} held by numbers of two kinds; websites, Apps, Mini Programs and quick apps share one sequence"));
            }

            if (!estate.PsbNumbers.IsEmpty)
            {
                output.WriteLine("  PSB numbers of the subject as a whole: " + string.Join(", ", estate.PsbNumbers));
            }

            // Pages of several domains that belong to one subject: what a batch of pages is checked for.
            string[] subjectPages = [.. estate.Sources.Where(pages.Contains)];
            if (subjectPages.Length > 1)
            {
                output.WriteLine(DisplayWidth.Invariant($"  one subject across {subjectPages.Length} pages 多个页面属于同一主体: {string.Join(", ", subjectPages.Select(TerminalText.Quote))}"));
            }

            if (!estate.LinkedSubjects.IsEmpty)
            {
                output.WriteLine("  shown with 同页显示: " + string.Join(", ", estate.LinkedSubjects) + " (probably the same holder; the numbers alone cannot prove it)");
            }

            if (rows.Count == 0)
            {
                output.WriteLine("  seen in: " + string.Join(", ", estate.Sources.Select(TerminalText.Quote)));
            }

            output.WriteLine();
        }

        foreach (MixedSubjectRecord mixed in report.MixedSubjectRecords)
        {
            output.WriteLine(TerminalText.Quote(mixed.Source) + ": numbers of " + mixed.Subjects.Length + " subjects (" + string.Join(", ", mixed.Subjects)
                + "): usually a footer copied from another site; 同一记录含多个主体的备案号");
        }

        foreach (UnattachedPsbNumber psb in report.UnattachedPsbNumbers)
        {
            output.WriteLine(TerminalText.Quote(psb.Source) + ": " + psb.Number + " is shown with no single subject, so it is not attached");
        }

        int services = report.Estates.Sum(e => e.Services.Length);
        output.WriteLine(DisplayWidth.Invariant($"{report.Estates.Length} subject(s), {services} service(s) in {records} record(s); {report.MixedSubjectRecords.Length} mixed-subject record(s), {report.Estates.Sum(e => e.ConflictingIndexes.Length)} conflicting index(es)"));
    }

    internal static void WriteJson(EstateReport report, IReadOnlyList<string> inputs, int records, TextWriter output)
    {
        var document = new GroupDocument(
            [.. inputs.Select(TerminalText.Quote)],
            records,
            [.. report.Estates.Select(e => new SubjectDocument(
                e.Subject.ToString(),
                e.Subject.IsLicense ? "license" : "filing",
                e.Subject.Province.Name,
                e.SubjectNumberListed,
                [.. e.Services.Select(s => new ServiceDocument(s.Index, KindName(s.Kind), s.Number.ToString(), [.. s.PsbNumbers.Select(p => p.ToString())], [.. s.Sources.Select(TerminalText.Quote)]))],
                [.. e.Gaps.Select(g => new GapDocument(g.First, g.Last))],
                [.. e.ConflictingIndexes],
                [.. e.PsbNumbers.Select(p => p.ToString())],
                [.. e.LinkedSubjects.Select(l => l.ToString())],
                [.. e.Sources.Select(TerminalText.Quote)]))],
            [.. report.UnattachedPsbNumbers.Select(u => new UnattachedDocument(u.Number.ToString(), TerminalText.Quote(u.Source)))],
            [.. report.MixedSubjectRecords.Select(m => new MixedDocument(TerminalText.Quote(m.Source), [.. m.Subjects.Select(s => s.ToString())]))]);
        output.WriteLine(JsonSerializer.Serialize(document, (System.Text.Json.Serialization.Metadata.JsonTypeInfo<GroupDocument>)Options.GetTypeInfo(typeof(GroupDocument))));
    }

    private static void WriteTable(string[] headers, List<string[]> rows, TextWriter output)
    {
        int[] widths = [.. headers.Select((h, i) => rows.Select(r => Width(r[i])).Append(Width(h)).Max())];
        output.WriteLine("  " + string.Join("  ", headers.Select((h, i) => Pad(h, widths[i]))).TrimEnd());
        foreach (string[] row in rows)
        {
            output.WriteLine("  " + string.Join("  ", row.Select((c, i) => Pad(c, widths[i]))).TrimEnd());
        }
    }

    private static int Width(string text) => DisplayWidth.Of(text, text.Length);

    private static string Pad(string text, int width) => text + new string(' ', width - Width(text));

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(GroupJsonContext.Default.Options)
        {
            Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
            TypeInfoResolver = GroupJsonContext.Default,
        };
        options.MakeReadOnly();
        return options;
    }
}
