using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;

namespace IcpCompliance.Tests.Workflow;

/// <summary>
/// docs/workflow.md shows the workflow twice: the Mermaid source (generated, checked by <see cref="WorkflowDiagramTests"/>)
/// and a picture drawn by Graphviz, docs/workflow.svg, from docs/workflow.dot. The DOT file is
/// <see cref="WorkflowDiagram.ToDot()"/>'s output; the SVG carries the SHA-256 of the DOT it was drawn from, so a
/// changed workflow fails here until both are regenerated with ICP_UPDATE_DOCS=1 (which needs Graphviz's <c>dot</c>,
/// Debian's graphviz package). The test's name starts with the Mermaid test's, so one filter regenerates both.
/// </summary>
public sealed class WorkflowGraphvizTests
{
    private const string Regenerate = "regenerate it with\n  ICP_UPDATE_DOCS=1 dotnet test IcpCompliance.sln --filter Docs_workflow_md\n(Graphviz's dot must be installed: apt-get install graphviz) and review the diff.";
    private const string HashComment = "<!-- drawn from workflow.dot, sha256 ";

    [Fact]
    public void Docs_workflow_md_picture_is_drawn_by_graphviz_from_the_committed_dot()
    {
        string dotPath = RepositoryFiles.PathOf("docs", "workflow.dot");
        string svgPath = RepositoryFiles.PathOf("docs", "workflow.svg");
        string dot = WorkflowDiagram.ToDot();
        string committedDot = File.Exists(dotPath) ? File.ReadAllText(dotPath).ReplaceLineEndings("\n") : string.Empty;
        string committedSvg = File.Exists(svgPath) ? File.ReadAllText(svgPath) : string.Empty;
        bool current = committedDot == dot && committedSvg.Contains(HashComment + Sha256(dot) + " -->", StringComparison.Ordinal);
        if (!current && Environment.GetEnvironmentVariable("ICP_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(dotPath, dot);
            File.WriteAllText(svgPath, DrawSvg(dot));
            return;
        }

        Assert.True(committedDot == dot, "docs/workflow.dot is out of date with WorkflowDiagram.ToDot(); " + Regenerate);
        Assert.True(current, "docs/workflow.svg was not drawn from docs/workflow.dot as it is; " + Regenerate);
    }

    [Fact]
    public void Docs_workflow_md_shows_the_svg_beside_the_mermaid_source()
    {
        string doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "workflow.md"));
        Assert.Contains("](workflow.svg)", doc, StringComparison.Ordinal);
        Assert.Contains("(workflow.dot)", doc, StringComparison.Ordinal);
        Assert.True(
            doc.IndexOf("](workflow.svg)", StringComparison.Ordinal) < doc.IndexOf("```mermaid", StringComparison.Ordinal),
            "The picture stands just before the Mermaid source it draws.");
    }

    [Fact]
    public void The_committed_svg_draws_every_state()
    {
        string svg = File.ReadAllText(RepositoryFiles.PathOf("docs", "workflow.svg"));
        Assert.StartsWith("<?xml", svg, StringComparison.Ordinal);
        foreach (FilingState state in FilingWorkflow.Default.States)
        {
            Assert.Contains("<title>" + state.Name + "</title>", svg, StringComparison.Ordinal);
            Assert.Contains(">" + state.ChineseName + "</text>", svg, StringComparison.Ordinal);
        }
    }

    private static string DrawSvg(string dot)
    {
        var start = new ProcessStartInfo("dot", "-Tsvg")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException("dot did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("Graphviz's dot is not installed (apt-get install graphviz); it draws docs/workflow.svg.", e);
        }

        using (process)
        {
            process.StandardInput.Write(dot);
            process.StandardInput.Close();
            var error = process.StandardError.ReadToEndAsync();
            string svg = process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            Assert.True(process.ExitCode == 0, "dot failed: " + error.Result);

            // The hash goes after the XML declaration and doctype, where a comment is allowed.
            int at = svg.IndexOf("<svg", StringComparison.Ordinal);
            return svg[..at] + HashComment + Sha256(dot) + " -->\n" + svg[at..];
        }
    }

    private static string Sha256(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
