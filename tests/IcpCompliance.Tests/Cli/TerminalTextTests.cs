using System.IO;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Cli.Output;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Cli;

/// <summary>The terminal sanitiser (<see cref="TerminalText"/>) and the writer at every command's output boundary
/// (<see cref="TerminalWriter"/>).</summary>
public sealed class TerminalTextTests
{
    [Theory]
    [InlineData("\u001b[2J\u001b[31mred\u0007", "?[2J?[31mred?")]
    [InlineData("line\nFAKE:1: ok", "line?FAKE:1: ok")]
    [InlineData("over\rwrite\ttab", "over?write?tab")]
    [InlineData("abc\u202edcba\u2066x\u2069\u200f", "abc?dcba?x??")]
    [InlineData("\u0085next\u009b31m\u007f", "?next?31m?")]
    [InlineData("a\u2028b\u2029c\ufeffd\u200be", "a?b?c?d?e")]
    [InlineData("北京示例科技有限公司 😀", "北京示例科技有限公司 😀")]
    [InlineData("tag \U000E0041", "tag ??")]
    public void Quote_replaces_what_could_drive_the_terminal_one_for_one(string input, string expected)
        => Assert.Equal(expected, TerminalText.Quote(input));

    [Fact]
    public void Quote_replaces_a_broken_surrogate()
        => Assert.Equal("lone ? high, lone ? low", TerminalText.Quote("lone \ud800 high, lone \udc00 low"));

    [Fact]
    public void Quote_cuts_at_the_documented_length_and_marks_the_cut()
    {
        string name = new('名', 200_000);
        string quoted = TerminalText.Quote(name);
        Assert.Equal(TerminalText.MaxQuoted + 1, quoted.Length);
        Assert.EndsWith(TerminalText.Cut, quoted, System.StringComparison.Ordinal);
        Assert.Equal(TerminalText.MaxMessage + 1, TerminalText.Message(name).Length);
        Assert.Equal("short", TerminalText.Quote("short"));
        Assert.Equal(string.Empty, TerminalText.Quote(null));
    }

    [Fact]
    public void A_surrogate_pair_is_never_split_by_a_cut()
    {
        string text = new string('a', TerminalText.MaxQuoted - 1) + "😀";
        string quoted = TerminalText.Quote(text);
        Assert.Equal(new string('a', TerminalText.MaxQuoted - 1) + TerminalText.Cut, quoted);
        Assert.Equal(TerminalText.MaxQuoted - 1, TerminalText.CutLength(text, TerminalText.MaxQuoted));
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public Property Quote_leaves_nothing_unsafe_and_nothing_longer_than_the_bound(string? text)
    {
        string quoted = TerminalText.Quote(text);
        return (NothingUnsafe(quoted) && quoted.Length <= TerminalText.MaxQuoted + TerminalText.Cut.Length && !quoted.Contains('\n'))
            .Label(quoted);
    }

    [Property(MaxTest = 10_000 / Cases.Divisor)]
    public Property The_writer_lets_only_line_breaks_through_and_bounds_every_line(string?[] pieces)
    {
        using var inner = new StringWriter { NewLine = "\n" };
        var writer = new TerminalWriter(inner);
        foreach (string? piece in pieces ?? [])
        {
            writer.Write(piece);
            writer.Write('\u001b');
        }

        writer.Flush();
        string[] lines = inner.ToString().Split('\n');
        return (lines.All(NothingUnsafe) && lines.All(l => l.Length <= TerminalText.MaxLine + TerminalText.Cut.Length)).Label(inner.ToString());
    }

    [Fact]
    public void The_writer_cuts_a_long_line_once_and_starts_the_next_line_whole()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        var writer = new TerminalWriter(inner);
        writer.WriteLine(new string('x', TerminalText.MaxLine * 3));
        writer.WriteLine("next");
        writer.Flush();

        string[] lines = inner.ToString().Split('\n');
        Assert.Equal(new string('x', TerminalText.MaxLine) + TerminalText.Cut, lines[0]);
        Assert.Equal("next", lines[1]);
    }

    [Fact]
    public void The_writer_never_cuts_a_line_between_the_two_halves_of_a_surrogate_pair()
    {
        // Issue 26: a pair straddling the bound lost its low half, leaving a lone high surrogate before the cut mark.
        for (int before = TerminalText.MaxLine - 3; before <= TerminalText.MaxLine + 1; before++)
        {
            string line = new string('a', before) + "😀b\n";
            string written = Written(w => w.Write(line));
            Assert.True(written.Split('\n').All(NothingUnsafe), $"{before} characters before the pair: a broken pair");
            Assert.Equal(Model(line), written);
        }

        Assert.Equal(new string('a', TerminalText.MaxLine - 1) + TerminalText.Cut + "\n", Written(w => w.Write(new string('a', TerminalText.MaxLine - 1) + "😀\n")));
        Assert.Equal(new string('a', TerminalText.MaxLine - 2) + "😀\n", Written(w => w.Write(new string('a', TerminalText.MaxLine - 2) + "😀\n")));
    }

    [Fact]
    public void The_writer_keeps_a_surrogate_pair_written_in_two_calls_and_drops_carriage_returns()
    {
        using var inner = new StringWriter { NewLine = "\n" };
        var writer = new TerminalWriter(inner);
        writer.Write('\ud83d');
        writer.Write('\ude00');
        writer.Write("a\r\nb\ud800");
        writer.Flush();
        Assert.Equal("😀a\nb?", inner.ToString());
    }

