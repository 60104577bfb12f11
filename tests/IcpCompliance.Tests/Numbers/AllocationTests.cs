using System;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Numbers;

/// <summary>
/// The hot paths promise to allocate nothing. This counts bytes, not time: it is exact on one thread and does not
/// depend on the machine, so it belongs in the unit tests (timings live in the benchmarks).
/// </summary>
public sealed class AllocationTests
{
    [Fact]
    public void Try_parse_and_try_format_allocate_nothing()
    {
        const string icp = "陕ICP备2024026116号-1A";
        const string lenient = " 备案号：陕ＩＣＰ备 ２０２４０２６１１６号－１Ａ ";
        const string psb = "京公网安备11010802012345号";
        const string license = "粤B2-20090059";
        Span<char> buffer = stackalloc char[32];
        Exercise(buffer);

        long before = GC.GetAllocatedBytesForCurrentThread();
        bool ok = true;
        for (int i = 0; i < 100; i++)
        {
            ok &= Exercise(buffer);
        }

        long allocated = GC.GetAllocatedBytesForCurrentThread() - before;
        Assert.True(ok);
        Assert.Equal(0, allocated);

        static bool Exercise(Span<char> buffer)
            => IcpFilingNumber.TryParse(icp, out IcpFilingNumber a) && a.TryFormat(buffer, out _)
               && IcpFilingNumber.TryParse(lenient, ParseMode.Lenient, out IcpFilingNumber b) && a == b
               && PsbFilingNumber.TryParse(psb, out PsbFilingNumber p) && p.TryFormat(buffer, out _) && p.TryFormatDigits(buffer, out _)
               && IcpLicenseNumber.TryParse(license, out IcpLicenseNumber l) && l.TryFormat(buffer, out _)
               && !IcpFilingNumber.TryParse("萌ICP备20230001号", out _);
    }
}
