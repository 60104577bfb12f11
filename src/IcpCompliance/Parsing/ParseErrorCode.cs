namespace IcpCompliance.Parsing;

/// <summary>Why a parser refused its input. The list is fixed; new codes are only ever appended.</summary>
public enum ParseErrorCode
{
    /// <summary>The input is null, empty, or (in lenient mode) only whitespace and a label.</summary>
    Empty = 1,

    /// <summary>The first character is not the abbreviation of any of the 31 province-level regions.</summary>
    UnknownProvince = 2,

    /// <summary>The marker after the province character is not the one this kind of number uses
    /// (<c>ICP备</c>, <c>ICP证</c>, <c>B2-</c> or <c>公网安备</c>).</summary>
    WrongKindMarker = 3,

    /// <summary>Digits were expected and none were found.</summary>
    DigitsMissing = 4,

    /// <summary>The digit block is shorter than any form of this number allows.</summary>
    TooFewDigits = 5,

    /// <summary>The digit block is longer than any form of this number allows.</summary>
    TooManyDigits = 6,

    /// <summary>The terminator <c>号</c> is missing where the canonical form requires it.</summary>
    MissingTerminator = 7,

    /// <summary>The site or service index after <c>-</c> is missing, starts with zero, or is too long.</summary>
    BadServiceIndex = 8,

    /// <summary>The letter after the service index is not one of <c>A</c> (App), <c>X</c> (Mini Program) or
    /// <c>K</c> (quick app).</summary>
    BadSuffix = 9,

    /// <summary>The number is complete but more text follows it.</summary>
    TrailingText = 10,

    /// <summary>The digits' administrative division code belongs to a different province than the prefix
    /// character.</summary>
    ProvinceMismatch = 11,

    /// <summary>A license number was given where a filing number is needed; a filing number under a license needs
    /// a service index such as <c>-1</c>.</summary>
    LicenseWithoutServiceIndex = 12,

    /// <summary>A character that has no place in this kind of value (a control character, a lone surrogate, a
    /// letter among digits, …).</summary>
    InvalidCharacter = 13,

    /// <summary>The value has a fixed length (or a range of lengths) and the text has a different one.</summary>
    WrongLength = 14,

    /// <summary>The check character (or the embedded organization code's check character) does not match the
    /// characters before it: a character was mistyped or two were swapped.</summary>
    BadCheckCharacter = 15,

    /// <summary>The embedded date (a birth date) does not exist in the calendar.</summary>
    InvalidDate = 16,

    /// <summary>The region code is not the code of any province-level region this kind of value can carry.</summary>
    UnknownRegion = 17,

    /// <summary>A label of a domain name is empty, longer than 63 characters, or breaks the letter-digit-hyphen
    /// rules (a hyphen at its start or end, an invalid punycode label).</summary>
    BadLabel = 18,

    /// <summary>The value is longer than its kind allows (a domain name over 253 characters).</summary>
    TooLong = 19,

    /// <summary>The value does not start the way its kind does (a mobile number not starting 13 to 19, a permit
    /// without its H or M letter).</summary>
    WrongPrefix = 20,

    /// <summary>The issuing country is not an ISO 3166-1 alpha-3 code (three ASCII letters).</summary>
    BadCountryCode = 21,
}
