using System;
using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Identity;

namespace IcpCompliance.Benchmarks.Identity;

/// <summary>
/// <see cref="UnifiedSocialCreditCode.TryParse(ReadOnlySpan{char}, out UnifiedSocialCreditCode)"/> against the
/// straightforward check a project writes by hand: a Regex for the shape and a LINQ checksum (the baseline).
/// </summary>
[MemoryDiagnoser]
public partial class CreditCodeBenchmarks
{
    private const string CreditCode = "91350100M000100Y43";
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    // 3^i mod 31, the weights of GB 32100, as a hand-written validator tabulates them.
    private static readonly int[] Weights = [.. Enumerable.Range(0, 17).Select(i => (int)System.Numerics.BigInteger.ModPow(3, i, 31))];

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex CreditCodePattern();

    /// <summary>Both sides must accept the input, or the run would time the failure path.</summary>
    [GlobalSetup]
    public void CheckInputsParse()
    {
        if (!RegexLinq() || !TryParse())
        {
            throw new InvalidOperationException("The benchmark input is not accepted by both sides.");
        }
    }

    [Benchmark(Baseline = true, Description = "UnifiedSocialCreditCode: Regex + LINQ")]
    public bool RegexLinq()
        => CreditCodePattern().IsMatch(CreditCode)
           && Alphabet[(31 - (CreditCode.Take(17).Select((c, i) => Alphabet.IndexOf(c, StringComparison.Ordinal) * Weights[i]).Sum() % 31)) % 31] == CreditCode[17];

    [Benchmark(Description = "UnifiedSocialCreditCode.TryParse")]
    public bool TryParse() => UnifiedSocialCreditCode.TryParse(CreditCode, out _);

    /// <summary>The full reader alone, without the strict fast path, so the same run shows what the fast path's
    /// second copy of the grammar earns (issue 22 keeps a copy only where it earns at least 2×).</summary>
    [Benchmark(Description = "UnifiedSocialCreditCode: full reader only (no fast path)")]
    public bool FullReaderOnly()
        => !UnifiedSocialCreditCode.ReadFull(CreditCode, IcpCompliance.Parsing.ParseMode.Strict, UnifiedSocialCreditCodeOptions.Default, out _).IsFailure;
}
