using System;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using IcpCompliance.Identity;
using IcpCompliance.Parsing;
using IcpCompliance.Tests.Numbers;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Identity;

public sealed class IdentityRobustnessTests
{
    [Fact]
    public void TryParse_allocates_nothing()
    {
        // Warm up: static data and JIT.
        Assert.True(Parse());
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < 100; i++)
        {
            Assert.True(Parse());
        }

        Assert.Equal(0, GC.GetAllocatedBytesForCurrentThread() - before);

        static bool Parse()
            => ResidentIdNumber.TryParse("11010519491231002X", out _)
               && ResidentIdNumber.TryParse(" 110105 19491231 002x", ParseMode.Lenient, out _)
               && UnifiedSocialCreditCode.TryParse("91350100M000100Y43", out _)
               && UnifiedSocialCreditCode.TryParse("91350100M0001TGQXM", ParseMode.Strict, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted, out _)
               && !UnifiedSocialCreditCode.TryParse("91350100M000100Y44", out _)
               && MobileNumber.TryParse("+86 138-1234-5678", ParseMode.Lenient, out _)
               && TravelPermitNumber.TryParse("H12345678", out _)
               && PassportNumber.TryParse("E12345678", "CHN", ParseMode.Strict, out _);
    }

    // Near-valid input (one character replaced, inserted or deleted) must give a well-formed error or a value, never
    // an exception.
    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public Property Near_valid_id_numbers_never_throw(ResidentIdNumber id, int at, char c)
        => Mutations(id.ToString(), at, c, s => IcpFilingNumberTests.ErrorIsWellFormed(ResidentIdNumber.Parse(s, ParseMode.Lenient), s));

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public Property Near_valid_credit_codes_never_throw(UnifiedSocialCreditCode code, int at, char c)
        => Mutations(code.ToString(), at, c, s => IcpFilingNumberTests.ErrorIsWellFormed(UnifiedSocialCreditCode.Parse(s, ParseMode.Lenient), s));

    [Property(MaxTest = 10_000 / Cases.Divisor, Arbitrary = [typeof(IdentityArbitraries)])]
    public Property Near_valid_domain_names_never_throw(DomainName name, int at, char c)
        => Mutations(name.UnicodeName, at, c, s => IcpFilingNumberTests.ErrorIsWellFormed(DomainName.Parse(s, ParseMode.Lenient), s));

    private static Property Mutations(string s, int at, char c, Func<string, bool> wellFormed)
    {
        int i = (int)((uint)at % (uint)s.Length);
        string replaced = s[..i] + c + s[(i + 1)..];
        string inserted = s[..i] + c + s[i..];
        string deleted = s[..i] + s[(i + 1)..];
        return (wellFormed(replaced) && wellFormed(inserted) && wellFormed(deleted)).Label(replaced + " | " + inserted + " | " + deleted);
    }
}
