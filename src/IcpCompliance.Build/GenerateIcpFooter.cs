using System;
using System.IO;
using IcpCompliance.Footer;
using Microsoft.Build.Framework;
using OneOf;

namespace IcpCompliance.Build;

/// <summary>
/// The MSBuild task behind IcpCompliance.Build: validates the project's ICP and PSB filing numbers, renders the
/// compliant footer with <see cref="FooterRenderer"/> and writes the footer file and the C# source of the
/// <c>IcpFooter</c> class, each only when its content changes. Used by the package's targets; see docs/build.md.
/// </summary>
/// <remarks>Every failure is logged as an error with a stable code (ICPB001–ICPB007), at the line of the project file
/// that sets the property where there is one, and fails the build.</remarks>
public sealed class GenerateIcpFooter : Microsoft.Build.Utilities.Task
{
    /// <summary>The site's ICP filing number as filed, in canonical form (<c>京ICP备12345678号-1</c>).</summary>
    [Required]
    public string IcpFilingNumber { get; set; } = string.Empty;

    /// <summary>The site's PSB filing number in canonical form (<c>京公网安备11010802012345号</c>), or empty for
    /// none.</summary>
    public string? PsbFilingNumber { get; set; }

    /// <summary>The footer's format: <c>html</c> (the default when empty), <c>markdown</c> or <c>text</c>, in any
    /// case.</summary>
    public string? Format { get; set; }

    /// <summary>The namespace of the generated class, or empty for the global namespace.</summary>
    public string? Namespace { get; set; }

    /// <summary>The full path of the footer file to write.</summary>
    [Required]
    public string FooterPath { get; set; } = string.Empty;

    /// <summary>The full path of the C# file to write.</summary>
    [Required]
    public string SourcePath { get; set; } = string.Empty;

    /// <summary>The project file that errors are reported against (<c>$(MSBuildProjectFullPath)</c>), or empty for
    /// the file that calls the task.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>Set by the task: whether the footer file was written (false when it already held the footer).</summary>
    [Output]
    public bool FooterWritten { get; set; }

    /// <summary>Set by the task: whether the C# file was written (false when it already held the source).</summary>
    [Output]
    public bool SourceWritten { get; set; }

    /// <summary>Runs the task.</summary>
    /// <returns>True on success; false after logging an error.</returns>
    public override bool Execute()
    {
        OneOf<GeneratedFooter, BuildDiagnostic> result = FooterGenerator.Generate(new FooterSettings(IcpFilingNumber, PsbFilingNumber, Format, Namespace));
        if (result.TryPickT1(out BuildDiagnostic diagnostic, out GeneratedFooter generated))
        {
            LogError(diagnostic);
            return false;
        }

        string target = FooterPath;
        try
        {
            FooterWritten = FileUpdate.WriteIfChanged(FooterPath, generated.FooterFileText);
            target = SourcePath;
            SourceWritten = FileUpdate.WriteIfChanged(SourcePath, generated.Source);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            string[] property = target == FooterPath ? ["IcpFooterOutput"] : [];
            LogError(FileUpdate.WriteFailed(target, e, property));
            return false;
        }

        Log.LogMessage(MessageImportance.Normal, "IcpCompliance.Build: footer {0} {1}; {2} {3}.",
            FooterPath, FooterWritten ? "written" : "unchanged", SourcePath, SourceWritten ? "written" : "unchanged");
        return true;
    }

    // At the line of the project file that sets the property, where it does; otherwise the project file alone.
    private void LogError(BuildDiagnostic diagnostic)
    {
        string? file = string.IsNullOrEmpty(ProjectFile) ? BuildEngine?.ProjectFileOfTaskNode : ProjectFile;
        (int line, int column) = PropertyLocation.Find(file, diagnostic.Properties);
        Log.LogError(null, diagnostic.Code, null, file, line, column, 0, 0, diagnostic.Message);
    }
}
