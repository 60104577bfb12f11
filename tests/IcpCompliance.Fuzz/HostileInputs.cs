using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;
using System.Text.Json;
using IcpCompliance.Footer;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Serialization;

namespace IcpCompliance.Fuzz;

/// <summary>
/// Hostile inputs of any size and the readers they are fed to. Shared by the hostile-input tests (a few MB, on
/// every change) and by <c>IcpCompliance.Fuzz --hostile MB</c>, which times them at 100 MB by hand.
/// </summary>
public static class HostileInputs
{
    /// <summary>One character of every Unicode category (a surrogate pair stands for the astral planes, and a
    /// lone high and low surrogate for themselves).</summary>
    public static string EveryCategory { get; } = BuildEveryCategory();

    /// <summary>Input shapes by name: each makes a text of about the given length.</summary>
    public static IReadOnlyList<(string Name, Func<int, string> Make)> Shapes { get; } =
    [
        ("digits", n => new string('1', n)),
        ("one huge number", n => "京ICP备" + new string('1', n) + "号-1"),
        ("many numbers", n => Repeat("京ICP备12345678号-1 京公网安备11010502000001号 ", n)),
        ("number starts", n => Repeat("京ICP备", n)),
        ("province characters", n => new string('京', n)),
        ("deep nesting", n => Repeat("<div>", n)),
        ("unterminated comment", n => "<!--" + Repeat("京ICP备12345678号-1 -", n)),
        ("unterminated attribute", n => "<a href=\"" + Repeat("https://beian.miit.gov.cn/ ", n)),
        ("unterminated script", n => "<script>var a='" + Repeat("京ICP备12345678号-1", n)),
        ("unterminated tags", n => Repeat("<a href=x <b ", n)),
        ("angle brackets", n => new string('<', n)),
        ("character references", n => Repeat("&#", n)),
        ("named references", n => Repeat("&nbsp", n)),
        ("linked numbers", n => Repeat("<a href=\"https://beian.miit.gov.cn/\">京ICP备12345678号-1</a>", n)),
        ("full-width spaces", n => new string('\u3000', n) + "京ICP备12345678号-1"),
        ("NUL characters", n => new string('\0', n)),
        ("lone surrogates", n => new string('\uD800', n)),
        ("every category", n => Repeat(EveryCategory, n)),
        ("json nesting", n => Repeat("[", n)),
        ("json long string", n => "{\"operation\":\"" + new string('a', n) + "\"}"),
    ];

    /// <summary>The readers every shape is fed to, by name; none may throw (JSON reading: only JsonException).</summary>
    public static IReadOnlyList<(string Name, Action<string> Read)> Readers { get; } =
    [
        ("FooterInspector.Inspect", html => _ = FooterInspector.Inspect(html)),
        ("IcpFilingNumber lenient", text => _ = IcpFilingNumber.Parse(text, ParseMode.Lenient)),
        ("IcpFilingNumber strict", text => _ = IcpFilingNumber.Parse(text, ParseMode.Strict)),
        ("IcpLicenseNumber lenient", text => _ = IcpLicenseNumber.Parse(text, ParseMode.Lenient)),
        ("PsbFilingNumber lenient", text => _ = PsbFilingNumber.Parse(text, ParseMode.Lenient)),
        ("FilingNumber lenient", text => _ = FilingNumber.Parse(text, ParseMode.Lenient)),
        ("ResidentIdNumber lenient", text => _ = ResidentIdNumber.Parse(text, ParseMode.Lenient)),
        ("UnifiedSocialCreditCode lenient", text => _ = UnifiedSocialCreditCode.Parse(text, ParseMode.Lenient)),
        ("TravelPermitNumber lenient", text => _ = TravelPermitNumber.Parse(text, ParseMode.Lenient)),
        ("PassportNumber lenient", text => _ = PassportNumber.Parse(text, ParseMode.Lenient)),
        ("MobileNumber lenient", text => _ = MobileNumber.Parse(text, ParseMode.Lenient)),
        ("DomainName lenient", text => _ = DomainName.Parse(text, ParseMode.Lenient)),
        ("IcpJson.DeserializeApplication", ReadJson),
    ];

    private static string BuildEveryCategory()
    {
        var seen = new HashSet<UnicodeCategory>();
        var text = new StringBuilder();
        for (int c = 0; c <= char.MaxValue; c++)
        {
            if (seen.Add(char.GetUnicodeCategory((char)c)))
            {
                text.Append((char)c);
            }
        }

        return text.Append("\uD83D\uDE00\uDC00\uD800").ToString();
    }

    private static void ReadJson(string json)
    {
        try
        {
            _ = IcpJson.DeserializeApplication(json);
        }
        catch (JsonException)
        {
            // The documented failure.
        }
    }

    private static string Repeat(string unit, int length)
    {
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    /// <summary>Times every reader on every shape at the given size and writes a Markdown table.</summary>
    /// <param name="megabytes">The size of each input, in millions of characters.</param>
    /// <param name="write">Where each line goes.</param>
    public static void Measure(int megabytes, Action<string> write)
    {
        int length = megabytes * 1_000_000;
        write($"| shape ({megabytes} M chars) | " + string.Join(" | ", Readers.Select(r => r.Name)) + " |");
        write("|---|" + string.Concat(Readers.Select(_ => "---:|")));
        foreach ((string name, Func<int, string> make) in Shapes)
        {
            string input = make(length);
            var cells = new List<string>();
            foreach ((_, Action<string> read) in Readers)
            {
                var watch = System.Diagnostics.Stopwatch.StartNew();
                read(input);
                cells.Add(watch.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture) + " s");
            }

            write($"| {name} | " + string.Join(" | ", cells) + " |");
        }
    }
}
