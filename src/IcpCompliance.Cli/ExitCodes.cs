namespace IcpCompliance.Cli;

/// <summary>The tool's exit codes, the same for every command: the table in docs/cli.md, tested row by row in
/// ExitCodeContractTests.</summary>
internal static class ExitCodes
{
    /// <summary>The job was done and found nothing wrong.</summary>
    internal const int Ok = 0;

    /// <summary>The job was done and the verdict is negative: the text is not a valid number, an error-level finding,
    /// a non-compliant page, an overdue deadline, numbers that make no compliant footer.</summary>
    internal const int ProblemFound = 1;

    /// <summary>The job could not be done with what was given: a usage error (an unknown, contradictory or ineffective
    /// option, a missing argument, a value out of range), a file that cannot be read, is too large, or is not an
    /// application or a case, a value the command needs that does not parse.</summary>
    internal const int BadInput = 2;

    /// <summary>The tool failed: a defect in it or in the library, never the input's fault (sysexits' EX_SOFTWARE).</summary>
    internal const int InternalError = 70;
}
