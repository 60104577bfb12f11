using System;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Xml.Linq;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;

namespace IcpCompliance.Tests.Build;

/// <summary>
/// End to end: the packed IcpCompliance.Build package, referenced by a copy of tests/IcpCompliance.Build.Sample
/// (a Web SDK project that also references the IcpCompliance package), in real <c>dotnet build</c> runs.
/// </summary>
public sealed class BuildPackageTests : IClassFixture<PackedPackages>
{
    private const string SampleName = "IcpCompliance.Build.Sample";
    private const string IcpNumber = "京ICP备12345678号-1";
    private const string PsbNumber = "京公网安备11010802012345号";

    private readonly PackedPackages _packages;

    public BuildPackageTests(PackedPackages packages)
    {
        _packages = packages;
    }

    [Fact]
    public void Package_holds_the_task_with_the_library_and_flows_nothing_to_the_project()
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.BuildPackagePath);
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();
        foreach (string expected in new[]
                 {
                     "build/IcpCompliance.Build.props", "build/IcpCompliance.Build.targets",
                     "buildTransitive/IcpCompliance.Build.props", "buildTransitive/IcpCompliance.Build.targets",
                     "tasks/net10.0/IcpCompliance.Build.dll", "tasks/net10.0/IcpCompliance.dll",
                     "tasks/net10.0/NodaTime.dll", "tasks/net10.0/OneOf.dll", "tasks/net10.0/Ardalis.SmartEnum.dll",
                 })
        {
            Assert.Contains(expected, entries);
        }

        Assert.DoesNotContain(entries, e => e.StartsWith("lib/", StringComparison.Ordinal) || e.StartsWith("ref/", StringComparison.Ordinal));
        Assert.DoesNotContain(entries, e => e.Contains("Microsoft.Build", StringComparison.Ordinal) && e.EndsWith(".dll", StringComparison.Ordinal));

        using Stream nuspecStream = package.Entries.Single(e => e.FullName == "IcpCompliance.Build.nuspec").Open();
        XElement metadata = XDocument.Load(nuspecStream).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
        Assert.Equal("true", metadata.Elements().Single(e => e.Name.LocalName == "developmentDependency").Value);
        Assert.DoesNotContain(metadata.Elements(), e => e.Name.LocalName == "dependencies");
    }

    [Fact]
    public void Build_writes_the_footer_and_the_constants_and_rewrites_them_only_when_a_number_changes()
    {
        string project = _packages.CopySample("incremental");
        string footerPath = Path.Combine(project, "wwwroot", "icp-footer.html");
        string sourcePath = Path.Combine(project, "obj", "Debug", "net10.0", SampleName + ".IcpFooter.g.cs");

        Succeed(DotnetCommand.Run(project, "build", "--disable-build-servers"));
        string footer = Footer(IcpNumber, PsbNumber);
        Assert.Equal(footer + "\n", File.ReadAllText(footerPath));
        Assert.Contains("public const string IcpFilingNumber = \"" + IcpNumber + "\";", File.ReadAllText(sourcePath), StringComparison.Ordinal);
        // A footer created by the build is a static web asset of that same build.
        Assert.Contains("icp-footer.html", File.ReadAllText(Path.Combine(project, "obj", "Debug", "net10.0", "staticwebassets.build.json")), StringComparison.Ordinal);

        string[] printed = Run(project);
        Assert.Contains("IcpFilingNumber=" + IcpNumber, printed);
        Assert.Contains("DisplayedIcpFilingNumber=" + IcpNumber, printed);
        Assert.Contains("PsbFilingNumber=" + PsbNumber, printed);
        Assert.Contains("Html=" + footer, printed);
        Assert.Contains("Province=Beijing", printed);

        // Timestamps far in the past: a rewrite, even within the file system's timestamp resolution, shows.
        var past = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        File.SetLastWriteTimeUtc(footerPath, past);
        File.SetLastWriteTimeUtc(sourcePath, past);
        DotnetCommand.Result again = Succeed(DotnetCommand.Run(project, "build", "--no-restore", "--disable-build-servers", "-v:n"));
        Assert.Equal(past, File.GetLastWriteTimeUtc(footerPath));
        Assert.Equal(past, File.GetLastWriteTimeUtc(sourcePath));
        Assert.Contains("Skipping target \"_IcpFooterGenerate\"", again.Output, StringComparison.Ordinal);
        Assert.Contains("Skipping target \"CoreCompile\"", again.Output, StringComparison.Ordinal);

        SetProperty(project, "IcpFilingNumber", "京ICP备12345678号-2");
        Succeed(DotnetCommand.Run(project, "build", "--no-restore", "--disable-build-servers"));
        Assert.Equal(Footer("京ICP备12345678号-2", PsbNumber) + "\n", File.ReadAllText(footerPath));
        Assert.NotEqual(past, File.GetLastWriteTimeUtc(footerPath));
        Assert.Contains("IcpFilingNumber=京ICP备12345678号-2", Run(project));
    }

    [Fact]
    public void Build_without_a_psb_number_generates_an_empty_constant_and_a_markdown_footer_when_asked()
    {
        string project = _packages.CopySample("markdown");
        SetProperty(project, "PsbFilingNumber", string.Empty);
        SetProperty(project, "IcpFilingNumber", "粤ICP备2021150097号-1");
        SetProperty(project, "IcpFooterFormat", "markdown");
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            namespace Sample.Site;

            internal static class Program
            {
                private static void Main()
                {
                    System.Console.OutputEncoding = System.Text.Encoding.UTF8;
                    System.Console.WriteLine("Displayed=" + IcpFooter.DisplayedIcpFilingNumber);
                    System.Console.WriteLine("Psb=" + (IcpFooter.PsbFilingNumber.Length == 0 ? "empty" : "set"));
                    System.Console.WriteLine("Markdown=" + IcpFooter.Markdown);
                }
            }
            """);

        Succeed(DotnetCommand.Run(project, "build", "--disable-build-servers"));
        var content = new FooterContent(IcpFilingNumber.Parse("粤ICP备2021150097号-1").Value);
        string footer = FooterRenderer.Render(content, FooterFormat.Markdown).AsT0.Text;
        Assert.Equal(footer + "\n", File.ReadAllText(Path.Combine(project, "wwwroot", "icp-footer.md")));
        Assert.False(File.Exists(Path.Combine(project, "wwwroot", "icp-footer.html")));
        string[] printed = Run(project);
        Assert.Contains("Displayed=粤ICP备2021150097号", printed);
        Assert.Contains("Psb=empty", printed);
        Assert.Contains("Markdown=" + footer, printed);
    }

    [Theory]
    [InlineData("bad-icp", "京ICP备1234号-1", PsbNumber, "ICPB001", "TooFewDigits at position 5", "IcpFilingNumber")]
    [InlineData("bad-psb", IcpNumber, "京公网安备44010802012345号", "ICPB002", "ProvinceMismatch at position 5", "PsbFilingNumber")]
    [InlineData("subject-number", "京ICP备12345678号", PsbNumber, "ICPB003", "FTR0304", "IcpFilingNumber")]
    public void Build_fails_with_the_code_at_the_line_of_the_property_when_the_numbers_make_no_compliant_footer(string name, string icp, string psb, string code, string detail, string property)
    {
        string project = _packages.CopySample(name);
        SetProperty(project, "IcpFilingNumber", icp);
        SetProperty(project, "PsbFilingNumber", psb);

        DotnetCommand.Result build = DotnetCommand.Run(project, "build", "--disable-build-servers");

        Assert.True(build.ExitCode != 0, "The build should have failed. " + build.Describe());
        string projectFile = Path.Combine(project, SampleName + ".csproj");
        string errorLine = build.Output.Split('\n').FirstOrDefault(l => l.Contains("error " + code + ":", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException($"No error {code} in the output. " + build.Describe());
        Assert.StartsWith(projectFile + Place(projectFile, property) + ": error " + code + ": ", errorLine.Trim(), StringComparison.Ordinal);
        Assert.Contains(detail, errorLine, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Combine(project, "wwwroot", "icp-footer.html")), "No footer is written for bad numbers.");
    }

    [Fact]
    public void An_empty_IcpFilingNumber_is_a_warning_naming_the_property_at_its_line()
    {
        string project = _packages.CopySample("empty-number");
        SetProperty(project, "IcpFilingNumber", string.Empty);

        DotnetCommand.Result build = DotnetCommand.Run(project, "build", "--disable-build-servers");

        // The sample uses IcpFooter, so the build still fails, but the first thing said is why.
        string projectFile = Path.Combine(project, SampleName + ".csproj");
        string warning = build.Output.Split('\n').FirstOrDefault(l => l.Contains("ICPB009", StringComparison.Ordinal))
            ?? throw new Xunit.Sdk.XunitException("No warning ICPB009 in the output. " + build.Describe());
        Assert.StartsWith(projectFile + Place(projectFile, "IcpFilingNumber") + ": warning ICPB009: IcpFilingNumber is empty", warning.Trim(), StringComparison.Ordinal);
        Assert.True(build.Output.IndexOf("ICPB009", StringComparison.Ordinal) < build.Output.IndexOf("CS0103", StringComparison.Ordinal), build.Describe());
        Assert.False(File.Exists(Path.Combine(project, "wwwroot", "icp-footer.html")));
    }

    [Fact]
    public void Switching_the_format_removes_the_footer_file_of_the_old_one()
    {
        string project = _packages.CopySample("switch-format");
        Succeed(DotnetCommand.Run(project, "build", "--disable-build-servers"));
        Assert.True(File.Exists(Path.Combine(project, "wwwroot", "icp-footer.html")));

        SetProperty(project, "IcpFooterFormat", "text");
        File.WriteAllText(Path.Combine(project, "Program.cs"), """
            namespace Sample.Site;

            internal static class Program
            {
                private static void Main() => System.Console.WriteLine(IcpFooter.Text);
            }
            """);
        Succeed(DotnetCommand.Run(project, "build", "--disable-build-servers"));

        Assert.False(File.Exists(Path.Combine(project, "wwwroot", "icp-footer.html")), "The html footer of the old format is left behind.");
        Assert.True(File.Exists(Path.Combine(project, "wwwroot", "icp-footer.txt")));
        string assets = File.ReadAllText(Path.Combine(project, "obj", "Debug", "net10.0", "staticwebassets.build.json"));
        Assert.Contains("icp-footer.txt", assets, StringComparison.Ordinal);
        Assert.DoesNotContain("icp-footer.html", assets, StringComparison.Ordinal);

        // A build with nothing changed keeps the new file.
        Succeed(DotnetCommand.Run(project, "build", "--no-restore", "--disable-build-servers"));
        Assert.True(File.Exists(Path.Combine(project, "wwwroot", "icp-footer.txt")));
    }

    // "(line,column)" of the property's element in the project file, as MSBuild writes a location; the column is
    // that of its '<'.
    private static string Place(string projectFile, string property)
    {
        string[] lines = File.ReadAllLines(projectFile);
        int line = Array.FindLastIndex(lines, l => l.Contains("<" + property + ">", StringComparison.Ordinal) || l.Contains("<" + property + " />", StringComparison.Ordinal));
        Assert.True(line >= 0, property + " is not in " + projectFile);
        return FormattableString.Invariant($"({line + 1},{lines[line].IndexOf('<', StringComparison.Ordinal) + 1})");
    }

    private static string Footer(string icp, string psb)
    {
        var content = new FooterContent(IcpFilingNumber.Parse(icp).Value) { PsbNumber = PsbFilingNumber.Parse(psb).Value };
        return FooterRenderer.Render(content).AsT0.Text;
    }

    private static DotnetCommand.Result Succeed(DotnetCommand.Result result)
    {
        Assert.True(result.ExitCode == 0, result.Describe());
        return result;
    }

    private static string[] Run(string project)
    {
        DotnetCommand.Result run = Succeed(DotnetCommand.Run(project, Path.Combine("bin", "Debug", "net10.0", SampleName + ".dll")));
        return run.Output.ReplaceLineEndings("\n").Split('\n');
    }

    private static void SetProperty(string project, string name, string value)
    {
        string path = Path.Combine(project, SampleName + ".csproj");
        XDocument document = XDocument.Load(path, LoadOptions.PreserveWhitespace);
        XElement group = document.Root!.Elements("PropertyGroup").First();
        if (group.Element(name) is XElement element)
        {
            element.Value = value;
        }
        else
        {
            group.Add(new XElement(name, value));
        }

        document.Save(path);
    }
}
