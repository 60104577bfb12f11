namespace IcpCompliance.Tests.TestSupport;

/// <summary>
/// Divides the case count of every property test. A mutation-testing build (<c>Configuration=Mutation</c>, which
/// Stryker uses: see docs/reliability.md) runs the covering tests once for each of several thousand mutants, and
/// at full counts that takes hours; it tries a tenth of the cases. Fewer cases can only let more mutants live, so
/// the score it reports is a lower bound for the full suite, which every other build runs.
/// </summary>
internal static class Cases
{
#if MUTATION_RUN
    /// <summary>A tenth of the cases in a mutation-testing build.</summary>
    public const int Divisor = 10;
#else
    /// <summary>Every case in every other build.</summary>
    public const int Divisor = 1;
#endif
}
