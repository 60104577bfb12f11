using IcpCompliance.Internal;

namespace IcpCompliance.Rules;

/// <summary>A requirement of a province's bureau that the filing model cannot check (a seal's wording, a phone call
/// from the bureau, whether the site must be offline during review); reported as information.</summary>
/// <remarks>Immutable; safe to use from any thread.</remarks>
public sealed record ProvinceNote
{
    /// <summary>Creates a note.</summary>
    /// <param name="text">The requirement, in English.</param>
    /// <param name="textChinese">The requirement, in Simplified Chinese.</param>
    /// <param name="source">Where it comes from.</param>
    /// <param name="confirmed">Whether the source is firm rather than third-party or dated.</param>
    /// <exception cref="System.ArgumentNullException">A text or the source is null.</exception>
    public ProvinceNote(string text, string textChinese, string source, bool confirmed)
    {
        Text = Preconditions.CheckNotNull(text);
        TextChinese = Preconditions.CheckNotNull(textChinese);
        Source = Preconditions.CheckNotNull(source);
        Confirmed = confirmed;
    }

    /// <summary>The requirement, in English.</summary>
    public string Text { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>The requirement, in Simplified Chinese.</summary>
    public string TextChinese { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Where it comes from.</summary>
    public string Source { get; init => field = Preconditions.CheckNotNull(value); }

    /// <summary>Whether the source is firm; false marks the note as unverified.</summary>
    public bool Confirmed { get; init; }
}
