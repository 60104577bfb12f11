using System;
using System.CommandLine;
using System.Linq;
using System.Globalization;
using System.IO;
using IcpCompliance.Cli.Output;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Recognition;
using IcpCompliance.Regions;

namespace IcpCompliance.Cli.Commands;

/// <summary><c>icp parse TEXT</c>: says which kind of number TEXT is and prints its parts, or shows where it fails.
/// The library's <see cref="IdentifierRecognizer"/> decides: filing numbers, then the identifiers a filing contains
/// (resident ID number, unified social credit code, mobile number, travel permit, passport, domain name).</summary>
internal static class ParseCommand
{
    // Longer input is shown cut, so a pasted page does not flood the terminal; the error position still counts.
    private const int MaxShown = TerminalText.MaxQuoted;

    internal static Command Create()
    {
        var text = new Argument<string>("text") { Description = "The number, such as 京ICP备12345678号-1, 京公网安备11010802012345号, an ID number, a credit code, a mobile number, a permit number or a domain name." };
        var strict = new Option<bool>("--strict") { Description = "Accept only the canonical form (default: lenient, as footers write numbers)." };
        var command = new Command("parse", "Recognize a filing, license or PSB number, or an identifier (ID number, credit code, mobile, permit, domain), and print its parts.") { text, strict };
        command.SetAction(result =>
        {
            ParseMode mode = result.GetValue(strict) ? ParseMode.Strict : ParseMode.Lenient;
            return Run(result.GetRequiredValue(text), mode, result.InvocationConfiguration.Output, result.InvocationConfiguration.Error);
        });
        return command;
    }

    internal static int Run(string text, ParseMode mode, TextWriter output, TextWriter error)
    {
        RecognitionResult recognition = IdentifierRecognizer.Recognize(text, mode);
        if (!recognition.IsRecognized)
        {
            WriteError(text, recognition.Error!, error);
            return ExitCodes.ProblemFound;
        }

        // Text that is more than one kind (rare: an 18-character ID number that also passes the credit code's
        // check) is shown as each, so the reader decides; nothing is guessed.
        for (int i = 0; i < recognition.Kinds.Length; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            Describe(recognition, recognition.Kinds[i], output);
        }

        return ExitCodes.Ok;
    }

    private static void Describe(RecognitionResult recognition, IdentifierKind kind, TextWriter output)
    {
        var table = new PartsTable(output);
        switch (kind)
        {
            case IdentifierKind.ResidentIdNumber:
                Describe(recognition.ResidentIdNumber!.Value, table);
                break;
            case IdentifierKind.UnifiedSocialCreditCode:
                Describe(recognition.UnifiedSocialCreditCode!.Value, table);
                break;
            case IdentifierKind.MobileNumber:
                MobileNumber mobile = recognition.MobileNumber!.Value;
                table.Row("kind", "Mainland mobile number (手机号码)");
                table.Row("segment", mobile.Segment.ToString(CultureInfo.InvariantCulture));
                table.Row("canonical", mobile.ToString());
                table.Row("intl", mobile.InternationalForm);
                break;
            case IdentifierKind.TravelPermitNumber:
                TravelPermitNumber permit = recognition.TravelPermitNumber!.Value;
                table.Row("kind", permit.Kind switch
                {
                    TravelPermitKind.HongKong => "Hong Kong resident's Mainland Travel Permit (港澳居民来往内地通行证)",
                    TravelPermitKind.Macao => "Macao resident's Mainland Travel Permit (港澳居民来往内地通行证)",
                    _ => "Taiwan resident's Mainland Travel Permit (台湾居民来往大陆通行证)",
                });
                table.Row("form", permit.IsOlderForm ? "older card" : "current card");
                table.Row("canonical", permit.ToString());
                break;
            case IdentifierKind.PassportNumber:
                PassportNumber passport = recognition.PassportNumber!.Value;
                table.Row("kind", "passport number (护照号码)");
                table.Row("country", passport.IssuingCountry);
                table.Row("number", passport.Number);
                table.Row("canonical", passport.ToString());
                break;
            case IdentifierKind.DomainName:
                Describe(recognition.DomainName!.Value, table);
                break;
            default:
                Describe(recognition.FilingNumber!, output);
                break;
        }
    }

    private static void Describe(DomainName domain, PartsTable table)
    {
        table.Row("kind", "domain name (域名)");
        table.Row("canonical", domain.Name);
        if (domain.UnicodeName != domain.Name)
        {
            table.Row("display", domain.UnicodeName);
        }

        table.Row("suffix", domain.PublicSuffix);
        table.Row("registered", domain.RegistrableDomain is { } registrable
            ? registrable.Name + " (the registrable domain)"
            : "(none: the name is a public suffix)");
        table.Row("TLD", domain.TopLevelDomain + (domain.IsFileable
            ? " (on the built-in list of TLDs approved for filing)"
            : " (NOT on the built-in list of TLDs approved for filing; check domain.miit.gov.cn)"));
    }

