using System;
using System.IO;
using IcpCompliance.Tests.TestSupport;
using PublicApiGenerator;

namespace IcpCompliance.AspNetCore.Tests.PublicApi;

/// <summary>IcpCompliance.AspNetCore's public surface, reviewed as a file like the library's.</summary>
public sealed class PublicApiApprovalTests
{
    [Fact]
    public void Public_api_matches_the_approved_file()
    {
        string received = typeof(SiteFooter).Assembly.GeneratePublicApi(new ApiGeneratorOptions
        {
            ExcludeAttributes = ["System.Runtime.Versioning.TargetFrameworkAttribute", "System.Reflection.AssemblyMetadataAttribute", "System.Runtime.CompilerServices.InternalsVisibleToAttribute"],
        }).ReplaceLineEndings("\n");
        string directory = RepositoryFiles.PathOf("tests", "IcpCompliance.AspNetCore.Tests", "PublicApi");
        string approvedPath = Path.Combine(directory, "IcpCompliance.AspNetCore.approved.txt");
        string receivedPath = Path.Combine(directory, "IcpCompliance.AspNetCore.received.txt");
        string approved = File.Exists(approvedPath) ? File.ReadAllText(approvedPath).ReplaceLineEndings("\n") : string.Empty;
        if (received == approved)
        {
            File.Delete(receivedPath);
            return;
        }

        File.WriteAllText(receivedPath, received);
        Assert.Fail("The public API of IcpCompliance.AspNetCore differs from the approved file. If the change is intended:\n  cp "
            + receivedPath + " " + approvedPath + "\nand record it in CHANGELOG.md (Unreleased).");
    }
}
