using Microsoft.Build.Framework;

namespace IcpCompliance.Build;

/// <summary>
/// Run by the package's targets when <c>IcpFilingNumber</c> is empty: the package then generates nothing, and without
/// this warning the first sign was a compile error far from the cause (CS0103: the name 'IcpFooter' does not exist).
/// An empty value is most often a property set from an environment variable that is not set on this machine.
/// </summary>
public sealed class WarnMissingIcpFilingNumber : Microsoft.Build.Utilities.Task
{
    /// <summary>The project file the warning points at (<c>$(MSBuildProjectFullPath)</c>), at the line of an empty
    /// <c>&lt;IcpFilingNumber&gt;</c> when it has one.</summary>
    public string? ProjectFile { get; set; }

    /// <summary>Runs the task.</summary>
    /// <returns>Always true: a warning does not fail the build (unless warnings are errors).</returns>
    public override bool Execute()
    {
        string? file = string.IsNullOrEmpty(ProjectFile) ? BuildEngine?.ProjectFileOfTaskNode : ProjectFile;
        (int line, int column) = PropertyLocation.Find(file, "IcpFilingNumber");
        Log.LogWarning(null, DiagnosticCodes.MissingIcpFilingNumber, null, file, line, column, 0, 0,
            "IcpFilingNumber is empty, so IcpCompliance.Build generates no footer file and no IcpFooter class (code that uses IcpFooter fails with CS0103). "
            + "Set <IcpFilingNumber> to the site's number as filed, such as 京ICP备12345678号-1, or remove the package reference. "
            + "IcpFilingNumber 为空：不会生成页脚文件和 IcpFooter 类。请设置网站的ICP备案号。");
        return true;
    }
}
