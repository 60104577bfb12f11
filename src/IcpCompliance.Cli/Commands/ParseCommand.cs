using System.CommandLine;
using System.IO;
using IcpCompliance.Cli.Output;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp parse TEXT</c>: says which kind of number TEXT is and prints its parts, or shows where it fails.</summary>
internal static class ParseCommand
{
    // Longer input is shown cut, so a pasted page does not flood the terminal; the error position still counts.
    private const int MaxShown = 120;

    internal static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The number, such as 京ICP备12345678号-1 or 京公网安备11010802012345号." };
        var strict = new Option<bool>("--strict") { Description = "Accept only the canonical form (default: lenient, as footers write numbers)." };
        var command = new Command("parse", "Recognise a filing, licence or PSB number and print its parts.") { text, strict };
        command.SetAction(result =>
        {
            ParseMode mode = result.GetValue(strict) ? ParseMode.Strict : ParseMode.Lenient;
            return Run(result.GetRequiredValue(text), mode, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(string text, ParseMode mode, TextWriter output, TextWriter error)
    {
        return FilingNumber.Parse(text, mode).Match(
            number =>
            {
                Describe(number, output);
                return ExitCodes.Ok;
            },
            failure =>
            {
                WriteError(text, failure, error);
                return ExitCodes.ProblemFound;
            });
    }

    internal static void WriteError(string text, ParseError failure, TextWriter error)
    {
        string shown = DisplayWidth.Printable(text, MaxShown, out int shownLength);
        error.WriteLine(DisplayWidth.Invariant($"error: {failure.Code} at position {failure.Position}"));
        error.WriteLine("  " + shown + (shownLength < text.Length ? "…" : string.Empty));
        error.WriteLine("  " + DisplayWidth.Caret(shown, failure.Position));
        error.WriteLine("  " + failure.Message);
        error.WriteLine("  " + failure.MessageChinese);
    }

    private static void Describe(FilingNumber number, TextWriter output)
    {
        var table = new PartsTable(output);
        number.Switch(
            filing =>
            {
                table.Row("kind", filing.Licence is null ? "ICP filing number (ICP备案号)" : "ICP filing number under a commercial licence (许可证下的备案号)");
                table.Province(filing.Province, filing.ProvinceCharacter);
                if (filing.Licence is IcpLicenseNumber licence)
                {
                    table.Row("licence", licence.ToString());
                }

                table.Row("serial", DisplayWidth.Invariant($"{filing.Serial} ({filing.SerialLength} digits)"));
                table.Row("number of", filing.IsSubjectNumber ? "the subject (主体)" : ServiceName(filing));
                table.Row("canonical", filing.ToString());
                table.Row("verify at", IcpFilingNumber.VerificationUrl.ToString());
            },
            licence =>
            {
                table.Row("kind", "ICP commercial licence number (ICP经营许可证)");
                table.Province(licence.Province, licence.ProvinceCharacter);
                table.Row("form", licence.Form == IcpLicenseForm.B2 ? "B2 (增值电信业务经营许可证)" : "certificate (ICP证)");
                table.Row("serial", licence.Serial);
                table.Row("canonical", licence.ToString());
            },
            psb =>
            {
                table.Row("kind", psb.IsLegacy ? "PSB filing number, legacy 12-digit form (公网安备, 旧版)" : "PSB filing number (公网安备)");
                table.Province(psb.Province, psb.ProvinceCharacter);
                table.Row("digits", psb.Digits);
                table.Row("division", psb.DivisionCode.ToString(System.Globalization.CultureInfo.InvariantCulture));
                table.Row("canonical", psb.ToString());
                table.Row("verify at", psb.VerificationUrl.ToString());
            });
    }

    private static string ServiceName(IcpFilingNumber filing)
    {
        string kind = filing.Suffix switch
        {
            ServiceSuffix.App => "App",
            ServiceSuffix.MiniProgram => "Mini Program (小程序)",
            ServiceSuffix.QuickApp => "quick app (快应用)",
            _ => "website (网站)",
        };
        return DisplayWidth.Invariant($"service {filing.SiteIndex}: {kind}");
    }
}
