using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Readme;

public sealed class ReadmeSnippetsTests
{
    [Fact]
    public void Every_csharp_snippet_in_the_readme_is_compiled_and_run_by_a_test()
    {
        string here = RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "Readme");
        string readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        string examples = File.ReadAllText(Path.Combine(here, "ReadmeExamples.cs")).ReplaceLineEndings("\n");
        string[] snippets = Regex.Matches(readme, "```csharp\n(.*?)```", RegexOptions.Singleline, System.TimeSpan.FromSeconds(5))
            .Select(m => m.Groups[1].Value)
            .ToArray();

        Assert.NotEmpty(snippets);
        foreach (string snippet in snippets)
        {
            // The using lines are the file's own (DocSnippetsCompileTests checks that the snippet compiles with them).
            string[] lines = snippet.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim())
                .Where(l => !l.StartsWith("using ", System.StringComparison.Ordinal))
                .ToArray();
            string normalizedExamples = string.Join('\n', examples.Split('\n').Select(l => l.Trim()));
            Assert.True(normalizedExamples.Contains(string.Join('\n', lines), System.StringComparison.Ordinal), "README snippet not found in ReadmeExamples.cs:\n" + snippet);
        }
    }

    [Fact]
    public void The_readme_opens_with_the_two_commands()
    {
        string readme = File.ReadAllText(RepositoryFiles.PathOf("README.md"));
        string[] commands = readme.Split('\n').Where(l => l.StartsWith("dotnet ", System.StringComparison.Ordinal)).Take(2).ToArray();
        Assert.Equal("dotnet run --project src/IcpCompliance.Cli -- check --example", commands[0].Trim());
        Assert.Equal("dotnet test IcpCompliance.sln", commands[1].Trim());

        // The first command's arguments, run in-process: the example is ready, so it exits 0.
        string[] args = commands[0].Trim()["dotnet run --project src/IcpCompliance.Cli -- ".Length..].Split(' ');
        Assert.Equal(0, IcpCompliance.Tests.Cli.CliRunner.Run(args).ExitCode);
    }
}
