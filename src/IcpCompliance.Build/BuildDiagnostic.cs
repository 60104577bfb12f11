namespace IcpCompliance.Build;

/// <summary>A build error: its stable code (see <see cref="DiagnosticCodes"/>) and its message.</summary>
/// <param name="Code">The code, such as <c>ICPB001</c>.</param>
/// <param name="Message">The message, in English with the Chinese after it where the library gives one.</param>
internal sealed record BuildDiagnostic(string Code, string Message);
