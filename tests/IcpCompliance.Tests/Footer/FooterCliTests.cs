using System.IO;
using System.Linq;
using System.Text.Json;
using IcpCompliance.Cli.Commands;

namespace IcpCompliance.Tests.Footer;

/// <summary>The <c>icp footer</c> and <c>icp inspect</c> commands, run in-process.</summary>
public sealed class FooterCliTests
{
    private static (int Exit, string Output, string Error) Run(params string[] args) => IcpCompliance.Tests.Cli.CliRunner.Run(args);

    [Fact]
    public void Footer_renders_html_by_default()
    {
        (int exit, string output, string error) = Run("footer", "京ICP备 12345678号-1", "--psb", "京公网安备11010802012345号");
        Assert.Equal((0, string.Empty), (exit, error));
        Assert.Contains("<a href=\"https://beian.miit.gov.cn/\" target=\"_blank\" rel=\"noopener noreferrer\">京ICP备12345678号-1</a>", output);
        Assert.Contains("code=11010802012345", output);
    }

    [Fact]
    public void Footer_writes_the_requested_format_to_a_file()
    {
        string path = Path.Combine(Path.GetTempPath(), "icp-footer-" + System.Guid.NewGuid().ToString("N") + ".md");
        try
        {
            (int exit, string output, _) = Run("footer", "粤ICP备2021150097号-1", "--format", "markdown", "--out", path);
            Assert.Equal((0, string.Empty), (exit, output));
            Assert.Equal("[粤ICP备2021150097号](<https://beian.miit.gov.cn/>)\n", File.ReadAllText(path));
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Footer_refuses_a_bidi_control_in_the_copyright_as_bad_input_without_echoing_it()
    {
        (int exit, string output, string error) = Run("footer", "京ICP备12345678号-1", "--copyright", "示例\u202E公司");
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith("error: --copyright: The copyright holder holds U+202E (RIGHT-TO-LEFT OVERRIDE) at index 2: a bidirectional control can make the footer read differently", error, System.StringComparison.Ordinal);
        Assert.DoesNotContain('\u202E', error);
        Assert.Single(error.TrimEnd('\n').Split('\n'));
    }

    [Theory]
    [InlineData("京ICP备1234号-1", 2, "error: ICP number")]
    [InlineData("京ICP备12345678号-1 --psb 京公网安备44010802012345号", 2, "ProvinceMismatch")]
    [InlineData("京ICP备12345678号-1 --format pdf", 2, "--format")]
    [InlineData("京ICP备12345678号", 1, "FTR0304")]
    [InlineData("陕ICP备2024026116号-1A", 1, "About or Settings")]
    public void Footer_reports_bad_input_and_refusals_on_one_line(string args, int expectedExit, string expectedError)
    {
        (int exit, string output, string error) = Run(["footer", .. args.Split(' ')]);
        Assert.Equal((expectedExit, string.Empty), (exit, output));
        Assert.Contains(expectedError, error);
        Assert.DoesNotContain("   at ", error);
    }

    [Fact]
    public void Inspect_exits_0_for_a_compliant_page_and_1_for_an_error()
    {
        string path = Path.Combine(Path.GetTempPath(), "icp-inspect-" + System.Guid.NewGuid().ToString("N") + ".html");
        try
        {
            File.WriteAllText(path, "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>");
            (int exit, string output, _) = Run("inspect", path);
            Assert.Equal(0, exit);
            Assert.Contains("compliant", output);

            (exit, output, _) = Run("inspect", path, "--icp", "京ICP备12345678号-2");
            Assert.Equal(1, exit);
            Assert.Contains(":1: error FTR0302:", output);

            File.WriteAllText(path, "<p>\n<a href=\"http://www.miitbeian.gov.cn/\">京ICP备12345678号-1</a>");
            (exit, output, _) = Run("inspect", path);
            Assert.Equal(1, exit);
            Assert.Contains(":2: error FTR0102:", output);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void Inspect_reads_the_standard_input()
    {
        (int exit, string output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput("<p>京公网安备11010802012345号</p>", "inspect", "-");
        Assert.Equal(1, exit);
        Assert.Contains("<stdin>:1: warning FTR0201:", output);
        Assert.Contains("<stdin>:-: error FTR0308: Page shows no ICP filing number", output);
    }

    [Theory]
    [InlineData(new string[0], 0)]
    [InlineData(new[] { "--fail-on", "error" }, 0)]
    [InlineData(new[] { "--fail-on", "warning" }, 1)]
    public void Inspect_fails_on_warnings_when_asked(string[] options, int expectedExit)
    {
        const string Page = "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a> <p>京公网安备11010802012345号</p>";
        (int exit, string output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, ["inspect", "-", .. options]);
        Assert.Equal(expectedExit, exit);
        Assert.Contains("warning FTR0201", output);
    }

    [Fact]
    public void Inspect_takes_an_inner_page_without_a_number_as_a_warning_that_fail_on_warning_raises()
    {
        const string Page = "<p>An article</p>";
        (int exit, string output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, "inspect", "-");
        Assert.Equal(1, exit);
        Assert.Contains("<stdin>:-: error FTR0308:", output);

        (exit, output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, "inspect", "-", "--inner");
        Assert.Equal(0, exit);
        Assert.Contains("<stdin>:-: warning FTR0311: Inner page shows no ICP filing number", output);
        Assert.DoesNotContain("FTR0308", output);
        Assert.Contains("0 number(s), 1 finding(s): compliant (as an inner page)", output);

        (exit, _, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, "inspect", "-", "--inner", "--fail-on", "warning");
        Assert.Equal(1, exit);

        (exit, output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, "inspect", "-", "--inner", "--icp", "京ICP备12345678号-1");
        Assert.Equal(0, exit);
        Assert.Contains("warning FTR0311: Inner page shows no ICP filing number: expected 京ICP备12345678号-1", output);

        (exit, output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, "inspect", "-", "--inner", "--format", "jsonl");
        Assert.Equal(0, exit);
        JsonElement line = System.Text.Json.JsonDocument.Parse(output).RootElement;
        Assert.Equal("inner", line.GetProperty("pageKind").GetString());
        Assert.Equal("FTR0311", line.GetProperty("findings")[0].GetProperty("id").GetString());
    }

    [Fact]
    public void Inspect_of_a_directory_takes_every_page_as_an_inner_page_with_inner()
    {
        string directory = Path.Combine(Path.GetTempPath(), "icp-inspect-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "index.html"), "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>");
            File.WriteAllText(Path.Combine(directory, "post.html"), "<p>An article</p>");
            File.WriteAllText(Path.Combine(directory, "note.md"), "A note");

            (int exit, string output, string error) = Run("inspect", directory, "--inner", "--format", "jsonl");
            Assert.Equal(0, exit);
            var pages = output.TrimEnd().Split('\n').Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToDictionary(e => Path.GetFileName(e.GetProperty("page").GetString()!));
            Assert.All(pages.Values, p => Assert.Equal("inner", p.GetProperty("pageKind").GetString()));
            Assert.Equal(["FTR0311"], pages["post.html"].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
            Assert.Equal(["FTR0311"], pages["note.md"].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
            Assert.Contains("compliant 合规  3", error);
            Assert.Contains("FTR0311       2            2", error);

            (exit, output, _) = Run("inspect", directory, "--format", "jsonl");
            Assert.Equal(1, exit);
            Assert.All(output.TrimEnd().Split('\n'), l => Assert.Equal("home", System.Text.Json.JsonDocument.Parse(l).RootElement.GetProperty("pageKind").GetString()));

            (exit, output, _) = Run("inspect", directory, "--inner", "--fail-on", "warning");
            Assert.Equal(1, exit);
            Assert.Contains("post.html: 0 number(s), 1 finding(s): compliant (as an inner page)", output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Inspect_fails_on_the_findings_of_a_rule_named_with_fail_on_rule_and_on_no_other_warning()
    {
        // The PSB number missing is a warning (docs/footer.md, "PSB findings are warnings"); a provider that requires
        // it raises that rule alone, and the page's other warning (the licence number not shown) stays a warning.
        const string Page = "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>";
        string[] expected = ["--icp", "京ICP备12345678号-1", "--psb", "京公网安备11010802012345号", "--license", "京ICP证030173号"];
        (int exit, string output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, ["inspect", "-", .. expected]);
        Assert.Equal(0, exit);
        Assert.Contains("warning FTR0305", output);
        Assert.Contains("warning FTR0307", output);

        (exit, _, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, ["inspect", "-", .. expected, "--fail-on-rule", "FTR0305"]);
        Assert.Equal(1, exit);
        (exit, _, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, ["inspect", "-", .. expected, "--fail-on-rule", "FTR0306", "--fail-on-rule", "FTR0404"]);
        Assert.Equal(0, exit);
        (exit, _, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(Page, ["inspect", "-", .. expected, "--fail-on-rule", "FTR0306", "--fail-on-rule", "FTR0307"]);
        Assert.Equal(1, exit);

        string directory = Path.Combine(Path.GetTempPath(), "icp-fail-rule-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            File.WriteAllText(Path.Combine(directory, "index.html"), Page);
            File.WriteAllText(Path.Combine(directory, "about.html"), Page + " <a href=\"https://beian.mps.gov.cn/#/query/webSearch?code=11010802012345\">京公网安备11010802012345号</a>");
            (exit, _, _) = Run(["inspect", directory, .. expected[..4]]);
            Assert.Equal(0, exit);
            (exit, _, _) = Run(["inspect", directory, .. expected[..4], "--fail-on-rule", "FTR0305"]);
            Assert.Equal(1, exit);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Inspect_refuses_an_unknown_fail_on_rule()
    {
        (int exit, _, string error) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput("<p></p>", "inspect", "-", "--fail-on-rule", "FTR9999");
        Assert.Equal(2, exit);
        Assert.Contains("'FTR9999' not recognized", error);
    }

    [Fact]
    public void Inspect_refuses_an_unknown_fail_on_severity()
    {
        (int exit, _, string error) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput("<p></p>", "inspect", "-", "--fail-on", "info");
        Assert.Equal(2, exit);
        Assert.Contains("'info' not recognized", error);
    }

    [Fact]
    public void Inspect_prints_a_repeated_finding_once_with_its_count_and_a_typo_with_the_parsers_error()
    {
        string page = string.Concat(System.Linq.Enumerable.Repeat("<p>京ICP备12345678号-1</p>\n", 500)) + "<p>京ICP备案1004644</p>";
        (int exit, string output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(page, "inspect", "-");
        Assert.Equal(1, exit);
        Assert.Contains("<stdin>:1: error FTR0101: ICP filing number is not linked to the MIIT filing system: 京ICP备12345678号-1 (×500)", output);
        Assert.Contains("<stdin>:501: error FTR0501: Text looks like an ICP number but does not parse: '京ICP备案1004644': DigitsMissing at position 5", output);
        Assert.Single(output.Split('\n'), l => l.Contains("FTR0101", System.StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("/nonexistent/page.html")]
    [InlineData("@/nonexistent/list.txt")]
    public void Inspect_exits_2_for_an_unreadable_file(string path)
    {
        (int exit, string output, string error) = Run("inspect", path);
        Assert.Equal((2, string.Empty), (exit, output));
        Assert.StartsWith("error: cannot read " + path.TrimStart('@'), error.Replace("error: cannot read @", "error: cannot read ", System.StringComparison.Ordinal));
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Inspect_exits_2_for_an_unparsable_expected_number()
    {
        (int exit, _, string error) = Run("inspect", "-", "--icp", "not a number");
        Assert.Equal(2, exit);
        Assert.StartsWith("error: --icp", error);
    }

    [Theory]
    [InlineData("page.md", new string[0], 0)]
    [InlineData("page.markdown", new string[0], 0)]
    [InlineData("page.html", new string[0], 1)]
    [InlineData("page.html", new[] { "--read", "markdown" }, 0)]
    [InlineData("page.md", new[] { "--read", "html" }, 1)]
    public void Inspect_reads_markdown_by_extension_or_format(string name, string[] options, int expectedExit)
    {
        string directory = Path.Combine(Path.GetTempPath(), "icp-inspect-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            string path = Path.Combine(directory, name);
            File.WriteAllText(path, "版权所有 | [闽ICP备15012807号\\-1](https://beian.miit.gov.cn/)\n");
            (int exit, string output, _) = Run(["inspect", path, .. options]);
            Assert.Equal(expectedExit, exit);
            Assert.Contains(expectedExit == 0 ? "found 闽ICP备15012807号-1 → https://beian.miit.gov.cn/" : "error FTR0101", output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Fact]
    public void Inspect_decodes_a_gbk_page_by_its_meta_charset()
    {
        byte[] page = System.Text.CodePagesEncodingProvider.Instance.GetEncoding(936)!.GetBytes("<meta charset=\"GBK\"><a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>");
        (int exit, string output, _) = IcpCompliance.Tests.Cli.CliRunner.RunWithInput(page, "inspect", "-");
        Assert.Equal(0, exit);
        Assert.Contains("<stdin>:1: found 京ICP备12345678号-1 → https://beian.miit.gov.cn/", output);
    }

    [Fact]
    public void Inspect_of_a_directory_writes_one_json_line_per_page_and_a_summary()
    {
        string directory = Path.Combine(Path.GetTempPath(), "icp-inspect-" + System.Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(directory, "blog"));
        try
        {
            File.WriteAllText(Path.Combine(directory, "index.html"), "<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>");
            File.WriteAllText(Path.Combine(directory, "about.htm"), "<p>京公网安备11010802012345号</p>");
            File.WriteAllText(Path.Combine(directory, "blog", "post.md"), "[京ICP备12345678号-1](https://beian.miit.gov.cn/)");
            File.WriteAllText(Path.Combine(directory, "blog", "notes.txt"), "京ICP备1234号");
            File.WriteAllText(Path.Combine(directory, "typo.html"), string.Concat(System.Linq.Enumerable.Repeat("<p>京ICP备12345678号-0</p>\n", 3)));

            (int exit, string output, string error) = Run("inspect", directory, "--format", "jsonl");
            Assert.Equal(1, exit);
            string[] lines = output.TrimEnd().Split('\n');
            Assert.Equal(4, lines.Length);
            var pages = lines.Select(l => System.Text.Json.JsonDocument.Parse(l).RootElement).ToDictionary(e => Path.GetFileName(e.GetProperty("page").GetString()!));
            Assert.Equal(["about.htm", "index.html", "post.md", "typo.html"], pages.Keys.Order());
            Assert.True(pages["index.html"].GetProperty("compliant").GetBoolean());
            Assert.True(pages["post.md"].GetProperty("compliant").GetBoolean());
            Assert.Equal("https://beian.miit.gov.cn/", pages["post.md"].GetProperty("numbers")[0].GetProperty("href").GetString());
            Assert.Equal(["FTR0201", "FTR0308"], pages["about.htm"].GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("id").GetString()));
            JsonElement typo = pages["typo.html"].GetProperty("findings")[0];
            Assert.Equal(("FTR0501", 3), (typo.GetProperty("id").GetString(), typo.GetProperty("occurrences").GetInt32()));
            Assert.False(pages["typo.html"].GetProperty("cut").GetBoolean());

            Assert.Contains("pages 页面  4", error);
            Assert.Contains("compliant 合规  2", error);
            Assert.Contains("FTR0501       1            3", error);
            Assert.Contains("FTR0308       1            1", error);
            // index.html and blog/post.md show two services of one subject (issue 24): the summary names them.
            Assert.Contains("one subject across several pages 多个页面属于同一主体", error);
            string shared = Assert.Single(error.Split('\n'), l => l.StartsWith("  京ICP备12345678号  2 pages: ", System.StringComparison.Ordinal));
            Assert.Contains("index.html", shared);
            Assert.Contains("post.md", shared);
            Assert.DoesNotContain("typo.html", shared);

            File.WriteAllText(Path.Combine(directory, "list.txt"), "index.html\n# a comment\n\nblog/post.md\n");
            (exit, output, _) = Run("inspect", "@" + Path.Combine(directory, "list.txt"));
            Assert.Equal(0, exit);
            Assert.Contains("index.html: 1 number(s), 0 finding(s): compliant", output);
            Assert.Contains("pages 页面  2", output);
            Assert.Contains("compliant 合规  2", output);
            Assert.Contains("  京ICP备12345678号  2 pages: ", output);

            // Pages of different subjects share nothing: no such section.
            File.WriteAllText(Path.Combine(directory, "other.html"), "<a href=\"https://beian.miit.gov.cn/\">沪ICP备87654321号-1</a>");
            File.WriteAllText(Path.Combine(directory, "list.txt"), "index.html\nother.html\n");
            (exit, output, _) = Run("inspect", "@" + Path.Combine(directory, "list.txt"));
            Assert.Equal(0, exit);
            Assert.DoesNotContain("one subject across several pages", output);
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }
}
