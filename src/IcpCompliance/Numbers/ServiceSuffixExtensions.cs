using IcpCompliance.Internal;

namespace IcpCompliance.Numbers;

/// <summary>The letter a <see cref="ServiceSuffix"/> is written as in a filing number (<c>A</c>, <c>X</c>,
/// <c>K</c>).</summary>
/// <remarks>Stateless; safe to use from any thread.</remarks>
public static class ServiceSuffixExtensions
{
    /// <summary>The letter written after the service index.</summary>
    /// <param name="suffix">The suffix.</param>
    /// <returns><c>A</c>, <c>X</c> or <c>K</c>; null for <see cref="ServiceSuffix.None"/>, which is written as no
    /// letter.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="suffix"/> is not a defined value.</exception>
    public static char? Letter(this ServiceSuffix suffix)
    {
        Preconditions.CheckEnumDefined(suffix);
        return LetterOf(suffix);
    }

    // Without the check, for the formatter: a number holds only suffixes the parser or a checked method gave it.
    internal static char? LetterOf(ServiceSuffix suffix)
        => suffix is > ServiceSuffix.None and <= ServiceSuffix.QuickApp ? NumberMarkers.SuffixLetters[(int)suffix - 1] : null;

    /// <summary>The suffix a letter stands for, as written in a canonical number (upper case).</summary>
    /// <param name="letter">The letter after the service index.</param>
    /// <param name="suffix">The suffix; <see cref="ServiceSuffix.None"/> when the letter is not one.</param>
    /// <returns>Whether the letter is <c>A</c>, <c>X</c> or <c>K</c>.</returns>
    public static bool TryFromLetter(char letter, out ServiceSuffix suffix)
    {
        // The letters are in the order of the suffixes' values (App = 1, MiniProgram = 2, QuickApp = 3).
        suffix = (ServiceSuffix)(NumberMarkers.SuffixLetters.IndexOf(letter, System.StringComparison.Ordinal) + 1);
        return suffix != ServiceSuffix.None;
    }
}
