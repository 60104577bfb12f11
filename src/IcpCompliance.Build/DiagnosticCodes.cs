namespace IcpCompliance.Build;

/// <summary>The stable codes of the build errors and warnings, listed in docs/build.md. Codes are never reused.</summary>
internal static class DiagnosticCodes
{
    /// <summary><c>IcpFilingNumber</c> does not parse.</summary>
    internal const string InvalidIcpFilingNumber = "ICPB001";

    /// <summary><c>PsbFilingNumber</c> does not parse.</summary>
    internal const string InvalidPsbFilingNumber = "ICPB002";

    /// <summary>The renderer refuses the footer (a subject's number outside Guangdong).</summary>
    internal const string FooterRefused = "ICPB003";

    /// <summary>The number is an App's, Mini Program's or quick app's: it is not shown in a page footer.</summary>
    internal const string NotAWebsiteNumber = "ICPB004";

    /// <summary><c>IcpFooterFormat</c> is not html, markdown or text.</summary>
    internal const string UnknownFormat = "ICPB005";

    /// <summary><c>IcpFooterNamespace</c> (or the RootNamespace it defaults to) is not a C# namespace.</summary>
    internal const string InvalidNamespace = "ICPB006";

    /// <summary>The footer file or the generated source cannot be written.</summary>
    internal const string WriteFailed = "ICPB007";

    /// <summary>The build runs on .NET Framework MSBuild (Visual Studio's), which cannot load the task. Raised by
    /// the package's targets file, listed here so every code is in one place.</summary>
    internal const string UnsupportedMSBuild = "ICPB008";

    /// <summary>A warning: the package is referenced but <c>IcpFilingNumber</c> is empty, so nothing is generated
    /// (and code that uses <c>IcpFooter</c> fails with CS0103).</summary>
    internal const string MissingIcpFilingNumber = "ICPB009";
}
