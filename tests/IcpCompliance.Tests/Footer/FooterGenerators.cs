using System;
using System.Linq;
using FsCheck;
using FsCheck.Fluent;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Regions;
using IcpCompliance.Tests.TestSupport;

namespace IcpCompliance.Tests.Footer;

/// <summary>Generators of footer content with hostile caller-supplied strings.</summary>
public static class FooterGenerators
{
    private static readonly string[] Fragments =
    [
        "<", ">", "\"", "'", "&", "&amp;", "&#20140;", "<script>alert(1)</script>", "</div>", "</a>", "<!--", "-->",
        "]]>", "[x](https://e.invalid)", "*", "_", "`", "\\", "|", " ", "\n", "\r\n", "\0", "A", "有限公司", "©", "\uD800",
    ];

    /// <summary>Strings made of hostile fragments, or arbitrary strings; without the bidirectional controls, which
    /// the footer refuses up front (FooterBidiControlTests).</summary>
    public static readonly Gen<string> Hostile = Gen.Frequency(
        (3, Gen.ListOf(Gen.Elements(Fragments)).Select(parts => string.Concat(parts))),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => WithoutBidiControls(s ?? string.Empty))));

    private static string WithoutBidiControls(string text) => new(text.Where(c => c is not ('\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E' or '\u2066' or '\u2067' or '\u2068' or '\u2069' or '\u200E' or '\u200F' or '\u061C')).ToArray());

    /// <summary>Hostile strings that cannot themselves contain a number (no province character).</summary>
    public static readonly Gen<string> HostileWithoutNumbers =
        Hostile.Select(s => new string(s.Where(c => !Province.TryFromCharacter(c, out _)).ToArray()));

    /// <summary>As <see cref="HostileWithoutNumbers"/>; <see cref="Options"/> keeps every separator it is given
    /// from starting with a dash and a digit.</summary>
    public static readonly Gen<string> SeparatorsWithoutNumbers = HostileWithoutNumbers;

    // FooterOptions refuses a separator that starts with a dash and a digit once spaces and control characters are
    // skipped (it reads as a service index after a number ending in 号): a bar before it makes it one it accepts.
    private static string Accepted(string separator) => FooterText.RunsIntoNumber(separator) ? "|" + separator : separator;

    public static Gen<FooterOptions> Options(Gen<string> strings, Gen<string> separators) =>
        from newTab in Gen.Elements(true, false)
        from container in Gen.OneOf(Gen.Constant<string?>(null), strings.Select(s => (string?)s))
        from link in Gen.OneOf(Gen.Constant<string?>(null), strings.Select(s => (string?)s))
        from icon in Gen.OneOf(Gen.Constant<Uri?>(null), Gen.Constant<Uri?>(FooterOptions.DefaultPsbIconUrl), strings.Select(s => Uri.TryCreate(s, UriKind.Relative, out Uri? u) ? u : null))
        from separator in separators.Select(Accepted)
        from labels in Gen.Elements(FooterLabels.None, FooterLabels.Chinese, FooterLabels.English)
        select new FooterOptions { OpenLinksInNewTab = newTab, ContainerCssClass = container, LinkCssClass = link, PsbIconUrl = icon, Separator = separator, Labels = labels };

    /// <summary>Content for any site number, with hostile strings of the given kind.</summary>
    public static Gen<FooterContent> Content(Gen<string> strings, Gen<string>? separators = null) =>
        from icp in NumberGenerators.IcpFilingNumberGen
        from psb in Gen.OneOf(Gen.Constant<PsbFilingNumber?>(null), NumberGenerators.PsbFilingNumberGen.Select(p => (PsbFilingNumber?)p))
        from license in Gen.OneOf(Gen.Constant<IcpLicenseNumber?>(null), NumberGenerators.IcpLicenseNumberGen.Select(l => (IcpLicenseNumber?)l))
        from holder in Gen.OneOf(Gen.Constant<string?>(null), strings.Select(s => (string?)s))
        from options in Options(strings, separators ?? strings)
        select new FooterContent(icp) { PsbNumber = psb, LicenseNumber = license, CopyrightHolder = holder, Options = options };
}
