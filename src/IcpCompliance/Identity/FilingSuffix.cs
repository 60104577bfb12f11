using System;
using System.Globalization;
using IcpCompliance.Internal;

namespace IcpCompliance.Identity;

/// <summary>
/// One row of a <see cref="FilingTopLevelDomains"/> list: a domain suffix (a TLD such as <c>com</c> or <c>中国</c>, or
/// a category under one such as <c>com.cn</c>), whether it may be filed, and the evidence for it.
/// </summary>
/// <remarks>Immutable; safe to use from any thread. The suffix is held in its ASCII (punycode) form, lower case,
/// without a leading dot.</remarks>
public sealed record FilingSuffix
{
    /// <summary>Creates a row.</summary>
    /// <param name="suffix">The suffix, with or without a leading dot, in ASCII or Unicode form, any case
    /// (<c>.com.cn</c>, <c>中国</c>, <c>xn--fiqs8s</c>).</param>
    /// <param name="status">Whether it may be filed; not <see cref="FilingSuffixStatus.Unknown"/> (leave an unknown
    /// suffix out of the list).</param>
    /// <param name="source">Where the status comes from.</param>
    /// <param name="asOf">The date (or dates) of the evidence, as the source gives it, such as <c>2025-04-15</c>.</param>
    /// <param name="registry">The registry that runs the suffix, when known.</param>
    /// <param name="notes">What else the evidence says, when anything.</param>
    /// <exception cref="ArgumentNullException"><paramref name="suffix"/>, <paramref name="source"/> or
    /// <paramref name="asOf"/> is null.</exception>
    /// <exception cref="ArgumentException"><paramref name="suffix"/> is not a domain suffix.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="status"/> is undefined or unknown.</exception>
    public FilingSuffix(string suffix, FilingSuffixStatus status, string source, string asOf, string? registry = null, string? notes = null)
    {
        Preconditions.CheckNotNull(suffix);
        Preconditions.CheckEnumDefined(status);
        Preconditions.CheckArgumentRange((int)status, (int)FilingSuffixStatus.Approved, (int)FilingSuffixStatus.Unclear, nameof(status));
        Suffix = ToAscii(suffix);
        Status = status;
        Source = Preconditions.CheckNotNull(source);
        AsOf = Preconditions.CheckNotNull(asOf);
        Registry = registry;
        Notes = notes;
    }

    /// <summary>The suffix in ASCII form, lower case, without a leading dot (<c>com.cn</c>, <c>xn--fiqs8s</c>).</summary>
    public string Suffix { get; }

    /// <summary>Whether it may be filed.</summary>
    public FilingSuffixStatus Status { get; }

    /// <summary>Where the status comes from.</summary>
    public string Source { get; }

    /// <summary>The date (or dates) of the evidence, as the source gives it.</summary>
    public string AsOf { get; }

    /// <summary>The registry that runs the suffix, when known.</summary>
    public string? Registry { get; }

    /// <summary>What else the evidence says, when anything.</summary>
    public string? Notes { get; }

    /// <summary>The suffix for display, punycode labels decoded, with a leading dot (<c>.中国</c>).</summary>
    public string DisplayName => "." + new IdnMapping().GetUnicode(Suffix);

    private static string ToAscii(string suffix)
    {
        string ascii;
        try
        {
            ascii = new IdnMapping().GetAscii(suffix.Trim().TrimStart('.')).ToLowerInvariant();
        }
        catch (ArgumentException)
        {
            ascii = string.Empty;
        }

        bool valid = ascii.Length > 0;
        foreach (string label in ascii.Split('.'))
        {
            valid &= label.Length is > 0 and <= DomainName.MaxLabelLength;
        }

        Preconditions.CheckArgument(valid, "A suffix is one or more domain labels, such as com, com.cn or 中国.", nameof(suffix));
        return ascii;
    }
}
