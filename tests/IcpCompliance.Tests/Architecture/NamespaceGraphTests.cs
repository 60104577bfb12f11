using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using IcpCompliance.Regions;
using IcpCompliance.Tests.Architecture.GraphSamples.Marked;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Architecture;

/// <summary>The library's namespaces point one way (issue 22 item 3): the graph in <c>docs/architecture.md</c> is
/// the compiled assembly's, and it has no cycle.</summary>
public sealed class NamespaceGraphTests
{
    private const string Root = "IcpCompliance";

    private static readonly Assembly Library = typeof(Province).Assembly;

    private static readonly NamespaceGraph Full = NamespaceGraph.Of(Library, Root);

    [Fact]
    public void The_namespace_graph_in_the_docs_is_the_assemblys()
        => GeneratedDocs.AssertSection("architecture.md", "the IcpCompliance assembly", Full.ToMermaid(), "The_namespace_graph_in_the_docs_is_the_assemblys");

    [Fact]
    public void No_namespaces_use_each_other_in_a_cycle()
    {
        IReadOnlyList<string> cycles = Full.Cycles();
        Assert.True(cycles.Count == 0, "Namespaces that use each other in a cycle:\n  " + string.Join("\n  ", cycles));
    }

    [Fact]
    public void No_domain_type_names_a_converter_of_Serialization()
    {
        // The converters are registered in the source-generated context and by IcpJson.Configure (issue 22 item 3);
        // an attribute on a domain type would point from the domain into Serialization again.
        var marked = Library.GetTypes()
            .Where(t => t.Namespace != Root + ".Serialization")
            .Where(t => t.GetCustomAttributesData().Any(a => a.AttributeType == typeof(JsonConverterAttribute)))
            .Select(t => t.FullName)
            .ToArray();
        Assert.Empty(marked);
    }

    [Fact]
    public void The_graph_sees_signatures_attributes_and_method_bodies()
    {
        // The reader must find the kinds of use a source search misses or a signature walk alone would miss.
        Assert.Contains(("Serialization", "Workflow"), Full.Edges);                       // signatures
        Assert.Contains(("Regions", "Internal"), Full.Edges);                             // IL: Preconditions calls, EmbeddedTable
        Assert.DoesNotContain("(root)", Full.Namespaces);
        var samples = NamespaceGraph.Of(typeof(MarkedByAttribute).Assembly, "IcpCompliance.Tests.Architecture.GraphSamples");
        Assert.Equal(["Marked", "Target"], samples.Namespaces);
        Assert.Equal([("Marked", "Target")], samples.Edges);                             // typeof in an attribute
        // Footer's page scanner sits in the folder Footer/Scanning but in Footer's namespace: it fills Footer's
        // result types (FoundNumber), so a namespace of its own would use Footer while Footer uses it, a cycle.
        Assert.DoesNotContain("Footer.Scanning", Full.Namespaces);
        Assert.Equal("IcpCompliance.Footer", typeof(IcpCompliance.Footer.PageScanner).Namespace);
    }

    [Fact]
    public void Every_namespace_has_its_role_in_the_docs()
    {
        string doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "architecture.md"));
        var listed = Regex.Matches(doc, @"^\| `([A-Za-z.]+)` \|", RegexOptions.Multiline).Select(m => m.Groups[1].Value).ToArray();
        Assert.Equal(Full.Namespaces, listed.Order(StringComparer.Ordinal));
    }
}
