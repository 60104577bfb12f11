using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Numbers;

/// <summary>Tests of <see cref="IcpLicenseNumber"/> by concern: <c>.Parsing</c> (both forms, both grammars, where and
/// why a non-license is refused, the properties), <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the
/// default value, <c>WithServiceIndex</c>).</summary>
public sealed partial class IcpLicenseNumberTests
{
    private const string Certificate = "京ICP证030173号";
    private const string B2 = "粤B2-20090059";

    private static IcpLicenseNumber Parse(string text, ParseMode mode = ParseMode.Strict) => IcpLicenseNumber.Parse(text, mode).Value;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => IcpLicenseNumber.Parse(text, mode).Error;
}
