using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Numbers;

/// <summary>Tests of the <see cref="FilingNumber"/> union by concern: <c>.Parsing</c> (the dispatch between the
/// grammars and their errors), <c>.Construction</c> (the named factories) and <c>.Equality</c>.</summary>
public sealed partial class FilingNumberTests
{
    private static FilingNumber Parse(string text, ParseMode mode = ParseMode.Strict) => FilingNumber.Parse(text, mode).Value;
}
