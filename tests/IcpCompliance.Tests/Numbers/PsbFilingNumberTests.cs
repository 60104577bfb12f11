using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Numbers;

/// <summary>Tests of <see cref="PsbFilingNumber"/> by concern: <c>.Parsing</c> (real numbers, the lenient reader's
/// allowances, every error's code, position and message, the fast path's contract, the properties),
/// <c>.Formatting</c>, <c>.Equality</c> and <c>.Construction</c> (the default value).</summary>
public sealed partial class PsbFilingNumberTests
{
    private const string Beijing = "京公网安备11010802012345号";

    private static PsbFilingNumber Parse(string text, ParseMode mode = ParseMode.Strict) => PsbFilingNumber.Parse(text, mode).Value;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => PsbFilingNumber.Parse(text, mode).Error;
}
