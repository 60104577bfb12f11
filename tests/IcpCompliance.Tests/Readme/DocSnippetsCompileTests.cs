using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using IcpCompliance.Tests.TestSupport;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace IcpCompliance.Tests.Readme;

/// <summary>
/// Every C# snippet in README.md and docs/*.md compiles as written, on its own: pasted into <c>dotnet new
/// console</c> (whose implicit usings are the only ones not written in the snippet) with the packages referenced, it
/// builds. So a snippet names its usings and defines every variable it uses.
/// </summary>
public sealed class DocSnippetsCompileTests
{
    // What `dotnet new console` puts in scope without a using line (its ImplicitUsings).
    private const string ConsoleImplicitUsings = """
        global using global::System;
        global using global::System.Collections.Generic;
        global using global::System.IO;
        global using global::System.Linq;
        global using global::System.Net.Http;
        global using global::System.Threading;
        global using global::System.Threading.Tasks;
        """;

    private static readonly Lazy<MetadataReference[]> References = new(LoadReferences);

    public static TheoryData<string, int> Snippets()
    {
        var data = new TheoryData<string, int>();
        foreach (string file in DocumentFiles())
        {
            for (int i = 0; i < Extract(file).Count; i++)
            {
                data.Add(file, i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Snippets))]
    public void The_snippet_compiles_as_written(string file, int index)
    {
        (int line, string code) = Extract(file)[index];

        IReadOnlyList<string> errors = Compile(code);

        Assert.True(errors.Count == 0, $"{file}, the C# snippet at line {line}, does not compile:\n{string.Join('\n', errors)}\n\n{code}");
    }

    [Fact]
    public void Every_document_with_code_is_checked()
    {
        // The snippets the theory compiles: the README's tour, and the docs of every area that has an API.
        var files = DocumentFiles().Where(f => Extract(f).Count > 0).ToArray();

        Assert.Contains("README.md", files);
        foreach (string doc in new[] { "deadlines.md", "workflow.md", "json.md", "rules.md", "footer.md" })
        {
            Assert.Contains("docs/" + doc, files);
        }
    }

    [Fact]
    public void A_snippet_that_uses_an_undefined_variable_or_lacks_a_using_does_not_compile()
    {
        Assert.Contains(Compile("var next = FilingWorkflow.Default;"), e => e.Contains("CS0103", StringComparison.Ordinal));
        Assert.Contains(Compile("using IcpCompliance.Workflow;\nvar next = FilingWorkflow.Default.Apply(draft, null!);"), e => e.Contains("CS0103", StringComparison.Ordinal));
        Assert.Empty(Compile("using IcpCompliance.Workflow;\nvar workflow = FilingWorkflow.Default;"));
    }

    /// <summary>README.md and docs/*.md, as paths relative to the repository, with forward slashes.</summary>
    private static IEnumerable<string> DocumentFiles()
        => new[] { "README.md" }.Concat(Directory.EnumerateFiles(RepositoryFiles.PathOf("docs"), "*.md")
            .Select(p => "docs/" + Path.GetFileName(p))
            .Order(StringComparer.Ordinal));

    /// <summary>The C# blocks of a Markdown file (fenced as <c>csharp</c> or <c>cs</c>, indented or not), each with
    /// its first line's number.</summary>
    private static List<(int Line, string Code)> Extract(string file)
    {
        string text = File.ReadAllText(RepositoryFiles.PathOf(file.Split('/'))).ReplaceLineEndings("\n");
        var snippets = new List<(int, string)>();
        foreach (Match match in Regex.Matches(text, @"^([ ]*)```(?:csharp|cs|c#)[ ]*\n(.*?)^\1```[ ]*$", RegexOptions.Singleline | RegexOptions.Multiline, TimeSpan.FromSeconds(5)))
        {
            int indent = match.Groups[1].Length;
            string code = string.Join('\n', match.Groups[2].Value.Split('\n').Select(l => l.Length >= indent ? l[indent..] : l.TrimStart()));
            snippets.Add((text[..match.Index].Count(c => c == '\n') + 2, code));
        }

        return snippets;
    }

    private static List<string> Compile(string code)
    {
        SyntaxTree snippet = CSharpSyntaxTree.ParseText(code, new CSharpParseOptions(LanguageVersion.Latest), path: "snippet.cs");
        SyntaxTree usings = CSharpSyntaxTree.ParseText(ConsoleImplicitUsings, new CSharpParseOptions(LanguageVersion.Latest), path: "implicit-usings.cs");
        bool program = snippet.GetRoot().DescendantNodes().OfType<GlobalStatementSyntax>().Any();
        var options = new CSharpCompilationOptions(program ? OutputKind.ConsoleApplication : OutputKind.DynamicallyLinkedLibrary)
            .WithNullableContextOptions(NullableContextOptions.Enable);
        CSharpCompilation compilation = CSharpCompilation.Create("Snippet", [snippet, usings], References.Value, options);
        using var output = new MemoryStream();
        return compilation.Emit(output).Diagnostics
            .Where(d => d.Severity == DiagnosticSeverity.Error)
            .Select(d => d.ToString())
            .ToList();
    }

    /// <summary>The .NET and ASP.NET Core shared frameworks the tests run on, and the packages' assemblies with the
    /// libraries they depend on.</summary>
    private static MetadataReference[] LoadReferences()
    {
        string netCore = Path.GetDirectoryName(typeof(object).Assembly.Location)!;
        string shared = Path.GetDirectoryName(Path.GetDirectoryName(netCore))!;
        string version = Path.GetFileName(netCore);
        string aspNetCore = Directory.EnumerateDirectories(Path.Combine(shared, "Microsoft.AspNetCore.App"))
            .Where(d => Path.GetFileName(d).Split('.')[0] == version.Split('.')[0])
            .OrderBy(d => Version.Parse(Path.GetFileName(d).Split('-')[0]))
            .Last();
        string configuration = typeof(DocSnippetsCompileTests).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value ?? "Release";
        string here = AppContext.BaseDirectory;

        IEnumerable<string> assemblies = Directory.EnumerateFiles(netCore, "*.dll")
            .Concat(Directory.EnumerateFiles(aspNetCore, "*.dll"))
            .Concat(new[] { "IcpCompliance.dll", "IcpCompliance.Testing.dll", "NodaTime.dll", "OneOf.dll", "Ardalis.SmartEnum.dll" }.Select(f => Path.Combine(here, f)))
            .Append(RepositoryFiles.PathOf("src", "IcpCompliance.AspNetCore", "bin", configuration, "net10.0", "IcpCompliance.AspNetCore.dll"))
            .Where(IsManaged);
        return assemblies.Select(p => (MetadataReference)MetadataReference.CreateFromFile(p)).ToArray();
    }

    // The shared framework folders hold a few native libraries too.
    private static bool IsManaged(string path)
    {
        try
        {
            AssemblyName.GetAssemblyName(path);
            return true;
        }
        catch (BadImageFormatException)
        {
            return false;
        }
    }
}
