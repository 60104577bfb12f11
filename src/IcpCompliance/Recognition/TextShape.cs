namespace IcpCompliance.Recognition;

/// <summary>The kind an unrecognized text most resembles, by counting its letters, digits and other characters, so
/// the error shown is the one of the kind its author meant (a mistyped ID number gets the ID number's error, not
/// the filing number's).</summary>
internal static class TextShape
{
    internal static IdentifierKind LikeliestKind(string text)
    {
        int letters = 0;
        int digits = 0;
        int other = 0;
        int spaces = 0;
        int leadingLetters = 0;
        bool digitsFirst17 = true;
        bool dot = false;
        foreach (char raw in text)
        {
            // Full-width forms count as their ASCII letters and digits, as the lenient parsers read them.
            char c = raw is >= '\uFF01' and <= '\uFF5E' ? (char)(raw - 0xFEE0) : raw;
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                digitsFirst17 &= letters + digits >= 17;
                if (letters + digits == letters)
                {
                    leadingLetters++;
                }

                letters++;
            }
            else if (c is '.' or '。')
            {
                dot = true;
            }
            else if (char.IsWhiteSpace(c))
            {
                spaces++;
            }
            else if (c is not '-' and not '+')
            {
                other++;
            }
        }

        if (other == 0 && letters + digits == 18)
        {
            return digitsFirst17 ? IdentifierKind.ResidentIdNumber : IdentifierKind.UnifiedSocialCreditCode;
        }

        if (dot && other == 0)
        {
            return IdentifierKind.DomainName;
        }

        if (other == 0 && letters == 0 && digits >= 11)
        {
            return IdentifierKind.MobileNumber;
        }

        if (other == 0 && leadingLetters == 1 && letters == 1 && digits is 8 or 10)
        {
            return IdentifierKind.TravelPermitNumber;
        }

        if (other == 0 && spaces > 0 && leadingLetters == 3 && letters + digits > 3)
        {
            return IdentifierKind.PassportNumber;
        }

        return dot && !ContainsFilingMarker(text) ? IdentifierKind.DomainName : IdentifierKind.IcpFilingNumber;
    }

    // A dot in text that is otherwise a filing number (京ICP备12345678号.) is a typo in the number, not a domain name.
    private static bool ContainsFilingMarker(string text)
        => text.Contains("ICP", System.StringComparison.OrdinalIgnoreCase)
            || text.Contains("ＩＣＰ", System.StringComparison.OrdinalIgnoreCase)
            || text.Contains("公网安备", System.StringComparison.Ordinal)
            || text.Contains("B2", System.StringComparison.OrdinalIgnoreCase);
}
