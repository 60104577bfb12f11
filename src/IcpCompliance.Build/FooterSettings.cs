namespace IcpCompliance.Build;

/// <summary>The project's settings, as MSBuild passes them to the task.</summary>
/// <param name="IcpFilingNumber">The <c>IcpFilingNumber</c> property.</param>
/// <param name="PsbFilingNumber">The <c>PsbFilingNumber</c> property, or null or empty for none.</param>
/// <param name="Format">The <c>IcpFooterFormat</c> property (html, markdown or text, any case), or null or empty
/// for html.</param>
/// <param name="Namespace">The namespace of the generated class, or null or empty for the global namespace.</param>
internal sealed record FooterSettings(string IcpFilingNumber, string? PsbFilingNumber, string? Format, string? Namespace);
