using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Footer;

/// <summary>One thing a footer inspection found wrong or worth knowing.</summary>
/// <param name="Rule">The rule that found it; its id and severity are repeated below.</param>
/// <param name="Message">What was found, in English, naming the number.</param>
/// <param name="MessageChinese">What was found, in Simplified Chinese.</param>
/// <param name="Number">The number concerned, or null when the finding is about the page as a whole.</param>
/// <param name="Offset">The UTF-16 offset in the page where the number starts, or null for the page as a whole.</param>
/// <param name="Line">The 1-based line of <paramref name="Offset"/>, or null for the page as a whole.</param>
/// <param name="Href">The link's address as written (entities decoded), when the finding is about a link. The
/// messages quote it escaped and cut; this is the address itself.</param>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record FooterFinding(FooterRule Rule, string Message, string MessageChinese, FilingNumber? Number, int? Offset, int? Line, string? Href)
{
    /// <summary>The rule's stable id, such as <c>FTR0101</c>.</summary>
    public string RuleId => Rule.Id;

    /// <summary>The rule's severity.</summary>
    public FooterSeverity Severity => Rule.Severity;

    /// <summary>Why the parser refuses the text, for a finding about text that looks like a number but is none
    /// (FTR0501, FTR0502); its position is in the text quoted in the message. Null for other findings.</summary>
    public ParseError? ParseError { get; init; }

    /// <summary>How many times the page gave this same finding (same rule and message): repeats are collapsed into
    /// one finding at the first place, so a page that repeats a number a million times gives one line, not a
    /// million.</summary>
    public int Occurrences { get; init; } = 1;
}
