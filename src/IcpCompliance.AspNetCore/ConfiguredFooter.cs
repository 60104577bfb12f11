using System;
using System.Collections.Generic;
using IcpCompliance.Footer;
using IcpCompliance.Internal;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.AspNetCore;

/// <summary>
/// Reads <see cref="IcpComplianceOptions"/> into a rendered footer, or says every reason it cannot: one place for the
/// start-up check (<see cref="IcpComplianceOptionsValidator"/>) and the footer the pages show (<see cref="SiteFooter"/>),
/// so the two cannot disagree.
/// </summary>
internal static class ConfiguredFooter
{
    private const string IcpKey = IcpComplianceOptions.SectionName + ":" + nameof(IcpComplianceOptions.IcpFilingNumber);
    private const string PsbKey = IcpComplianceOptions.SectionName + ":" + nameof(IcpComplianceOptions.PsbFilingNumber);
    private const string CopyrightKey = IcpComplianceOptions.SectionName + ":" + nameof(IcpComplianceOptions.Copyright);

    /// <summary>Renders the footer the options describe, as HTML.</summary>
    /// <param name="options">The bound options.</param>
    /// <returns>The footer, or one message (English, then Chinese) per setting that is wrong.</returns>
    internal static OneOf<RenderedFooter, IReadOnlyList<string>> Render(IcpComplianceOptions options)
    {
        var errors = new List<string>(2);

        // As the MSBuild package reads its properties: whitespace around the value is layout, and inside it only
        // the canonical form is accepted, so the settings say exactly what the page shows.
        string icpText = (options.IcpFilingNumber ?? string.Empty).Trim();
        IcpFilingNumber icp = default;
        if (icpText.Length == 0)
        {
            errors.Add(IcpKey + " is not set: the footer needs the site's ICP filing number as filed, such as 京ICP备12345678号-1. "
                + "未设置 " + IcpKey + "：页脚需要网站的ICP备案号（如 京ICP备12345678号-1）。");
        }
        else if (!IcpFilingNumber.Parse(icpText, ParseMode.Strict).TryGetValue(out icp, out ParseError? icpError))
        {
            errors.Add(Invalid(IcpKey, icpText, "an ICP filing number", icpError));
        }

        PsbFilingNumber? psb = null;
        string psbText = (options.PsbFilingNumber ?? string.Empty).Trim();
        if (psbText.Length > 0)
        {
            if (!PsbFilingNumber.Parse(psbText, ParseMode.Strict).TryGetValue(out PsbFilingNumber parsedPsb, out ParseError? psbError))
            {
                errors.Add(Invalid(PsbKey, psbText, "a PSB filing number", psbError));
            }
            else
            {
                psb = parsedPsb;
            }
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        string? copyright = string.IsNullOrWhiteSpace(options.Copyright) ? null : options.Copyright.Trim();
        FooterContent content;
        try
        {
            content = new FooterContent(icp) { PsbNumber = psb, CopyrightHolder = copyright };
        }
        catch (ArgumentException e) when (e.ParamName == nameof(FooterContent.CopyrightHolder))
        {
            // A bidirectional control would reorder the footer on the page; the library's message names it.
            return new[] { CopyrightKey + " is refused: " + e.Message };
        }

        FooterRendering rendering = FooterRenderer.Render(content);
        return rendering.Match<OneOf<RenderedFooter, IReadOnlyList<string>>>(
            footer => footer,
            elsewhere => new[]
            {
                IcpKey + " " + icp + " is not a website's number, so no page footer is rendered. " + elsewhere.Message + " " + elsewhere.MessageChinese,
            },
            refusal => new[]
            {
                "The footer for " + IcpKey + " " + icp + " would not comply (" + refusal.RuleId + "): " + refusal.Message + " " + refusal.MessageChinese,
            });
    }

    // The setting's text quoted escaped and cut: the message reaches logs and consoles, and a control character or a
    // bidirectional control in it would act there rather than be seen.
    private static string Invalid(string key, string text, string what, ParseError error)
        => FormattableString.Invariant(
            $"{key} \"{QuotedText.Quote(text)}\" is not {what} in canonical form ({error.Code} at position {error.Position}): {error.Message} {error.MessageChinese}");
}
