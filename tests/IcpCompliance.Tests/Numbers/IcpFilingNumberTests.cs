using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Tests.Numbers;

/// <summary>Tests of <see cref="IcpFilingNumber"/> by concern: <c>.Parsing</c> (both grammars, every error's code,
/// position and message, the round-trip and robustness properties), <c>.Formatting</c>, <c>.Equality</c> and
/// <c>.Construction</c> (the default value, the subject number, <c>WithServiceIndex</c>).</summary>
public sealed partial class IcpFilingNumberTests
{
    private static IcpFilingNumber Parse(string text, ParseMode mode = ParseMode.Strict) => IcpFilingNumber.Parse(text, mode).Value;

    private static ParseError Error(string? text, ParseMode mode = ParseMode.Strict) => IcpFilingNumber.Parse(text, mode).Error;

    internal static bool ErrorIsWellFormed<T>(ParseResult<T> result, string? text)
        where T : notnull
        => result.Match(_ => true, e => e.Position >= 0 && e.Position <= (text?.Length ?? 0) && e.Message.Length > 0 && e.MessageChinese.Length > 0);
}
