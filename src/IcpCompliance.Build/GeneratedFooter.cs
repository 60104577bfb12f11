namespace IcpCompliance.Build;

/// <summary>What a build generates: the footer file's content and the C# source of the <c>IcpFooter</c>
/// class.</summary>
/// <param name="FooterFileText">The footer file's content: the rendered footer and a line feed.</param>
/// <param name="Source">The C# source of the generated class.</param>
internal sealed record GeneratedFooter(string FooterFileText, string Source);
