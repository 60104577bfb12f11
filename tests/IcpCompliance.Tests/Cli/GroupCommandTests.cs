using System;
using System.IO;
using System.Linq;
using System.Text.Json;
using IcpCompliance.Cli;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Cli;

/// <summary><c>icp group</c>: estates from text, CSV and pages, as a table and as JSON, under the exit-code contract.</summary>
public sealed class GroupCommandTests
{
    private const string Csv = "domain,icp,psb\na.cn,京ICP备2021012345号-1,京公网安备 11010802012345号\nb.cn,京ICP备2021012345号-2A,\nc.cn,京ICP备2021012345号-5,\n";

    private static string TempFile(string name, string text)
    {
        string directory = Path.Combine(Path.GetTempPath(), "icp-group-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        string path = Path.Combine(directory, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void The_docs_example_is_what_the_tool_prints()
    {
        string path = TempFile("sites.csv", Csv);
        (int exit, string output, string error) = CliRunner.Run("group", path);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Equal(string.Empty, error);

        string docs = File.ReadAllText(RepositoryFiles.PathOf("docs", "cli.md")).ReplaceLineEndings("\n");
        int start = docs.IndexOf("$ icp group sites.csv\n", StringComparison.Ordinal) + "$ icp group sites.csv\n".Length;
        string expected = docs[start..docs.IndexOf("```", start, StringComparison.Ordinal)];
        Assert.Equal(expected, output.Replace(path, "sites.csv", StringComparison.Ordinal));
    }

    [Fact]
    public void Json_lists_services_kinds_gaps_and_psb_numbers()
    {
        (int exit, string output, _) = CliRunner.RunWithInput(Csv, "group", "-", "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement subject = json.RootElement.GetProperty("subjects").EnumerateArray().Single();
        Assert.Equal("京ICP备2021012345号", subject.GetProperty("subject").GetString());
        Assert.Equal("filing", subject.GetProperty("form").GetString());
        Assert.Equal(["website", "app", "website"], subject.GetProperty("services").EnumerateArray().Select(s => s.GetProperty("kind").GetString()));
        Assert.Equal(3, subject.GetProperty("gaps")[0].GetProperty("first").GetInt32());
        Assert.Equal(4, subject.GetProperty("gaps")[0].GetProperty("last").GetInt32());
        Assert.Equal("京公网安备11010802012345号", subject.GetProperty("services")[0].GetProperty("psbNumbers")[0].GetString());
        Assert.Equal("<stdin>:2", subject.GetProperty("services")[0].GetProperty("sources")[0].GetString());
        Assert.Equal(3, json.RootElement.GetProperty("records").GetInt32());
    }

    [Fact]
    public void A_page_that_shows_two_subjects_is_reported_and_exits_1()
    {
        const string page = "<footer><a href=\"https://beian.miit.gov.cn/\">津ICP备2026011740号-1</a> 鲁ICP备2023032291号-1 津公网安备12011402001763号</footer>";
        (int exit, string output, _) = CliRunner.RunWithInput(page, "group", "-");
        Assert.Equal(ExitCodes.ProblemFound, exit);
        Assert.Contains("<stdin>: numbers of 2 subjects (津ICP备2026011740号, 鲁ICP备2023032291号)", output, StringComparison.Ordinal);
        Assert.Contains("<stdin>: 津公网安备12011402001763号 is shown with no single subject", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_pages_of_one_subject_are_one_estate()
    {
        string a = TempFile("a.html", "<p>京ICP备2021012345号-1 京公网安备11010802012345号</p>");
        string b = TempFile("b.html", "<p>京ICP备2021012345号-3X</p>");
        (int exit, string output, _) = CliRunner.Run("group", a, b, "--format", "json");
        Assert.Equal(ExitCodes.Ok, exit);
        using JsonDocument json = JsonDocument.Parse(output);
        JsonElement subject = json.RootElement.GetProperty("subjects").EnumerateArray().Single();
        Assert.Equal([a, b], subject.GetProperty("sources").EnumerateArray().Select(s => s.GetString()));
        Assert.Equal("mini-program", subject.GetProperty("services")[1].GetProperty("kind").GetString());
    }

    [Fact]
    public void Pages_of_several_domains_of_one_subject_are_named_together()
    {
        string a = TempFile("a.example.cn.html", "<p>京ICP备2021012345号-1</p>");
        string b = TempFile("b.example.cn.html", "<p>京ICP备2021012345号-2</p>");
        string c = TempFile("c.example.cn.html", "<p>沪ICP备2025152989号-1</p>");
        (int exit, string output, _) = CliRunner.Run("group", a, b, c);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.Contains("  one subject across 2 pages 多个页面属于同一主体: " + a + ", " + b + "\n", output, StringComparison.Ordinal);
        Assert.Single(output.Split('\n'), l => l.Contains("one subject across", StringComparison.Ordinal));

        // Lines of one list are not pages.
        (_, string lines, _) = CliRunner.RunWithInput("京ICP备2021012345号-1\n京ICP备2021012345号-2\n", "group", "-");
        Assert.DoesNotContain("one subject across", lines, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_lines_treats_a_page_as_lines_and_read_page_a_list_as_one_record()
    {
        const string twoLines = "京ICP备2021012345号-1\n京公网安备11010802012345号\n";
        (_, string lines, _) = CliRunner.RunWithInput(twoLines, "group", "-", "--format", "json");
        Assert.Contains("京公网安备11010802012345号", JsonDocument.Parse(lines).RootElement.GetProperty("unattachedPsbNumbers")[0].GetProperty("number").GetString(), StringComparison.Ordinal);
        (_, string page, _) = CliRunner.RunWithInput(twoLines, "group", "-", "--read", "page", "--format", "json");
        Assert.Equal(0, JsonDocument.Parse(page).RootElement.GetProperty("unattachedPsbNumbers").GetArrayLength());
    }

    [Fact]
    public void Conflicting_indexes_exit_1()
    {
        (int exit, string output, _) = CliRunner.RunWithInput("沪ICP备2025152989号-3\n沪ICP备2025152989号-3X\n", "group", "-");
        Assert.Equal(ExitCodes.ProblemFound, exit);
        Assert.Contains("index 3 held by numbers of two kinds", output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--read", "xml", "error: --read must be auto, lines or page, not 'xml'")]
    [InlineData("--format", "yaml", "error: --format must be text or json, not 'yaml'")]
    public void Bad_options_exit_2_with_one_line(string option, string value, string message)
    {
        (int exit, string output, string error) = CliRunner.RunWithInput("京ICP备2021012345号-1", "group", "-", option, value);
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.Equal(string.Empty, output);
        Assert.Equal(message + "\n", error);
    }

    [Fact]
    public void Standard_input_is_read_once()
    {
        (int exit, _, string error) = CliRunner.RunWithInput("京ICP备2021012345号-1", "group", "-", "-");
        Assert.Equal(ExitCodes.BadInput, exit);
        Assert.StartsWith("error: - (the standard input) can be read only once", error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_hostile_file_name_is_quoted()
    {
        string path = TempFile("evil\u001b[2J\u202e.csv", "京ICP备2021012345号-1\n");
        (int exit, string output, _) = CliRunner.Run("group", path);
        Assert.Equal(ExitCodes.Ok, exit);
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u202e', output);
        Assert.Contains("evil?[2J?.csv:1", output, StringComparison.Ordinal);
    }
}
