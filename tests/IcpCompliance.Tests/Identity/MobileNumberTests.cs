using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

/// <summary>Tests of <see cref="MobileNumber"/> by concern: <c>.Parsing</c> (segments, country codes and separators,
/// every error, the properties), <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the default value).</summary>
public sealed partial class MobileNumberTests
{
    private static MobileNumber Parse(string text, ParseMode mode = ParseMode.Strict) => MobileNumber.Parse(text, mode).Value;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => MobileNumber.Parse(text, mode).Error;
}
