using System;
using System.Collections.Generic;
using System.CommandLine;
using System.CommandLine.Help;
using System.Diagnostics;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.RegularExpressions;
using IcpCompliance.Cli;
using IcpCompliance.Cli.Output;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Cli;

/// <summary>
/// Issue 26 item 5: control characters, bidirectional controls, huge values and extreme dates in every field of
/// every command. The fields are read from the command line's definition (<see cref="IcpCommand.Create"/>), so an
/// option or argument added later is covered without a change here; a command added later fails
/// <see cref="Every_command_has_a_valid_command_line"/> until it gets one.
/// </summary>
/// <remarks>
/// Each field is set to each hostile value in turn, the rest of the command line staying valid, and the run must
/// keep the contract of docs/cli.md: exit 0, 1 or 2 (never 70, never a stack trace), exit 2 for an argument over
/// 4,096 characters and for a date outside 2000–2099 in a date field; no control, bidirectional or other format
/// character and no broken surrogate in what is printed (line breaks aside); no line over 8,000 characters. A
/// field that takes a file also reads hostile text from the standard input (<c>-</c>). Time must be linear: each
/// field is timed with a hostile value of N and 16N characters (256 and 4,096, the longest argument accepted; the
/// standard input 64 K and 1 M characters), with the bound of <see cref="Reliability.HostileInputTests"/>.
/// </remarks>
[Collection(NotInParallel.Name)]
public sealed class EveryFieldHostileInputTests
{
    private static readonly string Scratch = Directory.CreateTempSubdirectory("icp-hostile-fields-").FullName;
    private static readonly string OutDirectory = Directory.CreateDirectory(Path.Combine(Scratch, "out")).FullName;
    private static readonly string Pages = Directory.CreateDirectory(Path.Combine(Scratch, "pages")).FullName;
    private static readonly string Page = Write(Path.Combine("pages", "page.html"), "<footer><a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a> 京ICP证030173号 京公网安备11010802012345号</footer>");
    private static readonly string Numbers = Write("numbers.txt", "京ICP备12345678号-1\n京ICP备12345678号-2A\n京公网安备11010802012345号\n");
    private static readonly string Application = RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", "company-website.application.json");
    private static readonly string StoredCase = RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", "company-website-awaiting-sms.case.json");

    /// <summary>Valid command lines, one or more per command: a field and its value (null for a flag). A field is
    /// tested in the first line that has it, or added to the command's first line.</summary>
    private static readonly Dictionary<string, (string Field, string? Value)[][]> ValidLines = new()
    {
        ["parse"] = [[("text", "京ICP备12345678号-1"), ("--strict", null)]],
        ["footer"] = [[("icp-number", "京ICP备12345678号-1"), ("--psb", "京公网安备11010802012345号"), ("--license", "京ICP证030173号"), ("--copyright", "示例科技"), ("--format", "markdown"), ("--out", Path.Combine(OutDirectory, "footer.md"))]],
        ["inspect"] = [[("file", Page), ("--icp", "京ICP备12345678号-1"), ("--psb", "京公网安备11010802012345号"), ("--license", "京ICP证030173号"), ("--fail-on", "warning"), ("--read", "html")], [("file", Pages), ("--format", "jsonl")]],
        ["deadlines"] = [[("file", StoredCase), ("--at", "2026-03-05T10:00:00+08:00")], [("--launch", "2026-06-01"), ("--kind", "app"), ("--commercial", null)]],
        ["workflow"] = [[("--dot", null)]],
        ["check"] = [[("file", Application), ("--date", "2026-03-05"), ("--at", "2026-03-05T10:00:00Z"), ("--format", "json")], [("--example", null)]],
        ["group"] = [[("files", Numbers), ("--read", "lines"), ("--format", "json")]],
    };

    /// <summary>The hostile values put into every field.</summary>
    private static readonly (string Name, string Value)[] Values =
    [
        ("terminal controls", "\u001b[2J\u001b[31m\u0007\rFAKE:1: ok\n\u009b31m\u0000\u007f"),
        ("bidi controls", "\u202E京ICP备12345678号-1\u2066\u200F\u061C\u2069\u202A"),
        ("broken surrogates and noncharacters", "\uD800x\uDFFF\uFFFF\uFDD0\U000E0041"),
        ("format characters", "\u200B\uFEFF\u2028\u2029\u00AD"),
        ("1 MB", "\u001b[2J" + new string('京', 1 << 20)),
        ("4,096 characters", Pattern(4096)),
        ("empty", string.Empty),
        ("latest instant", "9999-12-31T23:59:59Z"),
        ("latest date", "9999-12-31"),
        ("earliest date", "0001-01-01"),
        ("earliest instant", "0001-01-01T00:00:00Z"),
        ("a number too large", "99999999999999999999999999999"),
        ("format string", "{0}%s%n{{}}"),
    ];

