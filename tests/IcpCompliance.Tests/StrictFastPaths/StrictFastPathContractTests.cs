using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.StrictFastPaths;

/// <summary>
/// The strict fast paths' contract, one property per parser that keeps a second copy of its grammar: every canonical
/// value takes the fast path, and on any text (a canonical value with one character replaced or removed) the fast
/// path accepts exactly what the full strict reader accepts, with the same value. Without it, a fast path that
/// declined too much would go unnoticed (the full reader behind it gives the same results, only slower). Each copy
/// is kept because the benchmarks show it earns at least 2× (docs/performance.md, "Strict fast paths");
/// <c>PsbFilingNumberTests</c> holds the PSB number's.
/// </summary>
public sealed class StrictFastPathContractTests
{
    private const string Replacements = "0123456789XYAKBM京沪粤陕号公网安备证 ICP-";

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool IcpFilingNumber_fast_path_accepts_exactly_what_the_strict_reader_accepts(IcpFilingNumber n, int place, int pick, bool remove)
    {
        string canonical = n.ToString();
        if (!IcpNumberReader.TryReadCanonical(canonical, out _))
        {
            return false;
        }

        string variant = Variant(canonical, place, pick, remove);
        bool anyPath = !IcpFilingNumber.Read(variant, ParseMode.Strict, out IcpFilingNumber value).IsFailure;
        bool full = !IcpFilingNumber.ReadFull(variant, ParseMode.Strict, out IcpFilingNumber fullValue).IsFailure;
        return anyPath == full && value == fullValue;
    }

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(NumberArbitraries)])]
    public bool IcpLicenseNumber_fast_path_accepts_exactly_what_the_strict_reader_accepts(IcpLicenseNumber n, int place, int pick, bool remove)
    {
        string canonical = n.ToString();
        if (!IcpNumberReader.TryReadCanonical(canonical, out _))
        {
            return false;
        }

        string variant = Variant(canonical, place, pick, remove);
        bool anyPath = !IcpLicenseNumber.Read(variant, ParseMode.Strict, out IcpLicenseNumber value).IsFailure;
        bool full = !IcpLicenseNumber.ReadFull(variant, ParseMode.Strict, out IcpLicenseNumber fullValue).IsFailure;
        return anyPath == full && value == fullValue;
    }

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool ResidentIdNumber_fast_path_accepts_exactly_what_the_strict_reader_accepts(ResidentIdNumber n, int place, int pick, bool remove)
    {
        string canonical = n.ToString();
        if (!ResidentIdNumber.TryReadCanonical(canonical, out ResidentIdNumber fast) || fast != n)
        {
            return false;
        }

        string variant = Variant(canonical, place, pick, remove);
        bool quick = ResidentIdNumber.TryReadCanonical(variant, out ResidentIdNumber quickValue);
        bool full = !ResidentIdNumber.ReadFull(variant, ParseMode.Strict, out ResidentIdNumber fullValue).IsFailure;
        return quick == full && quickValue == fullValue;
    }

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public bool UnifiedSocialCreditCode_fast_path_accepts_exactly_what_the_strict_reader_accepts(UnifiedSocialCreditCode n, int place, int pick, bool remove)
    {
        string canonical = n.ToString();
        if (!UnifiedSocialCreditCode.TryReadCanonical(canonical, out UnifiedSocialCreditCode fast) || fast != n)
        {
            return false;
        }

        string variant = Variant(canonical, place, pick, remove);
        bool quick = UnifiedSocialCreditCode.TryReadCanonical(variant, out UnifiedSocialCreditCode quickValue);
        bool full = !UnifiedSocialCreditCode.ReadFull(variant, ParseMode.Strict, UnifiedSocialCreditCodeOptions.Default, out UnifiedSocialCreditCode fullValue).IsFailure;
        return quick == full && quickValue == fullValue;
    }

    private static string Variant(string canonical, int place, int pick, bool remove)
    {
        int at = (int)((uint)place % (uint)canonical.Length);
        return remove
            ? canonical.Remove(at, 1)
            : canonical[..at] + Replacements[(int)((uint)pick % (uint)Replacements.Length)] + canonical[(at + 1)..];
    }
}
