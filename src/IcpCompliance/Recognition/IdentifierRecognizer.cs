using System.Collections.Immutable;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Recognition;

/// <summary>
/// Says what an unlabelled string is: a filing, license or PSB number, a resident ID number, a unified social credit
/// code, a mobile number, a travel permit, a passport number or a domain name. Providers receive such strings from
/// forms; <c>icp parse</c> calls this.
/// </summary>
/// <remarks>Pure and thread-safe; never throws for any text (null is the empty text). Every parser is tried, so the
/// result lists every kind the text is; each parser's own rules decide, nothing is guessed.</remarks>
public static class IdentifierRecognizer
{
    /// <summary>Recognizes a text, accepting the known early pilot credit codes that fail the check
    /// (<see cref="UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted"/>).</summary>
    /// <param name="text">Any text; null is read as empty.</param>
    /// <param name="mode">How strictly each parser reads it (default: lenient, as forms and footers write numbers).</param>
    /// <returns>Every kind the text is, or the likeliest kind and its error.</returns>
    public static RecognitionResult Recognize(string? text, ParseMode mode = ParseMode.Lenient)
        => Recognize(text, mode, UnifiedSocialCreditCodeOptions.KnownPilotCodesAccepted);

    /// <summary>Recognizes a text with the given credit-code options.</summary>
    /// <param name="text">Any text; null is read as empty.</param>
    /// <param name="mode">How strictly each parser reads it.</param>
    /// <param name="creditCodeOptions">Which credit codes that fail the check are accepted; null for none.</param>
    /// <returns>Every kind the text is, or the likeliest kind and its error.</returns>
    public static RecognitionResult Recognize(string? text, ParseMode mode, UnifiedSocialCreditCodeOptions? creditCodeOptions)
    {
        text ??= string.Empty;
        UnifiedSocialCreditCodeOptions options = creditCodeOptions ?? UnifiedSocialCreditCodeOptions.Default;
        var kinds = ImmutableArray.CreateBuilder<IdentifierKind>();

        FilingNumber? filing = FilingNumber.TryParse(text, mode, out FilingNumber? parsed) ? parsed : null;
        if (filing is not null)
        {
            kinds.Add(filing.Kind switch
            {
                FilingNumberKind.IcpFiling => IdentifierKind.IcpFilingNumber,
                FilingNumberKind.IcpLicense => IdentifierKind.IcpLicenseNumber,
                _ => IdentifierKind.PsbFilingNumber,
            });
        }

        ResidentIdNumber? id = Add(ResidentIdNumber.TryParse(text, mode, out ResidentIdNumber i), i, IdentifierKind.ResidentIdNumber, kinds);
        UnifiedSocialCreditCode? code = Add(UnifiedSocialCreditCode.TryParse(text, mode, options, out UnifiedSocialCreditCode c), c, IdentifierKind.UnifiedSocialCreditCode, kinds);
        MobileNumber? mobile = Add(MobileNumber.TryParse(text, mode, out MobileNumber m), m, IdentifierKind.MobileNumber, kinds);
        TravelPermitNumber? permit = Add(TravelPermitNumber.TryParse(text, mode, out TravelPermitNumber t), t, IdentifierKind.TravelPermitNumber, kinds);
        PassportNumber? passport = Add(PassportNumber.TryParse(text, mode, out PassportNumber p), p, IdentifierKind.PassportNumber, kinds);
        DomainName? domain = Add(DomainName.TryParse(text, mode, out DomainName d), d, IdentifierKind.DomainName, kinds);

        IdentifierKind likeliest = kinds.Count > 0 ? kinds[0] : TextShape.LikeliestKind(text);
        ParseError? error = kinds.Count > 0 ? null : ErrorOf(likeliest, text, mode, options);
        return new RecognitionResult(kinds.ToImmutable(), likeliest, error)
        {
            FilingNumber = filing,
            ResidentIdNumber = id,
            UnifiedSocialCreditCode = code,
            MobileNumber = mobile,
            TravelPermitNumber = permit,
            PassportNumber = passport,
            DomainName = domain,
        };
    }

    private static T? Add<T>(bool parsed, T value, IdentifierKind kind, ImmutableArray<IdentifierKind>.Builder kinds)
        where T : struct
    {
        if (!parsed)
        {
            return null;
        }

        kinds.Add(kind);
        return value;
    }

    private static ParseError ErrorOf(IdentifierKind kind, string text, ParseMode mode, UnifiedSocialCreditCodeOptions options) => kind switch
    {
        IdentifierKind.ResidentIdNumber => ResidentIdNumber.Parse(text, mode).Error,
        IdentifierKind.UnifiedSocialCreditCode => UnifiedSocialCreditCode.Parse(text, mode, options).Error,
        IdentifierKind.MobileNumber => MobileNumber.Parse(text, mode).Error,
        IdentifierKind.TravelPermitNumber => TravelPermitNumber.Parse(text, mode).Error,
        IdentifierKind.PassportNumber => PassportNumber.Parse(text, mode).Error,
        IdentifierKind.DomainName => DomainName.Parse(text, mode).Error,
        _ => FilingNumber.Parse(text, mode).Error,
    };
}
