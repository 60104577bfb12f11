using System;
using System.Collections.Generic;
using System.CommandLine;
using System.IO;
using System.Linq;
using IcpCompliance.Cli.Group;
using IcpCompliance.Cli.Input;
using IcpCompliance.Cli.Output;
using IcpCompliance.Subjects;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp group FILE…</c>: reads the numbers in text, CSV files or pages and prints each subject's estate.</summary>
internal static class GroupCommand
{
    internal static Command Create(Func<Stream> standardInput)
    {
        var files = new Argument<string[]>("files") { Description = "Text or CSV files (each line a record) or pages (each page a record); - reads the standard input.", Arity = ArgumentArity.OneOrMore };
        var read = new Option<string>("--read") { Description = "auto (a file that starts with '<' or is named .htm/.html is a page), lines or page.", DefaultValueFactory = _ => "auto" };
        var format = new Option<string>("--format") { Description = "text or json.", DefaultValueFactory = _ => "text" };
        var command = new Command("group", "Group filing, license and PSB numbers by subject: services, kinds, gaps. Exit 0 when found, 1 when none or a record mixes subjects, 2 when the input cannot be read.") { files, read, format };
        command.SetAction(result => Run(
            result.GetRequiredValue(files),
            result.GetValue(read) ?? "auto",
            result.GetValue(format) ?? "text",
            standardInput,
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string[] paths, string readText, string formatText, Func<Stream> standardInput, TextWriter output, TextWriter error)
    {
        bool? json = formatText.ToUpperInvariant() switch
        {
            "TEXT" => false,
            "JSON" => true,
            _ => null,
        };
        if (json is null)
        {
            error.WriteLine("error: --format must be text or json, not '" + TerminalText.Quote(formatText) + "'");
            return ExitCodes.BadInput;
        }

        string read = readText.ToUpperInvariant();
        if (read is not ("AUTO" or "LINES" or "PAGE"))
        {
            error.WriteLine("error: --read must be auto, lines or page, not '" + TerminalText.Quote(readText) + "'");
            return ExitCodes.BadInput;
        }

        if (paths.Count(p => p == "-") > 1)
        {
            error.WriteLine("error: - (the standard input) can be read only once");
            return ExitCodes.BadInput;
        }

        var records = new List<NumberRecord>();
        var pages = new HashSet<string>(StringComparer.Ordinal);
        foreach (string path in paths)
        {
            if (!InputText.TryRead(path, standardInput, InputText.MaxPageBytes, strictUtf8: false, error, out string text))
            {
                return ExitCodes.BadInput;
            }

            string name = path == "-" ? "<stdin>" : path;
            if (read == "PAGE" || (read == "AUTO" && LooksLikePage(path, text)))
            {
                NumberRecord page = NumberRecord.FromPage(text, name);
                if (!page.Numbers.IsEmpty)
                {
                    records.Add(page);
                    pages.Add(name);
                }
            }
            else
            {
                records.AddRange(NumberRecord.FromLines(text, name));
            }
        }

        EstateReport report = SubjectGrouping.Group(records);
        if (json.Value)
        {
            GroupOutput.WriteJson(report, paths, records.Count, output);
        }
        else if (records.Count == 0)
        {
            output.WriteLine("no filing, license or PSB number found; 未找到备案号");
        }
        else
        {
            GroupOutput.WriteText(report, records.Count, pages, output);
        }

        bool problem = records.Count == 0 || !report.MixedSubjectRecords.IsEmpty || report.Estates.Any(e => !e.ConflictingIndexes.IsEmpty);
        return problem ? ExitCodes.ProblemFound : ExitCodes.Ok;
    }

    // A page is markup from its first character (after a byte-order mark and whitespace); a list or a CSV file is not.
    private static bool LooksLikePage(string path, string text)
        => path.EndsWith(".html", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".htm", StringComparison.OrdinalIgnoreCase)
            || text.AsSpan().TrimStart().StartsWith("<", StringComparison.Ordinal);
}
