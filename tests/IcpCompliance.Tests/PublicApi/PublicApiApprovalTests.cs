using System;
using System.IO;
using IcpCompliance.Numbers;
using PublicApiGenerator;

using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.PublicApi;

/// <summary>The package's public surface is reviewed as a file: any change to it shows up here and in review.</summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void Public_api_matches_the_approved_file() => Approve(typeof(IcpFilingNumber).Assembly, "IcpCompliance");

    /// <summary>IcpCompliance.Testing is a package of its own, with its own approved surface.</summary>
    [Fact]
    public void Testing_package_public_api_matches_its_approved_file() => Approve(typeof(IcpCompliance.Testing.FilingCaseBuilder).Assembly, "IcpCompliance.Testing");

    private static void Approve(System.Reflection.Assembly assembly, string name)
    {
        string received = assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }).ReplaceLineEndings("\n");
        string directory = RepositoryFiles.PathOf("tests", "IcpCompliance.Tests", "PublicApi");
        string approvedPath = Path.Combine(directory, name + ".approved.txt");
        string receivedPath = Path.Combine(directory, name + ".received.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;

        if (received == approved)
        {
            if (File.Exists(receivedPath))
            {
                File.Delete(receivedPath);
            }

            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail(
            "The public API differs from the approved file. Review " + receivedPath + "; if the change is intended, approve it with" + Environment.NewLine
            + "  cp " + receivedPath + " " + approvedPath + Environment.NewLine
            + "and record it in CHANGELOG.md (Unreleased).");
    }
}
