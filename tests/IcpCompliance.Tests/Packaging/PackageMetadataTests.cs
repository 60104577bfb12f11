using System;
using System.Collections.Generic;
using System.Diagnostics;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using IcpCompliance.Tests.Build;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Packaging;

/// <summary>
/// What a user sees of each package on a package page and in their project: the packed .nupkg files (packed once
/// by <see cref="PackedPackages"/>) hold a readme that needs no other file, the icon, the license, a description,
/// tags, the repository as SourceLink found it, XML docs and symbols for the libraries, and exactly the dependencies
/// they need; and packing them prints no warning.
/// </summary>
public sealed class PackageMetadataTests : IClassFixture<PackedPackages>
{
    private readonly PackedPackages _packages;

    public PackageMetadataTests(PackedPackages packages)
    {
        _packages = packages;
    }

    public static TheoryData<string> Packages() => [.. PackedPackages.Projects];

    [Fact]
    public void Packing_prints_no_warning()
        => Assert.DoesNotMatch(new Regex(@": warning ", RegexOptions.None, TimeSpan.FromSeconds(5)), _packages.PackOutput);

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_has_a_readme_that_links_to_no_file_of_the_repository(string project)
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.PackagePath(project));
        XElement metadata = Metadata(package);

        Assert.Equal("README.md", Value(metadata, "readme"));
        string readme = Read(package, "README.md");
        Assert.StartsWith("# ", readme, StringComparison.Ordinal);
        // A package page cannot follow a relative link or show a relative image: only absolute ones and anchors.
        Assert.DoesNotMatch(new Regex(@"\]\((?!https?:|#)", RegexOptions.None, TimeSpan.FromSeconds(5)), readme);
    }

    [Fact]
    public void Each_package_has_the_document_of_its_own_as_readme()
    {
        Assert.StartsWith("# IcpCompliance\n", ReadmeOf("IcpCompliance"), StringComparison.Ordinal);
        Assert.StartsWith("# The `icp` tool\n", ReadmeOf("IcpCompliance.Cli"), StringComparison.Ordinal);
        Assert.StartsWith("# Build-time footers: IcpCompliance.Build\n", ReadmeOf("IcpCompliance.Build"), StringComparison.Ordinal);
        Assert.Contains("IcpCompliance.AspNetCore", ReadmeOf("IcpCompliance.AspNetCore").Split('\n')[0], StringComparison.Ordinal);
        Assert.StartsWith("# IcpCompliance.Testing\n", ReadmeOf("IcpCompliance.Testing"), StringComparison.Ordinal);
        // A relative link is kept as the path it points to.
        Assert.Contains("are in `docs/cli.md`", ReadmeOf("IcpCompliance"), StringComparison.Ordinal);
        Assert.Contains("(see `docs/footer.md`)", ReadmeOf("IcpCompliance.Build"), StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_package_has_the_icon_the_license_a_description_and_tags(string project)
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.PackagePath(project));
        XElement metadata = Metadata(package);

        Assert.Equal("icon.png", Value(metadata, "icon"));
        using (var icon = new MemoryStream())
        {
            package.GetEntry("icon.png")!.Open().CopyTo(icon);
            byte[] png = icon.ToArray();
            Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A }, png[..8]);
            // IHDR: width and height, big-endian, at 16 and 20.
            Assert.Equal((128, 128), (BigEndian(png, 16), BigEndian(png, 20)));
        }

        XElement license = metadata.Elements().Single(e => e.Name.LocalName == "license");
        Assert.Equal(("expression", "MIT"), ((string?)license.Attribute("type"), license.Value));
        Assert.True(Value(metadata, "description").Length >= 60, project + ": the description says what the package does.");
        string[] tags = Value(metadata, "tags").Split(' ');
        Assert.Contains("icp", tags);
        Assert.Contains("beian", tags);
        Assert.Equal("IcpCompliance contributors", Value(metadata, "authors"));
    }

    [Theory]
    [MemberData(nameof(Packages))]
    public void The_repository_is_the_one_SourceLink_found_and_none_is_invented(string project)
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.PackagePath(project));
        XElement repository = Metadata(package).Elements().Single(e => e.Name.LocalName == "repository");

        Assert.Equal("git", (string?)repository.Attribute("type"));
        Assert.Matches("^[0-9a-f]{40}$", (string?)repository.Attribute("commit") ?? string.Empty);
        string? remote = Git("remote", "get-url", "origin");
        string? url = (string?)repository.Attribute("url");
        if (remote is null)
        {
            Assert.Null(url);
        }
        else if (remote.StartsWith("https://", StringComparison.Ordinal) || remote.StartsWith("git@", StringComparison.Ordinal))
        {
            // A hosted remote: SourceLink writes its web address.
            Assert.StartsWith("https://", url ?? string.Empty, StringComparison.Ordinal);
        }
        else
        {
            // A clone of a folder (a fresh-clone check, a CI checkout from a local mirror): SourceLink maps no web
            // address, and none is invented; at most the remote itself.
            Assert.True(url is null || url == remote, "The package names a repository the remote does not give: " + url);
        }
    }

    [Theory]
    [InlineData("IcpCompliance", "Ardalis.SmartEnum,NodaTime,OneOf")]
    [InlineData("IcpCompliance.AspNetCore", "IcpCompliance")]
    [InlineData("IcpCompliance.Testing", "IcpCompliance")]
    public void A_library_ships_its_xml_docs_and_symbols_and_depends_on_exactly_what_it_uses(string project, string dependencies)
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.PackagePath(project));
        string[] entries = package.Entries.Select(e => e.FullName).ToArray();
        Assert.Contains("lib/net10.0/" + project + ".dll", entries);
        Assert.Contains("lib/net10.0/" + project + ".xml", entries);
        Assert.Contains("<member name=\"T:", Read(package, "lib/net10.0/" + project + ".xml"), StringComparison.Ordinal);

        XElement group = Metadata(package).Elements().Single(e => e.Name.LocalName == "dependencies")
            .Elements().Single(e => e.Name.LocalName == "group");
        Assert.Equal("net10.0", (string?)group.Attribute("targetFramework"));
        Assert.Equal(dependencies.Split(','), group.Elements().Select(e => (string)e.Attribute("id")!).Order(StringComparer.Ordinal));

        using ZipArchive symbols = ZipFile.OpenRead(Path.ChangeExtension(_packages.PackagePath(project), ".snupkg"));
        Assert.Contains("lib/net10.0/" + project + ".pdb", symbols.Entries.Select(e => e.FullName));
    }

    [Fact]
    public void The_aspnetcore_package_needs_the_shared_framework_and_the_library_of_the_same_version()
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.PackagePath("IcpCompliance.AspNetCore"));
        XElement metadata = Metadata(package);

        XElement library = metadata.Descendants().Single(e => e.Name.LocalName == "dependency");
        Assert.Equal(_packages.Version, (string?)library.Attribute("version"));
        Assert.Equal("Microsoft.AspNetCore.App", (string?)metadata.Descendants().Single(e => e.Name.LocalName == "frameworkReference").Attribute("name"));
    }

    [Fact]
    public void The_tool_package_points_to_the_native_package_and_the_framework_dependent_fallback()
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.PackagePath("IcpCompliance.Cli"));
        XElement metadata = Metadata(package);

        Assert.Equal("DotnetTool", (string?)metadata.Descendants().Single(e => e.Name.LocalName == "packageType").Attribute("name"));
        Assert.DoesNotContain(metadata.Descendants(), e => e.Name.LocalName == "dependency");
        // .NET 10's RID-specific tool: this package names one package per platform; `dotnet tool install` takes the
        // Native AOT one on linux-x64 and the framework-dependent one ("any") elsewhere (.ci/run installs and runs it).
        XElement settings = XElement.Parse(Read(package, "tools/any/any/DotnetToolSettings.xml"));
        Assert.Equal("icp", (string?)settings.Descendants("Command").Single().Attribute("Name"));
        Assert.Equal(
            new[] { ("any", "IcpCompliance.Cli.any"), ("linux-x64", "IcpCompliance.Cli.linux-x64") },
            settings.Descendants("RuntimeIdentifierPackage").Select(p => ((string)p.Attribute("RuntimeIdentifier")!, (string)p.Attribute("Id")!)).ToArray());
    }

    private string ReadmeOf(string project)
    {
        using ZipArchive package = ZipFile.OpenRead(_packages.PackagePath(project));
        return Read(package, "README.md");
    }

    private static XElement Metadata(ZipArchive package)
    {
        using Stream nuspec = package.Entries.Single(e => e.FullName.EndsWith(".nuspec", StringComparison.Ordinal) && !e.FullName.Contains('/', StringComparison.Ordinal)).Open();
        return XDocument.Load(nuspec).Root!.Elements().Single(e => e.Name.LocalName == "metadata");
    }

    private static string Value(XElement metadata, string name)
        => metadata.Elements().SingleOrDefault(e => e.Name.LocalName == name)?.Value ?? string.Empty;

    private static string Read(ZipArchive package, string entry)
    {
        using var reader = new StreamReader(package.GetEntry(entry)?.Open() ?? throw new Xunit.Sdk.XunitException(entry + " is not in the package."));
        return reader.ReadToEnd().ReplaceLineEndings("\n");
    }

    private static int BigEndian(byte[] bytes, int at) => (bytes[at] << 24) | (bytes[at + 1] << 16) | (bytes[at + 2] << 8) | bytes[at + 3];

    // The remote's address, or null when the clone has none (or git is missing).
    private static string? Git(params string[] arguments)
    {
        var start = new ProcessStartInfo("git") { WorkingDirectory = RepositoryFiles.PathOf(), RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        try
        {
            using Process git = Process.Start(start)!;
            string output = git.StandardOutput.ReadToEnd().Trim();
            git.StandardError.ReadToEnd();
            git.WaitForExit();
            return git.ExitCode == 0 && output.Length > 0 ? output : null;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }
}
