namespace IcpCompliance.Numbers;

/// <summary>
/// The letter after a service index that says what kind of service a filing number belongs to. Websites, Apps,
/// Mini Programs and quick apps share one sequence under their subject (<c>-1</c>, <c>-2A</c>, <c>-3X</c>,
/// <c>-4K</c>); only the letter tells them apart.
/// </summary>
/// <remarks>The values are ordinals, not the letters' character codes: the letter is
/// <see cref="ServiceSuffixExtensions.Letter"/>, and <see cref="ServiceSuffixExtensions.TryFromLetter"/> reads one.</remarks>
public enum ServiceSuffix
{
    /// <summary>No letter: a website (when there is an index) or the subject's own number (when there is none).</summary>
    None = 0,

    /// <summary><c>A</c>: a mobile App (App 备案, since 2023).</summary>
    App = 1,

    /// <summary><c>X</c>: a Mini Program (小程序).</summary>
    MiniProgram = 2,

    /// <summary><c>K</c>: a quick app (快应用). The letter is reported by one provider's documentation and not yet
    /// confirmed by a second source.</summary>
    QuickApp = 3,
}
