using System;
using System.CommandLine;
using System.IO;
using IcpCompliance.Cli.Output;
using IcpCompliance.Footer;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using OneOf;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp footer ICP_NUMBER</c>: renders a compliant footer (HTML, Markdown or text) for a site's numbers.</summary>
internal static class FooterCommand
{
    internal static Command Create()
    {
        var icp = new Argument<string>("icp-number") { Description = "The site's ICP filing number as filed, such as 京ICP备12345678号-1 (Guangdong sites too: the footer shows the subject's number)." };
        var psb = new Option<string?>("--psb") { Description = "The site's PSB filing number, such as 京公网安备11010802012345号." };
        var license = new Option<string?>("--license") { Description = "The subject's ICP Commercial License, such as 京ICP证030173号 or 粤B2-20090059." };
        var copyright = new Option<string?>("--copyright") { Description = "The copyright holder, shown as © HOLDER." };
        var format = new Option<string>("--format") { Description = "html, markdown or text.", DefaultValueFactory = _ => "html" };
        var output = new Option<string?>("--out") { Description = "Write the footer to this file instead of the standard output." };
        var command = new Command("footer", "Render a compliant footer for a site's filing numbers.") { icp, psb, license, copyright, format, output };
        command.SetAction(result => Run(
            result.GetRequiredValue(icp),
            result.GetValue(psb),
            result.GetValue(license),
            result.GetValue(copyright),
            result.GetValue(format) ?? "html",
            result.GetValue(output),
            result.InvocationConfiguration.Output,
            result.InvocationConfiguration.Error));
        return command;
    }

    internal static int Run(string icpText, string? psbText, string? licenseText, string? copyright, string formatText, string? outPath, TextWriter output, TextWriter error)
    {
        FooterFormat? format = formatText.ToUpperInvariant() switch
        {
            "HTML" => FooterFormat.Html,
            "MARKDOWN" or "MD" => FooterFormat.Markdown,
            "TEXT" or "TXT" => FooterFormat.Text,
            _ => null,
        };
        if (format is null)
        {
            error.WriteLine("error: --format must be html, markdown or text, not '" + TerminalText.Quote(formatText) + "'");
            return ExitCodes.BadInput;
        }

        if (!TryParse(IcpFilingNumber.Parse(icpText, ParseMode.Lenient), "ICP number", icpText, error, out IcpFilingNumber icp))
        {
            return ExitCodes.BadInput;
        }

        FooterContent content;
        try
        {
            content = new FooterContent(icp) { CopyrightHolder = copyright };
        }
        catch (ArgumentException e) when (e.ParamName == nameof(FooterContent.CopyrightHolder))
        {
            // A bidirectional control: the library says which and where; the value itself is not echoed, since
            // the point of refusing it is that it would reorder what is printed after it.
            error.WriteLine("error: --copyright: " + TerminalText.Message(e.Message));
            return ExitCodes.BadInput;
        }

        if (psbText is not null)
        {
            if (!TryParse(PsbFilingNumber.Parse(psbText, ParseMode.Lenient), "--psb", psbText, error, out PsbFilingNumber psb))
            {
                return ExitCodes.BadInput;
            }

            content = content with { PsbNumber = psb };
        }

        if (licenseText is not null)
        {
            if (!TryParse(IcpLicenseNumber.Parse(licenseText, ParseMode.Lenient), "--license", licenseText, error, out IcpLicenseNumber license))
            {
                return ExitCodes.BadInput;
            }

            content = content with { LicenseNumber = license };
        }

        return FooterRenderer.Render(content, format.Value).Match(
            footer => Write(footer.Text, outPath, output, error),
            elsewhere =>
            {
                error.WriteLine("no footer: " + TerminalText.Message(elsewhere.Message));
                error.WriteLine("  " + TerminalText.Message(elsewhere.MessageChinese));
                return ExitCodes.ProblemFound;
            },
            refusal =>
            {
                error.WriteLine("error: " + refusal.RuleId + ": " + TerminalText.Message(refusal.Message));
                error.WriteLine("  " + TerminalText.Message(refusal.MessageChinese));
                return ExitCodes.ProblemFound;
            });
    }

    private static bool TryParse<T>(ParseResult<T> parsed, string what, string text, TextWriter error, out T value)
        where T : notnull
    {
        if (parsed.TryGetValue(out value!, out ParseError? failure))
        {
            return true;
        }

        error.WriteLine(DisplayWidth.Invariant($"error: {what} '{TerminalText.Quote(text)}': {failure.Code} at position {failure.Position}: {TerminalText.Message(failure.Message)}"));
        return false;
    }

    private static int Write(string text, string? outPath, TextWriter output, TextWriter error)
    {
        if (outPath is null)
        {
            output.WriteLine(text);
            return ExitCodes.Ok;
        }

        try
        {
            File.WriteAllText(outPath, text + "\n");
            return ExitCodes.Ok;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            error.WriteLine("error: cannot write " + TerminalText.Quote(outPath) + ": " + TerminalText.Quote(e.Message));
            return ExitCodes.BadInput;
        }
    }
}