    public static TheoryData<string, string> Fields()
    {
        var fields = new TheoryData<string, string>();
        foreach ((string command, Symbol field) in AllFields(IcpCommand.Create(), string.Empty))
        {
            fields.Add(command, field.Name);
        }

        return fields;
    }

    [Fact]
    public void Every_command_has_a_valid_command_line()
    {
        // The hostile values must be what makes a run fail, so every valid line does the job first (exit 0 or 1).
        Assert.Equal(
            AllFields(IcpCommand.Create(), string.Empty).Select(f => f.Command).Distinct().Order(StringComparer.Ordinal),
            ValidLines.Keys.Order(StringComparer.Ordinal));
        foreach ((string command, (string Field, string? Value)[][] lines) in ValidLines)
        {
            foreach ((string Field, string? Value)[] line in lines)
            {
                string[] args = Arguments(command, line, null, null);
                (int exit, string output, string error) = Run(args, []);
                Assert.True(exit is 0 or 1, $"icp {string.Join(' ', args)}: exit {exit}\n{output}\n{error}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(Fields))]
    public void Hostile_values_in_every_field_keep_the_exit_code_contract_and_a_safe_bounded_output_in_linear_time(string command, string field)
    {
        var failures = new List<string>();
        (string Field, string? Value)[] line = ValidLines[command].FirstOrDefault(l => l.Any(f => f.Field == field)) ?? ValidLines[command][0];
        string? valid = line.FirstOrDefault(f => f.Field == field).Value;
        bool isDate = valid is not null && IsDate(valid);
        bool isOutput = valid is not null && valid.StartsWith(OutDirectory, StringComparison.Ordinal);
        bool isFile = valid is not null && File.Exists(valid);

        foreach ((string name, string value) in Values)
        {
            string[] args = Arguments(command, line, field, isOutput ? Path.Combine(OutDirectory, value) : value);
            (int exit, string output, string error) = Run(args, []);
            int[] expected = value.Length > IcpCommand.MaxArgument || (isDate && name.Contains("est ", StringComparison.Ordinal)) ? [2] : [0, 1, 2];
            Check(failures, $"{name} in {field}", expected, exit, output, error);
        }

        if (isFile)
        {
            foreach ((string name, string value) in Values)
            {
                byte[] input = Encoding.UTF8.GetBytes(Hostile(valid!, value));
                (int exit, string output, string error) = Run(Arguments(command, line, field, "-"), input);
                Check(failures, $"{name} on the standard input for {field}", [0, 1, 2], exit, output, error);
            }
        }

        // Linear time: the same field with a hostile value of N and 16N characters, best of three, interleaved.
        Func<int, (string[] Args, byte[] Input)> make = isFile
            ? size => (Arguments(command, line, field, "-"), Encoding.UTF8.GetBytes(Hostile(valid!, Pattern(size))))
            : size => (Arguments(command, line, field, isOutput ? Path.Combine(OutDirectory, "x" + Pattern(size - 1)) : Pattern(size)), []);
        int small = isFile ? 1 << 16 : 256;
        (string[] smallArgs, byte[] smallInput) = make(small);
        (string[] largeArgs, byte[] largeInput) = make(small * 16);
        _ = Run(smallArgs, smallInput); // JIT and first-use tables out of the measurement.
        TimeSpan bestSmall = TimeSpan.MaxValue, bestLarge = TimeSpan.MaxValue;
        for (int i = 0; i < 3; i++)
        {
            bestSmall = Min(bestSmall, Time(smallArgs, smallInput));
            bestLarge = Min(bestLarge, Time(largeArgs, largeInput));
        }

        if (bestLarge > (bestSmall * 64) + TimeSpan.FromMilliseconds(100))
        {
            failures.Add($"not linear in {field}: {bestSmall.TotalMilliseconds:0.0} ms for {small:N0} characters, {bestLarge.TotalMilliseconds:0.0} ms for {small * 16:N0}");
        }

        Assert.True(failures.Count == 0, $"icp {command}:\n" + string.Join("\n", failures));
    }

    private static void Check(List<string> failures, string what, int[] expected, int exit, string output, string error)
    {
        string printed = output + error;
        if (!expected.Contains(exit))
        {
            failures.Add($"{what}: exit {exit}, expected {string.Join(" or ", expected)}: {TerminalText.Quote(error)}");
        }

        if (exit == ExitCodes.BadInput && !error.StartsWith("error: ", StringComparison.Ordinal))
        {
            failures.Add($"{what}: exit 2 without an error line: {TerminalText.Quote(error)}");
        }

        if (printed.Contains("   at ", StringComparison.Ordinal))
        {
            failures.Add($"{what}: a stack trace");
        }

        int unsafeAt = IndexOfUnsafe(printed);
        if (unsafeAt >= 0)
        {
            failures.Add($"{what}: U+{(int)printed[unsafeAt]:X4} printed at {unsafeAt}");
        }

        int longest = printed.Split('\n').Max(l => l.Length);
        if (longest > TerminalText.MaxLine + TerminalText.Cut.Length)
        {
            failures.Add($"{what}: a line of {longest:N0} characters");
        }
    }

    // Everything but a line break that could drive or reorder a terminal: what TerminalText replaces, and a
    // surrogate that is not half of a pair.
    private static int IndexOfUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (TerminalText.IsUnsafe(char.ConvertToUtf32(c, text[i + 1])))
                {
                    return i;
                }

                i++;
            }
            else if (c != '\n' && (char.IsSurrogate(c) || TerminalText.IsUnsafe(c)))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The command's fields (arguments and options but help), with the command's name, subcommands
    /// included.</summary>
    private static IEnumerable<(string Command, Symbol Field)> AllFields(Command command, string prefix)
    {
        foreach (Command sub in command.Subcommands)
        {
            string name = (prefix + " " + sub.Name).Trim();
            foreach (Argument argument in sub.Arguments)
            {
                yield return (name, argument);
            }

            foreach (Option option in sub.Options.Where(o => o is not HelpOption && !o.Hidden))
            {
                yield return (name, option);
            }

            foreach ((string Command, Symbol Field) nested in AllFields(sub, name))
            {
                yield return nested;
            }
        }
    }

    /// <summary>The command line: the valid line with <paramref name="field"/> set to <paramref name="value"/>
    /// (added when the line does not have it; after a flag, the value is the next token).</summary>
    private static string[] Arguments(string command, (string Field, string? Value)[] line, string? field, string? value)
    {
        var args = new List<string>(command.Split(' '));
        bool set = false;
        foreach ((string name, string? valid) in line)
        {
            string? given = name == field ? value : valid;
            set |= name == field;
            Add(name, given);
        }

        if (field is not null && !set)
        {
            Add(field, value);
        }

        return [.. args];

        void Add(string name, string? given)
        {
            if (name.StartsWith('-'))
            {
                args.Add(name);
            }

            if (given is not null)
            {
                args.Add(given);
            }
        }
    }

    /// <summary>What a field that takes a file reads from the standard input: the valid file with the hostile
    /// value in every string of JSON, or between every line of a page or list.</summary>
    private static string Hostile(string file, string value)
    {
        string text = File.ReadAllText(file);
        string escaped = System.Text.Json.JsonSerializer.Serialize(value)[1..^1];
        return file.EndsWith(".json", StringComparison.Ordinal)
            ? Regex.Replace(text, "\"name\": \"[^\"]*\"", "\"name\": \"" + escaped.Replace("$", "$$", StringComparison.Ordinal) + "\"", RegexOptions.None, TimeSpan.FromSeconds(10))
            : value + "\n" + string.Join("\n" + value + "\n", text.Split('\n')) + "\n" + value;
    }

    /// <summary>A hostile value of <paramref name="length"/> characters: terminal and bidirectional controls
    /// around numbers, dates and markup, and PSB numbers all different (one beside an ICP number, one on a line of
    /// its own), so that whatever collects numbers (a service's PSB numbers, the unattached ones) collects many.</summary>
    private static string Pattern(int length)
    {
        var builder = new StringBuilder(length + 128);
        for (long i = 0; builder.Length < length; i += 2)
        {
            builder.Append(CultureInfo.InvariantCulture, $"\u001b[2J京ICP备12345678号-1 京公网安备{11010802000000 + i}号\u202E<a href=\"\u0007\">9999-12-31</a>\r\n京公网安备{11010802000001 + i}号\r\n\uD800");
        }

        return builder.ToString(0, length);
    }

    private static bool IsDate(string value)
        => DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _)
            || (value.Contains('T', StringComparison.Ordinal) && DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.None, out _));

    private static (int Exit, string Output, string Error) Run(string[] args, byte[] input)
    {
        // Not CliRunner: it normalises line endings, which would hide a carriage return.
        using var output = new StringWriter { NewLine = "\n" };
        using var error = new StringWriter { NewLine = "\n" };
        int exit = IcpCommand.Run(args, new InvocationConfiguration { Output = output, Error = error }, () => new MemoryStream(input, writable: false));
        return (exit, output.ToString(), error.ToString());
    }

    private static TimeSpan Time(string[] args, byte[] input)
    {
        var watch = Stopwatch.StartNew();
        _ = Run(args, input);
        return watch.Elapsed;
    }

    private static TimeSpan Min(TimeSpan a, TimeSpan b) => a < b ? a : b;

    private static string Write(string name, string text)
    {
        string path = Path.Combine(Scratch, name);
        File.WriteAllText(path, text);
        return path;
    }
}