    [Property(MaxTest = 2_000 / Cases.Divisor)]
    public Property The_writer_gives_the_same_output_however_the_text_is_split_into_calls(NonNull<string> text, PositiveInt seed)
    {
        // Written whole, one character at a time, and in random pieces (a surrogate pair or a CR LF split between
        // two calls included): the same sanitised output, which is the model's.
        string input = text.Get + "\ud83d\ude00\r\n\u001b\ud800" + text.Get;
        var random = new System.Random(seed.Get);
        string whole = Written(w => w.Write(input));
        string byChar = Written(w =>
        {
            foreach (char c in input)
            {
                w.Write(c);
            }
        });
        string inPieces = Written(w =>
        {
            for (int i = 0; i < input.Length;)
            {
                int length = System.Math.Min(random.Next(1, 8), input.Length - i);
                w.Write(input.ToCharArray(), i, length);
                i += length;
            }
        });
        return (whole == Model(input) && byChar == whole && inPieces == whole).Label(whole);
    }

    [Fact]
    public void The_writer_matches_the_model_on_long_lines_and_every_kind_of_unsafe_character()
    {
        string input = string.Concat(Enumerable.Range(0, 50).Select(i =>
            new string((char)('a' + (i % 26)), i * 400) + "\u001b[2J\u202e\u2028\ud83d\ude00\U000E0041\udc00" + (i % 3 == 0 ? "\r\n" : "\n")));
        Assert.Equal(Model(input), Written(w => w.Write(input)));
        Assert.Equal(Model(input + "\ud83d"), Written(w => w.Write(input + "\ud83d")));
    }

    [Fact]
    public void The_writer_hands_the_inner_writer_one_write_per_call_not_one_per_character()
    {
        // The console's writer flushes on every write: a write per character was a system call per character.
        string line = string.Concat(Enumerable.Repeat("北京示例 \u001b[31m ok\n", 5_000));
        using var inner = new CountingWriter();
        var writer = new TerminalWriter(inner);
        writer.Write(line);
        int expectedWrites = (inner.Written + TerminalWriter.ChunkSize - 1) / TerminalWriter.ChunkSize;
        Assert.Equal(expectedWrites, inner.Writes);
        Assert.True(inner.Written >= line.Length - 5_000, $"{inner.Written} characters written");

        inner.Writes = 0;
        writer.WriteLine("one line");
        Assert.Equal(2, inner.Writes); // the text, then the line break
        inner.Writes = 0;
        writer.Write("one line\n");
        Assert.Equal(1, inner.Writes);
    }

    // The specification of the writer: lines split at LF (CR dropped), each unsafe character or broken surrogate
    // one '?' (an unsafe pair two), a line cut after MaxLine characters with the cut marker, a lone high
    // surrogate at the end a '?', and never half a pair before the cut.
    private static string Model(string input)
    {
        var output = new System.Text.StringBuilder();
        foreach (string line in input.Replace("\r", string.Empty, System.StringComparison.Ordinal).Split('\n'))
        {
            var shown = new System.Text.StringBuilder();
            for (int i = 0; i < line.Length; i++)
            {
                if (char.IsHighSurrogate(line[i]) && i + 1 < line.Length && char.IsLowSurrogate(line[i + 1]))
                {
                    shown.Append(TerminalText.IsUnsafe(char.ConvertToUtf32(line[i], line[i + 1])) ? "??" : line.Substring(i, 2));
                    i++;
                }
                else
                {
                    shown.Append(char.IsSurrogate(line[i]) || TerminalText.IsUnsafe(line[i]) ? '?' : line[i]);
                }
            }

            int kept = shown.Length > TerminalText.MaxLine && char.IsHighSurrogate(shown[TerminalText.MaxLine - 1]) ? TerminalText.MaxLine - 1 : TerminalText.MaxLine;
            output.Append(shown.Length > TerminalText.MaxLine ? shown.ToString(0, kept) + TerminalText.Cut : shown.ToString()).Append('\n');
        }

        return output.ToString(0, output.Length - 1);
    }

    private static string Written(System.Action<TerminalWriter> write)
    {
        using var inner = new StringWriter { NewLine = "\n" };
        var writer = new TerminalWriter(inner);
        write(writer);
        writer.Flush();
        return inner.ToString();
    }

    private sealed class CountingWriter : StringWriter
    {
        internal int Writes { get; set; }

        internal int Written { get; private set; }

        public CountingWriter() => NewLine = "\n";

        public override void Write(char value)
        {
            Writes++;
            Written++;
            base.Write(value);
        }

        public override void Write(char[] buffer, int index, int count)
        {
            Writes++;
            Written += count;
            base.Write(buffer, index, count);
        }

        public override void Write(string? value)
        {
            Writes++;
            Written += value?.Length ?? 0;
            base.Write(value);
        }

        public override void Write(System.ReadOnlySpan<char> buffer)
        {
            Writes++;
            Written += buffer.Length;
            base.Write(buffer);
        }
    }

    private static bool NothingUnsafe(string text)
    {
        for (int i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                if (TerminalText.IsUnsafe(char.ConvertToUtf32(text[i], text[i + 1])))
                {
                    return false;
                }

                i++;
            }
            else if (char.IsSurrogate(text[i]) || TerminalText.IsUnsafe(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
