namespace IcpCompliance.Build;

/// <summary>A build error or warning: its stable code (see <see cref="DiagnosticCodes"/>), its message and the
/// project properties it is about, so it can point at the line that sets them.</summary>
/// <param name="Code">The code, such as <c>ICPB001</c>.</param>
/// <param name="Message">The message, in English with the Chinese after it where the library gives one.</param>
/// <param name="Properties">The properties to point at, the most specific first (<c>IcpFooterNamespace</c>, then the
/// <c>RootNamespace</c> it defaults to); empty when the problem is no property's.</param>
internal sealed record BuildDiagnostic(string Code, string Message, params string[] Properties);
