using IcpCompliance.Identity;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Identity;

/// <summary>Tests of <see cref="TravelPermitNumber"/> by concern: <c>.Parsing</c> (each form, every error, the
/// properties), <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the default value).</summary>
public sealed partial class TravelPermitNumberTests
{
    private static TravelPermitNumber Parse(string text, ParseMode mode = ParseMode.Strict) => TravelPermitNumber.Parse(text, mode).Value;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => TravelPermitNumber.Parse(text, mode).Error;
}
