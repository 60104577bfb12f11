namespace IcpCompliance.Cli;

/// <summary>The tool's exit codes, the same for every command.</summary>
internal static class ExitCodes
{
    /// <summary>The job was done and found nothing wrong.</summary>
    internal const int Ok = 0;

    /// <summary>The job was done and found a problem (a number that does not parse, an error-level finding).</summary>
    internal const int ProblemFound = 1;

    /// <summary>The input could not be read at all (a missing file, invalid JSON, a wrong option).</summary>
    internal const int BadInput = 2;
}
