using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;
using IcpCompliance.Filing;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;
using IcpCompliance.Workflow;

namespace IcpCompliance.Tests.Architecture;

/// <summary>The library's namespaces point one way (issue 22 item 3): the graph in <c>docs/architecture.md</c> is
/// the compiled assembly's, and it has no cycle but the allowed exceptions listed here with their reason.</summary>
public sealed class NamespaceGraphTests
{
    private const string Root = "IcpCompliance";

    // The allowed exceptions: attributes that point from a domain type into Serialization. The six types carry
    // [JsonConverter(typeof(Serialization.…))] because the JSON source generator, told of a converter only through
    // the context's Converters list, still describes a type without the attribute as an object: for the SmartEnums
    // that reaches Ardalis.SmartEnum's reflection (SmartEnum.GetAllOptions → Assembly.GetTypes) and the Native AOT
    // publish of tests/IcpCompliance.AotSmoke fails with IL2026/IL2070. The converters stay in Serialization because
    // they throw IcpJsonException (public, Serialization's) and read 0.1's names (LegacyNames): moved elsewhere they
    // would still use Serialization. docs/architecture.md and docs/json.md say the same.
    private static readonly Type[] TypesWithJsonConverterAttribute =
        [typeof(Province), typeof(EntityType), typeof(FilingOperation), typeof(FilingState), typeof(FilingEventKind), typeof(FilingCase)];

    private const string AttributeEdgeLabel = "JsonConverter attribute";

    private static readonly Assembly Library = typeof(Province).Assembly;

    private static bool IsAllowedAttribute(Type type, CustomAttributeData attribute)
        => attribute.AttributeType == typeof(JsonConverterAttribute)
            && TypesWithJsonConverterAttribute.Contains(type)
            && attribute.ConstructorArguments is [{ Value: Type converter }]
            && converter.Namespace == Root + ".Serialization";

    private static readonly NamespaceGraph Full = NamespaceGraph.Of(Library, Root);

    private static readonly NamespaceGraph WithoutAllowed = NamespaceGraph.Of(Library, Root, IsAllowedAttribute);

    // The edges that only the allowed attributes make.
    private static Dictionary<(string From, string To), string> AllowedEdges()
        => Full.Edges.Except(WithoutAllowed.Edges).ToDictionary(e => e, _ => AttributeEdgeLabel);

    [Fact]
    public void The_namespace_graph_in_the_docs_is_the_assemblys()
        => GeneratedDocs.AssertSection("architecture.md", "the IcpCompliance assembly", Full.ToMermaid(AllowedEdges()), "The_namespace_graph_in_the_docs_is_the_assemblys");

    [Fact]
    public void No_namespaces_use_each_other_in_a_cycle()
    {
        IReadOnlyList<string> cycles = WithoutAllowed.Cycles([]);
        Assert.True(cycles.Count == 0, "Namespaces that use each other in a cycle:\n  " + string.Join("\n  ", cycles));
    }

    [Fact]
    public void Each_allowed_exception_still_makes_an_edge_that_would_close_a_cycle()
    {
        // Every type listed still carries the attribute, and every edge it makes alone closes a cycle: an exception
        // that is no longer needed is taken out of the list.
        foreach (Type type in TypesWithJsonConverterAttribute)
        {
            Assert.Contains(type.GetCustomAttributesData(), a => IsAllowedAttribute(type, a));
        }

        Dictionary<(string From, string To), string> allowed = AllowedEdges();
        Assert.Equal(3, allowed.Count);
        Assert.All(allowed.Keys, edge => Assert.Contains(edge, Full.Edges));
        Assert.All(allowed.Keys, edge => Assert.True(Reaches(WithoutAllowed, edge.To, edge.From), edge.From + " -> " + edge.To + " closes no cycle."));
    }

    [Fact]
    public void The_graph_sees_signatures_attributes_and_method_bodies()
    {
        // The reader must find the kinds of use a source search misses or a signature walk alone would miss.
        Assert.Contains(("Serialization", "Workflow"), Full.Edges);                       // signatures
        Assert.Contains(("Regions", "Serialization"), Full.Edges);                        // typeof in an attribute
        Assert.DoesNotContain(("Regions", "Serialization"), WithoutAllowed.Edges);
        Assert.Contains(("Regions", "Internal"), Full.Edges);                             // IL: Preconditions calls, EmbeddedTable
        Assert.DoesNotContain("(root)", Full.Namespaces);
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

    private static bool Reaches(NamespaceGraph graph, string from, string to)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal) { from };
        var queue = new Queue<string>([from]);
        while (queue.Count > 0)
        {
            string node = queue.Dequeue();
            if (node == to)
            {
                return true;
            }

            foreach ((string _, string next) in graph.Edges.Where(e => e.From == node))
            {
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return false;
    }
}