    private static void Describe(ResidentIdNumber id, PartsTable table)
    {
        table.Row("kind", id.ResidencePermitRegion switch
        {
            ResidencePermitRegion.HongKong => "residence permit of a Hong Kong resident (港澳台居民居住证)",
            ResidencePermitRegion.Macao => "residence permit of a Macao resident (港澳台居民居住证)",
            ResidencePermitRegion.Taiwan => "residence permit of a Taiwan resident (港澳台居民居住证)",
            _ => "resident ID number (居民身份证号码)",
        });
        table.Row("region", id.Province is { } province
            ? DisplayWidth.Invariant($"{id.RegionCode} ({province.ShortChineseName} {province.EnglishName})")
            : id.RegionCode.ToString(CultureInfo.InvariantCulture));
        table.Row("division", IdDivisionText(id));
        table.Row("born", id.BirthDate.ToString("uuuu-MM-dd", CultureInfo.InvariantCulture));
        table.Row("sex", id.Sex == Sex.Male ? "male (男)" : "female (女)");
        table.Row("sequence", id.SequenceNumber.ToString("D3", CultureInfo.InvariantCulture));
        table.Row("check", id.CheckCharacter + " (GB 11643, correct)");
        table.Row("canonical", id.ToString());
    }

    private static string IdDivisionText(ResidentIdNumber id)
    {
        DivisionCheck check = id.CheckRegionCode(AdministrativeDivisions.Default);
        return check.Status switch
        {
            DivisionStatus.Valid when check.Division is AdministrativeDivision d => AdministrativeDivisions.Default.FullName(d),
            DivisionStatus.Valid => "residence-permit region (港澳台)",
            DivisionStatus.UnknownCode => "not in the GB/T 2260 table (" + AdministrativeDivisions.DefaultEdition + "): check the code",
            _ => DisplayWidth.Invariant($"abolished in {check.Entries.Max(e => e.LastYear)}, before the birth year {check.BirthYear}: no such number can exist"),
        };
    }

    private static string LatestDivisionText(int code)
        => AdministrativeDivisions.Default.TryFindLatest(code, out AdministrativeDivision d)
            ? AdministrativeDivisions.Default.FullName(d)
            : "(not in GB/T 2260: development zones and national authorities use codes outside it)";

    private static void Describe(UnifiedSocialCreditCode code, PartsTable table)
    {
        table.Row("kind", "unified social credit code (统一社会信用代码)");
        table.Row("authority", code.RegistrationAuthorityCode.ToString());
        table.Row("type", code.OrganizationTypeCode.ToString());
        table.Row("region", code.Province is { } province
            ? DisplayWidth.Invariant($"{code.RegionCode:D6} ({province.ShortChineseName} {province.EnglishName})")
            : code.RegionCode.ToString("D6", CultureInfo.InvariantCulture));
        table.Row("division", LatestDivisionText(code.RegionCode));
        table.Row("org code", code.OrganizationCode);
        table.Row("check", code.CheckCharacter + (code.PassesChecksum ? " (GB 32100, correct)" : " (fails GB 32100: a known early pilot code, accepted)"));
        table.Row("canonical", code.ToString());
    }

    internal static void WriteError(string text, ParseError failure, TextWriter error)
    {
        string shown = TerminalText.Printable(text, MaxShown, out int shownLength);
        error.WriteLine(DisplayWidth.Invariant($"error: {failure.Code} at position {failure.Position}"));
        error.WriteLine("  " + shown + (shownLength < text.Length ? TerminalText.Cut : string.Empty));
        error.WriteLine("  " + DisplayWidth.Caret(shown, failure.Position));
        error.WriteLine("  " + TerminalText.Message(failure.Message));
        error.WriteLine("  " + TerminalText.Message(failure.MessageChinese));
    }

    private static void Describe(FilingNumber number, TextWriter output)
    {
        var table = new PartsTable(output);
        number.Switch(
            filing =>
            {
                table.Row("kind", filing.LicenseNumber is null ? "ICP filing number (ICP备案号)" : "ICP filing number under a commercial license (许可证下的备案号)");
                table.Province(filing.Province, filing.ProvinceCharacter);
                if (filing.LicenseNumber is IcpLicenseNumber license)
                {
                    table.Row("license", license.ToString());
                }

                table.Row("serial", DisplayWidth.Invariant($"{filing.Serial} ({filing.SerialLength} digits)"));
                table.Row("number of", filing.IsSubjectNumber ? "the subject (主体)" : ServiceName(filing));
                table.Row("canonical", filing.ToString());
                table.Row("verify at", IcpFilingNumber.VerificationUrl.ToString());
            },
            license =>
            {
                table.Row("kind", "ICP commercial license number (ICP经营许可证)");
                table.Province(license.Province, license.ProvinceCharacter);
                table.Row("form", license.Form == IcpLicenseForm.B2 ? "B2 (增值电信业务经营许可证)" : "certificate (ICP证)");
                table.Row("serial", license.Serial);
                table.Row("canonical", license.ToString());
            },
            psb =>
            {
                table.Row("kind", psb.IsLegacy ? "PSB filing number, legacy 12-digit form (公网安备, 旧版)" : "PSB filing number (公网安备)");
                table.Province(psb.Province, psb.ProvinceCharacter);
                table.Row("digits", psb.Digits);
                table.Row("division", psb.DivisionCode.ToString("D6", CultureInfo.InvariantCulture) + " " + LatestDivisionText(psb.DivisionCode));
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
        return DisplayWidth.Invariant($"service {filing.ServiceIndex}: {kind}");
    }
}
