using System.Linq;
using System.Text.RegularExpressions;
using BenchmarkDotNet.Attributes;
using IcpCompliance.Identity;

namespace IcpCompliance.Benchmarks.Identity;

/// <summary>
/// Validating a resident ID number and a unified social credit code: the library's allocation-free TryParse against
/// the straightforward Regex-plus-LINQ check a project would write by hand (the baseline).
/// </summary>
[MemoryDiagnoser]
public partial class IdentityBenchmarks
{
    private const string IdNumber = "11010519491231002X";
    private const string CreditCode = "91350100M000100Y43";
    private const string Alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY";

    private static readonly int[] IdWeights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];

    [GeneratedRegex(@"^\d{17}[\dX]$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[0-9A-HJ-NPQRTUWXY]{2}\\d{6}[0-9A-HJ-NPQRTUWXY]{10}$")]
    private static partial Regex CreditCodePattern();

    [Benchmark(Baseline = true)]
    public bool ResidentIdNumber_RegexLinq()
        => IdPattern().IsMatch(IdNumber)
           && "10X98765432"[IdNumber.Take(17).Select((c, i) => (c - '0') * IdWeights[i]).Sum() % 11] == IdNumber[17];

    [Benchmark]
    public bool ResidentIdNumber_TryParse() => ResidentIdNumber.TryParse(IdNumber, out _);

    [Benchmark]
    public bool UnifiedSocialCreditCode_RegexLinq()
        => CreditCodePattern().IsMatch(CreditCode)
           && Alphabet[(31 - (CreditCode.Take(17).Select((c, i) => Alphabet.IndexOf(c, System.StringComparison.Ordinal) * (int)System.Numerics.BigInteger.ModPow(3, i, 31)).Sum() % 31)) % 31] == CreditCode[17];

    [Benchmark]
    public bool UnifiedSocialCreditCode_TryParse() => UnifiedSocialCreditCode.TryParse(CreditCode, out _);
}
