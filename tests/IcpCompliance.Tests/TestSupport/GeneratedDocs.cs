using System;
using System.IO;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>
/// Checks a generated section of a file in <c>docs/</c> (between <c>&lt;!-- generated from SOURCE: begin --&gt;</c>
/// and its <c>end</c> marker) against what the code generates. With ICP_UPDATE_DOCS=1 it rewrites the section
/// instead, to be reviewed in the diff.
/// </summary>
internal static class GeneratedDocs
{
    internal static void AssertSection(string docName, string source, string expected, string testFilter)
    {
        string path = RepositoryFiles.PathOf("docs", docName);
        string doc = File.ReadAllText(path).ReplaceLineEndings("\n");
        string begin = "<!-- generated from " + source + ": begin -->\n";
        string end = "<!-- generated from " + source + ": end -->";
        int from = doc.IndexOf(begin, StringComparison.Ordinal) + begin.Length;
        int to = doc.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= begin.Length && to >= from, "docs/" + docName + " lacks the generated section markers.");
        if (doc[from..to] != expected && Environment.GetEnvironmentVariable("ICP_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, doc[..from] + expected + doc[to..]);
            return;
        }

        Assert.True(
            doc[from..to] == expected,
            "docs/" + docName + " is out of date with " + source + "; regenerate it with\n  ICP_UPDATE_DOCS=1 dotnet test IcpCompliance.sln --filter "
            + testFilter + "\nand review the diff.");
    }
}
