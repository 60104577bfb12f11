using System;
using System.IO;

namespace IcpCompliance.Tests.TestSupport;

/// <summary>
/// Finds files of the repository from the test assembly's location. [CallerFilePath] cannot be used: CI builds
/// with ContinuousIntegrationBuild, which maps source paths to "/_/" for deterministic binaries.
/// </summary>
internal static class RepositoryFiles
{
    private static readonly Lazy<string> Root = new(FindRoot);

    internal static string PathOf(params string[] parts) => Path.Combine([Root.Value, .. parts]);

    private static string FindRoot()
    {
        for (DirectoryInfo? dir = new(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "IcpCompliance.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (with IcpCompliance.sln) was not found above " + AppContext.BaseDirectory);
    }
}
