using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

/// <summary>Tests of <see cref="ResidentIdNumber"/> by concern: <c>.Parsing</c> (parts, residence permits, region and
/// date boundaries, every error, the check character's detection properties), <c>.RegionCode</c> (the division
/// table's verdict on the region code), <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the default
/// value).</summary>
public sealed partial class ResidentIdNumberTests
{
    private static ResidentIdNumber Parse(string text, ParseMode mode = ParseMode.Strict) => ResidentIdNumber.Parse(text, mode).Value;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => ResidentIdNumber.Parse(text, mode).Error;
}
