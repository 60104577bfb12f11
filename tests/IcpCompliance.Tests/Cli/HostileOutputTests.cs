using System;
using System.Linq;

namespace IcpCompliance.Tests.Cli;

/// <summary>Input that tries to drive the terminal, run through whole commands (issue #26's examples).</summary>
public sealed class HostileOutputTests
{
    [Fact]
    public void A_link_on_a_page_can_neither_clear_the_screen_nor_forge_a_line()
    {
        (int exit, string output, string error) = CliRunner.RunWithInput("<a href=\"&#27;[2J&#10;FAKE:1: ok\">京ICP备12345678号-1</a>", "inspect", "-");

        Assert.Equal(1, exit);
        Assert.DoesNotContain('\u001b', output + error);
        Assert.DoesNotContain(output.Split('\n'), line => line.StartsWith("FAKE", StringComparison.Ordinal));
        Assert.Contains("→ ?[2J?FAKE:1: ok", output, StringComparison.Ordinal);
    }

    [Fact]
    public void An_unknown_argument_is_shown_escaped()
    {
        (int exit, _, string error) = CliRunner.Run("\u001b[31m\u202efoo\nFAKE");

        Assert.Equal(2, exit);
        Assert.Contains("'?[31m?foo?FAKE'", error, StringComparison.Ordinal);
        Assert.DoesNotContain(error.Split('\n'), line => line.StartsWith("FAKE", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_name_is_shown_escaped_and_cut()
    {
        string name = "/nonexistent/\u001b[2J" + new string('x', 100_000);
        (int exit, _, string error) = CliRunner.Run("check", name[..4000]);

        Assert.Equal(2, exit);
        Assert.StartsWith("error: cannot read /nonexistent/?[2Jxxx", error, StringComparison.Ordinal);
        Assert.True(error.Split('\n').Max(l => l.Length) < 2 * 200 + 100, error);
    }

    [Fact]
    public void A_content_category_repeated_100000_times_prints_one_finding_and_a_hostile_name_escaped()
    {
        string golden = System.IO.File.ReadAllText(IcpCompliance.Tests.TestSupport.RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Serialization", "Golden", "company-website.application.json"));
        string json = golden
            .Replace("\"contentCategories\": []", "\"contentCategories\": [" + string.Join(",", Enumerable.Repeat("\"News\"", 100_000)) + "]", StringComparison.Ordinal)
            .Replace("\"name\": \"示例科技官网\"", "\"name\": \"\\u001b[2J\\u202eFAKE\\n" + new string('x', 100_000) + "\"", StringComparison.Ordinal);
        Assert.NotEqual(golden, json);

        (int exit, string output, string error) = CliRunner.RunWithInput(json, "check", "-");

        Assert.Equal((1, string.Empty), (exit, error));
        Assert.Single(output.Split('\n'), line => line.StartsWith("ICP0309  error    Services[0].PreApprovals", StringComparison.Ordinal));
        Assert.DoesNotContain('\u001b', output);
        Assert.DoesNotContain('\u202e', output);
        Assert.True(output.Split('\n').Length < 100, output.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.True(output.Split('\n').Max(l => l.Length) < 300);
    }
}
