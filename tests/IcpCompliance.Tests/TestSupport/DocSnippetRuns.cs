using System.IO;
using System.Linq;
using System.Text.RegularExpressions;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>
/// Holds a doc's C# snippets to the test that runs them: each snippet's code (its usings and comments left out, as
/// DocSnippetsCompileTests compiles it whole) must stand in the test file, and each value it states in a comment
/// (<c>// x == y</c>) must be asserted there.
/// </summary>
internal static class DocSnippetRuns
{
    internal static void AssertEverySnippetIsRunBy(string docName, params string[] testFile)
    {
        string docs = File.ReadAllText(RepositoryFiles.PathOf("docs", docName)).ReplaceLineEndings("\n");
        string here = string.Join('\n', File.ReadAllLines(RepositoryFiles.PathOf(testFile)).Select(l => l.Trim()));
        string[] snippets = [.. Regex.Matches(docs, "```csharp\n(.*?)```", RegexOptions.Singleline, System.TimeSpan.FromSeconds(5)).Select(m => m.Groups[1].Value)];
        Assert.NotEmpty(snippets);
        foreach (string snippet in snippets)
        {
            string lines = string.Join('\n', snippet.Split('\n', System.StringSplitOptions.RemoveEmptyEntries).Select(l => l.Trim())
                .Where(l => !l.StartsWith("using ", System.StringComparison.Ordinal) && !l.StartsWith("//", System.StringComparison.Ordinal)));
            Assert.NotEqual(string.Empty, lines);
            Assert.True(here.Contains(lines, System.StringComparison.Ordinal), "docs/" + docName + " snippet not run by its test:\n" + snippet);
            foreach (Match stated in Regex.Matches(snippet, @"^// (.+) == (.+)$", RegexOptions.Multiline, System.TimeSpan.FromSeconds(5)).Cast<Match>())
            {
                string expected = stated.Groups[2].Value.Trim();
                string actual = stated.Groups[1].Value.Trim();
                string assertion = expected switch
                {
                    "true" => "Assert.True(" + actual + ");",
                    "false" => "Assert.False(" + actual + ");",
                    _ => "Assert.Equal(" + expected + ", " + actual + ");",
                };
                Assert.Contains(assertion, here, System.StringComparison.Ordinal);
            }
        }
    }
}
