using System;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Security;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Build;

/// <summary>
/// Packs the five packages (IcpCompliance, IcpCompliance.AspNetCore, IcpCompliance.Build, IcpCompliance.Cli,
/// IcpCompliance.Testing), from
/// the output the tests were built with, into a feed in a temporary folder with a version no cache has seen, and prepares that folder for building copies of the sample
/// project against them: a nuget.config that adds the feed as a source (the machine's own sources stay, for
/// NodaTime and the rest), a packages folder of its own (nothing stale, nothing left in the machine's cache; the
/// machine's folder serves as a read-only fallback), and Directory.Build files that stop the repository's or any
/// parent folder's settings from applying.
/// </summary>
public sealed class PackedPackages : IDisposable
{
    public PackedPackages()
    {
        Root = Path.Combine(Path.GetTempPath(), "icpcompliance-build-tests-" + Guid.NewGuid().ToString("N")[..12]);
        Feed = Path.Combine(Root, "feed");
        Directory.CreateDirectory(Feed);
        Version = "0.1.0-buildtest." + DateTime.UtcNow.ToString("yyyyMMddHHmmss", System.Globalization.CultureInfo.InvariantCulture) + "." + Guid.NewGuid().ToString("N")[..8];
        string configuration = typeof(PackedPackages).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .Single(a => a.Key == "Configuration").Value ?? "Release";

        var packOutput = new System.Text.StringBuilder();
        foreach (string project in Projects)
        {
            DotnetCommand.Result pack = DotnetCommand.Run(
                RepositoryFiles.PathOf(),
                "pack", RepositoryFiles.PathOf("src", project, project + ".csproj"),
                "-c", configuration, "--no-build", "--disable-build-servers", "-o", Feed, "-p:Version=" + Version,
                // The intermediate .nuspec files go here too, not to obj/ of the repository, one per test run.
                "-p:NuspecOutputPath=" + Path.Combine(Root, "nuspec") + Path.DirectorySeparatorChar);
            packOutput.Append(pack.Output);
            if (pack.ExitCode != 0)
            {
                throw new InvalidOperationException($"Packing {project} ({configuration}) failed; the tests pack the build output, so build the solution first. " + pack.Describe());
            }
        }

        PackOutput = packOutput.ToString();
        string machinePackages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } packages
            ? packages
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        File.WriteAllText(Path.Combine(Root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="icpcompliance-build-tests" value="{SecurityElement.Escape(Feed)}" />
              </packageSources>
              <fallbackPackageFolders>
                <add key="machine" value="{SecurityElement.Escape(machinePackages)}" />
              </fallbackPackageFolders>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <IcpCompliancePackageVersion>{Version}</IcpCompliancePackageVersion>
                <RestorePackagesPath>{SecurityElement.Escape(Path.Combine(Root, "packages"))}</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(Root, "Directory.Build.targets"), "<Project />\n");
        File.WriteAllText(Path.Combine(Root, "Directory.Packages.props"), "<Project />\n");
    }

    /// <summary>The projects packed, each a package of the same name.</summary>
    public static readonly string[] Projects = ["IcpCompliance", "IcpCompliance.AspNetCore", "IcpCompliance.Build", "IcpCompliance.Cli", "IcpCompliance.Testing"];

    /// <summary>Everything the pack commands printed.</summary>
    public string PackOutput { get; }

    /// <summary>The packed package of a project.</summary>
    public string PackagePath(string project) => Path.Combine(Feed, project + "." + Version + ".nupkg");

    /// <summary>The temporary folder holding the feed and the sample copies.</summary>
    public string Root { get; }

    /// <summary>The folder the packages were packed into.</summary>
    public string Feed { get; }

    /// <summary>The version of both packages.</summary>
    public string Version { get; }

    /// <summary>The packed IcpCompliance.Build package.</summary>
    public string BuildPackagePath => Path.Combine(Feed, "IcpCompliance.Build." + Version + ".nupkg");

    /// <summary>Copies tests/IcpCompliance.Build.Sample (without bin/ and obj/) into a new folder of its own.</summary>
    public string CopySample(string name)
    {
        string source = RepositoryFiles.PathOf("tests", "IcpCompliance.Build.Sample");
        string target = Path.Combine(Root, name);
        foreach (string file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            string relative = Path.GetRelativePath(source, file);
            string first = relative.Split(Path.DirectorySeparatorChar)[0];
            if (first is "bin" or "obj")
            {
                continue;
            }

            string copy = Path.Combine(target, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return target;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the system's temporary-file cleanup.
        }
        catch (UnauthorizedAccessException)
        {
            // Same.
        }
    }
}
