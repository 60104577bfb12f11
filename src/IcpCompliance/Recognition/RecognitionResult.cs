using System.Collections.Immutable;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Recognition;

/// <summary>
/// What a text is: every kind it parses as, with the value of each, or, when it is none, the kind it most resembles
/// and that kind's parse error (code, position and message in English and Chinese), so the author sees the typo.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. Returned by <see cref="IdentifierRecognizer.Recognize(string?, ParseMode)"/>.</remarks>
public sealed class RecognitionResult
{
    internal RecognitionResult(ImmutableArray<IdentifierKind> kinds, IdentifierKind likeliestKind, ParseError? error)
    {
        Kinds = kinds;
        LikeliestKind = likeliestKind;
        Error = error;
    }

    /// <summary>Every kind the text parses as, in the order <see cref="IdentifierKind"/> lists them; empty when it is
    /// none. More than one kind is rare but possible (an 18-character text can pass both the ID number's and the
    /// credit code's check).</summary>
    public ImmutableArray<IdentifierKind> Kinds { get; }

    /// <summary>Whether the text parses as at least one kind.</summary>
    public bool IsRecognized => !Kinds.IsEmpty;

    /// <summary>The first of <see cref="Kinds"/> when the text is recognized; otherwise the kind the text most
    /// resembles by its shape (18 letters and digits: an ID number or a credit code; a dot: a domain name; eleven or
    /// more digits: a mobile number; a letter and eight or ten digits: a travel permit; three letters, a space and a
    /// number: a passport; anything else: a filing number).</summary>
    public IdentifierKind LikeliestKind { get; }

    /// <summary>When the text is not recognized, the parse error of <see cref="LikeliestKind"/>; otherwise null.</summary>
    public ParseError? Error { get; }

    /// <summary>The filing, license or PSB number, when the text is one.</summary>
    public FilingNumber? FilingNumber { get; init; }

    /// <summary>The resident ID or residence permit number, when the text is one.</summary>
    public ResidentIdNumber? ResidentIdNumber { get; init; }

    /// <summary>The unified social credit code, when the text is one.</summary>
    public UnifiedSocialCreditCode? UnifiedSocialCreditCode { get; init; }

    /// <summary>The Mainland mobile number, when the text is one.</summary>
    public MobileNumber? MobileNumber { get; init; }

    /// <summary>The Mainland Travel Permit number, when the text is one.</summary>
    public TravelPermitNumber? TravelPermitNumber { get; init; }

    /// <summary>The passport number, when the text is one.</summary>
    public PassportNumber? PassportNumber { get; init; }

    /// <summary>The domain name, when the text is one.</summary>
    public DomainName? DomainName { get; init; }

    /// <inheritdoc />
    public override string ToString()
        => IsRecognized ? string.Join(", ", Kinds) : "not recognized (likeliest " + LikeliestKind + ": " + Error + ")";
}
