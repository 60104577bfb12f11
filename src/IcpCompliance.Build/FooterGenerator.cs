using System;
using IcpCompliance.Footer;
using IcpCompliance.Internal;
using IcpCompliance.Parsing;
using OneOf;
using IcpNumber = IcpCompliance.Numbers.IcpFilingNumber;
using PsbNumber = IcpCompliance.Numbers.PsbFilingNumber;

namespace IcpCompliance.Build;

/// <summary>
/// The work of the build task without MSBuild: validates the numbers with the library's strict parsers, renders
/// the footer with <see cref="FooterRenderer"/> and writes the source of the <c>IcpFooter</c> class. Pure: no I/O.
/// </summary>
internal static class FooterGenerator
{
    /// <summary>Generates the footer and the class, or says which setting is wrong.</summary>
    /// <param name="settings">The project's settings.</param>
    /// <returns>What to write, or the first error found.</returns>
    internal static OneOf<GeneratedFooter, BuildDiagnostic> Generate(FooterSettings settings)
    {
        // Surrounding whitespace is the project file's layout, not part of the number; inside the number, the
        // strict parser accepts only the canonical form, so the project file says exactly what the page shows.
        string icpText = settings.IcpFilingNumber.Trim();
        if (!IcpNumber.Parse(icpText, ParseMode.Strict).TryGetValue(out IcpNumber icpNumber, out ParseError? icpError))
        {
            return Invalid(DiagnosticCodes.InvalidIcpFilingNumber, "IcpFilingNumber", icpText, "an ICP filing number", icpError);
        }

        PsbNumber? psbNumber = null;
        string psbText = (settings.PsbFilingNumber ?? string.Empty).Trim();
        if (psbText.Length > 0)
        {
            if (!PsbNumber.Parse(psbText, ParseMode.Strict).TryGetValue(out PsbNumber parsedPsb, out ParseError? psbError))
            {
                return Invalid(DiagnosticCodes.InvalidPsbFilingNumber, "PsbFilingNumber", psbText, "a PSB filing number", psbError);
            }

            psbNumber = parsedPsb;
        }

        string formatText = (settings.Format ?? string.Empty).Trim();
        FooterFormat format;
        string constantName;
        switch (formatText.ToUpperInvariant())
        {
            case "":
            case "HTML":
                (format, constantName) = (FooterFormat.Html, "Html");
                break;
            case "MARKDOWN":
                (format, constantName) = (FooterFormat.Markdown, "Markdown");
                break;
            case "TEXT":
                (format, constantName) = (FooterFormat.Text, "Text");
                break;
            default:
                return new BuildDiagnostic(DiagnosticCodes.UnknownFormat,
                    "IcpFooterFormat \"" + QuotedText.Quote(formatText) + "\" is not a footer format: use html, markdown or text. IcpFooterFormat 应为 html、markdown 或 text。",
                    "IcpFooterFormat");
        }

        string ns = (settings.Namespace ?? string.Empty).Trim();
        if (ns.Length > 0 && !CSharpSource.IsNamespace(ns))
        {
            return new BuildDiagnostic(DiagnosticCodes.InvalidNamespace,
                "\"" + QuotedText.Quote(ns) + "\" is not a C# namespace for the generated IcpFooter class: set IcpFooterNamespace (it defaults to RootNamespace). 生成的 IcpFooter 类的命名空间无效：请设置 IcpFooterNamespace。",
                "IcpFooterNamespace", "RootNamespace");
        }

        FooterRendering rendering = FooterRenderer.Render(new FooterContent(icpNumber) { PsbNumber = psbNumber }, format);
        return rendering.Match<OneOf<GeneratedFooter, BuildDiagnostic>>(
            footer => new GeneratedFooter(
                footer.Text + "\n",
                CSharpSource.FooterClass(ns, icpNumber.ToString(), footer.DisplayedNumber.ToString(), psbNumber?.ToString(), constantName, footer.Text)),
            elsewhere => new BuildDiagnostic(DiagnosticCodes.NotAWebsiteNumber,
                "IcpFilingNumber " + icpNumber + " is not a website's number, so no page footer is generated. " + elsewhere.Message + " " + elsewhere.MessageChinese,
                "IcpFilingNumber"),
            refusal => new BuildDiagnostic(DiagnosticCodes.FooterRefused,
                "The footer for IcpFilingNumber " + icpNumber + " would not comply (" + refusal.RuleId + "): " + refusal.Message + " " + refusal.MessageChinese,
                "IcpFilingNumber"));
    }

    // A setting's text is quoted escaped and cut, as the library quotes page text: the diagnostic reaches the
    // console and the build log, where a control character or a bidirectional control would act rather than be seen.
    private static BuildDiagnostic Invalid(string code, string property, string text, string what, ParseError error)
        => new(code, FormattableString.Invariant(
            $"{property} \"{QuotedText.Quote(text)}\" is not {what} in canonical form ({error.Code} at position {error.Position}): {error.Message} {error.MessageChinese}"),
            property);
}
