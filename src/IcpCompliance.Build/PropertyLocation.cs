using System;
using System.IO;
using System.Linq;
using System.Xml;
using System.Xml.Linq;

namespace IcpCompliance.Build;

/// <summary>
/// Where a property is set in a project file, so a diagnostic about it can point at its line, as the compiler points
/// at a line of code. A task only sees the property's value, not where MSBuild read it from: this reads the project
/// file itself, and finds nothing when the property comes from elsewhere (Directory.Build.props, the command line),
/// in which case the diagnostic names the project file alone.
/// </summary>
internal static class PropertyLocation
{
    /// <summary>The one-based line and column (at its <c>&lt;</c>) of the last element that sets one of <paramref name="names"/> in a
    /// property group of the project file (the last assignment is the one MSBuild keeps), trying the names in order;
    /// (0, 0) when none does or the file cannot be read.</summary>
    /// <param name="projectFile">The project file's path.</param>
    /// <param name="names">The property names, the most specific first.</param>
    internal static (int Line, int Column) Find(string? projectFile, params string[] names)
    {
        if (string.IsNullOrEmpty(projectFile) || names.Length == 0)
        {
            return (0, 0);
        }

        XDocument document;
        try
        {
            document = XDocument.Load(projectFile, LoadOptions.SetLineInfo);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or XmlException or ArgumentException or NotSupportedException)
        {
            return (0, 0);
        }

        foreach (string name in names)
        {
            XElement? element = document.Descendants()
                .Where(e => e.Name.LocalName == name && e.Parent?.Name.LocalName == "PropertyGroup")
                .LastOrDefault();
            if (element is IXmlLineInfo info && info.HasLineInfo())
            {
                // The reader's position is the name's first character; the element starts one before, at '<'.
                return (info.LineNumber, Math.Max(1, info.LinePosition - 1));
            }
        }

        return (0, 0);
    }
}
