using System;
using IcpCompliance.Numbers;

namespace IcpCompliance.Footer;

/// <summary>
/// Whether two numbers are the same record: the same province and the same text after the province character. A
/// number keeps the character it was written with (so the number types' equality tells 陇ICP备… from 甘ICP备…), but a
/// footer that writes its province's other character still shows its own number.
/// </summary>
internal static class SameRecord
{
    internal static bool Equals(IcpFilingNumber a, IcpFilingNumber b)
        => a.Province == b.Province && a.ToString().AsSpan(1).SequenceEqual(b.ToString().AsSpan(1));

    internal static bool Equals(IcpLicenseNumber a, IcpLicenseNumber b)
        => a.Province == b.Province && a.ToString().AsSpan(1).SequenceEqual(b.ToString().AsSpan(1));

    internal static bool Equals(PsbFilingNumber a, PsbFilingNumber b) => a.Province == b.Province && a.Digits == b.Digits;

    internal static bool Equals(FilingNumber a, FilingNumber b) => a.Kind == b.Kind && a.Match(
        f => Equals(f, b.AsT0),
        l => Equals(l, b.AsT1),
        p => Equals(p, b.AsT2));
}
