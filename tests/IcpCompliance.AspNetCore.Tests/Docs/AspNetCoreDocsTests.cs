using System;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using System.Threading.Tasks;
using IcpCompliance.AspNetCore.Tests.Options;
using IcpCompliance.AspNetCore.Tests.Rendering;
using IcpCompliance.Tests.TestSupport;
using Microsoft.Extensions.Options;

namespace IcpCompliance.AspNetCore.Tests.Docs;

/// <summary>
/// docs/aspnetcore.md shows the sample as it is: each C#, Razor and Razor-page snippet is in a file of the sample
/// (which the build compiles and these tests run), the settings are the sample's, and the markup and the start-up
/// error are what the code writes today.
/// </summary>
public sealed class AspNetCoreDocsTests
{
    private static readonly string Doc = File.ReadAllText(RepositoryFiles.PathOf("docs", "aspnetcore.md")).ReplaceLineEndings("\n");
    private static readonly string Sample = RepositoryFiles.PathOf("samples", "IcpCompliance.Sample.Web");

    [Theory]
    [InlineData("csharp", "*.cs")]
    [InlineData("cshtml", "*.cshtml")]
    [InlineData("razor", "*.razor")]
    public void Every_code_snippet_is_in_a_file_of_the_sample(string language, string files)
    {
        string[] sources = [.. Directory.GetFiles(Sample, files, SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + "obj" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
                && !f.Contains(Path.DirectorySeparatorChar + "bin" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .Select(f => Normalize(File.ReadAllText(f)))];
        string[] snippets = Snippets(language);

        Assert.NotEmpty(snippets);
        Assert.All(snippets, snippet => Assert.True(
            sources.Any(source => source.Contains(Normalize(snippet), StringComparison.Ordinal)),
            "This " + language + " snippet of docs/aspnetcore.md is in no " + files + " file of the sample:\n" + snippet));
    }

    [Fact]
    public void The_csharp_snippet_is_the_samples_whole_program_up_to_Run()
    {
        string program = File.ReadAllText(Path.Combine(Sample, "Program.cs")).ReplaceLineEndings("\n");
        Assert.Equal(program[..(program.IndexOf("app.Run();", StringComparison.Ordinal) + "app.Run();".Length)] + "\n", Assert.Single(Snippets("csharp")));
    }

    [Fact]
    public void The_settings_are_the_samples()
    {
        JsonNode documented = JsonNode.Parse(Assert.Single(Snippets("json")))!;
        JsonNode sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Sample, "appsettings.json")))!;
        Assert.True(JsonNode.DeepEquals(documented["IcpCompliance"], sample["IcpCompliance"]), documented.ToJsonString());
    }

    [Fact]
    public void The_markup_is_what_the_tag_helper_writes_today()
        => Assert.Equal(SampleFooter.Html + "\n", Assert.Single(Snippets("html")));

    [Fact]
    public async Task The_start_up_error_is_what_a_bad_number_gives_today()
    {
        OptionsValidationException stopped = await StartupHost.StartFailsAsync(StartupHost.Settings("京ICP备1234号-1"));
        string shown = Assert.Single(Snippets("text")).TrimEnd('\n').Split('\n')[^1].Trim();
        Assert.Equal(typeof(OptionsValidationException).FullName + ": " + stopped.Message, shown);
    }

    [Fact]
    public void The_readmes_snippet_is_the_samples_settings_and_tag()
    {
        string readme = File.ReadAllText(RepositoryFiles.PathOf("README.md")).ReplaceLineEndings("\n");
        string section = readme[readme.IndexOf("## In an ASP.NET Core site", StringComparison.Ordinal)..];
        section = section[..section.IndexOf("\n## ", 1, StringComparison.Ordinal)];
        string json = Regex.Match(section, "```json\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(5)).Groups[1].Value;
        JsonNode sample = JsonNode.Parse(File.ReadAllText(Path.Combine(Sample, "appsettings.json")))!;

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{" + json + "}")!["IcpCompliance"], sample["IcpCompliance"]), json);
        Assert.Contains("<footer><icp-footer /></footer>", section, StringComparison.Ordinal);
        Assert.Contains("builder.Services.AddIcpCompliance();", File.ReadAllText(Path.Combine(Sample, "Program.cs")), StringComparison.Ordinal);
        Assert.Contains("`builder.Services.AddIcpCompliance();`", section, StringComparison.Ordinal);
        Assert.Contains("@addTagHelper *, IcpCompliance.AspNetCore", File.ReadAllText(Path.Combine(Sample, "Pages", "_ViewImports.cshtml")), StringComparison.Ordinal);
    }

    [Fact]
    public void The_package_reference_names_the_package()
        => Assert.Contains("<PackageReference Include=\"IcpCompliance.AspNetCore\"", Assert.Single(Snippets("xml")), StringComparison.Ordinal);

    private static string[] Snippets(string language)
        => [.. Regex.Matches(Doc, "```" + language + "\n(.*?)```", RegexOptions.Singleline, TimeSpan.FromSeconds(5)).Select(m => m.Groups[1].Value)];

    // Lines compared without their indentation: the docs indent for the page, the sample for its file.
    private static string Normalize(string text) => string.Join('\n', text.ReplaceLineEndings("\n").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
}
