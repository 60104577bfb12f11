using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using System.Text.Json;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using IcpCompliance.Filing;
using IcpCompliance.Footer;
using IcpCompliance.Identity;
using IcpCompliance.Numbers;
using IcpCompliance.Parsing;
using IcpCompliance.Serialization;
using OneOf;

namespace IcpCompliance.Fuzz;

/// <summary>A fuzz target's invariant does not hold for an input: the fuzzer reports it as a crash.</summary>
public sealed class FuzzInvariantException : Exception
{
    public FuzzInvariantException()
    {
    }

    public FuzzInvariantException(string message)
        : base(message)
    {
    }

    public FuzzInvariantException(string message, Exception inner)
        : base(message, inner)
    {
    }
}

/// <summary>
/// The fuzz targets and their invariants. Compiled into the fuzz harness (run under afl-fuzz by fuzz.sh) and into
/// the test project, which replays every corpus file through every target on every change.
/// </summary>
public static class FuzzTargets
{
    /// <summary>Every target by name: fuzz.sh takes the name, the corpus folders are named after it.</summary>
    public static IReadOnlyDictionary<string, Action<string>> All { get; } = new SortedDictionary<string, Action<string>>(StringComparer.Ordinal)
    {
        ["icp-strict"] = text => CheckParser(text, ParseMode.Strict, IcpFilingNumber.Parse, IcpFilingNumber.TryParse, IcpFilingNumber.Parse, out _),
        ["icp-lenient"] = text => CheckParser(text, ParseMode.Lenient, IcpFilingNumber.Parse, IcpFilingNumber.TryParse, IcpFilingNumber.Parse, out _),
        ["license"] = text => CheckBothModes(text, IcpLicenseNumber.Parse, IcpLicenseNumber.TryParse),
        ["psb"] = text => CheckBothModes(text, PsbFilingNumber.Parse, PsbFilingNumber.TryParse),
        ["filing-number"] = CheckFilingNumber,
        ["resident-id"] = text => CheckBothModes(text, ResidentIdNumber.Parse, ResidentIdNumber.TryParse),
        ["credit-code"] = text => CheckBothModes(text, UnifiedSocialCreditCode.Parse, UnifiedSocialCreditCode.TryParse),
        ["travel-permit"] = text => CheckBothModes(text, TravelPermitNumber.Parse, TravelPermitNumber.TryParse),
        ["passport"] = CheckPassport,
        ["mobile"] = text => CheckBothModes(text, MobileNumber.Parse, MobileNumber.TryParse),
        ["domain"] = text => CheckBothModes(text, DomainName.Parse, DomainName.TryParse),
        ["json"] = CheckJson,
        ["inspector"] = CheckInspector,
        ["renderer"] = CheckRenderer,
    };

    /// <summary>Turns fuzzer bytes into text: UTF-8, or UTF-16LE after a leading 0xFF byte so that lone surrogates
    /// (which UTF-8 cannot carry) are reached too.</summary>
    /// <param name="data">The fuzzer's bytes.</param>
    /// <returns>The text.</returns>
    public static string Decode(ReadOnlySpan<byte> data)
    {
        if (data.Length > 0 && data[0] == 0xFF)
        {
            ReadOnlySpan<byte> rest = data[1..];
            var chars = new char[rest.Length / 2];
            for (int i = 0; i < chars.Length; i++)
            {
                chars[i] = (char)(rest[2 * i] | (rest[(2 * i) + 1] << 8));
            }

            return new string(chars);
        }

        return Encoding.UTF8.GetString(data);
    }

    /// <summary>A parser's span form, as the number types declare it.</summary>
    /// <typeparam name="T">The parsed type.</typeparam>
    public delegate bool SpanParser<T>(ReadOnlySpan<char> text, ParseMode mode, out T value);

    private static void CheckBothModes<T>(string text, Func<string?, ParseMode, ParseResult<T>> parse, SpanParser<T> tryParse, Func<string?, ParseMode, ParseResult<T>>? canonicalParse = null)
        where T : notnull, IEquatable<T>
    {
        bool strict = CheckParser(text, ParseMode.Strict, parse, tryParse, canonicalParse ?? parse, out T strictValue);
        bool lenient = CheckParser(text, ParseMode.Lenient, parse, tryParse, canonicalParse ?? parse, out T lenientValue);
        if (strict && !(lenient && lenientValue.Equals(strictValue)))
        {
            throw new FuzzInvariantException($"{typeof(T).Name}: strict accepts '{text}' but lenient does not read the same value");
        }
    }

    /// <summary>Parse and TryParse agree; an error is well-formed; a value's ToString() parses back (with
    /// <paramref name="canonicalParse"/>) to an equal value in both modes, and TryFormat writes exactly ToString().</summary>
    private static bool CheckParser<T>(string text, ParseMode mode, Func<string?, ParseMode, ParseResult<T>> parse, SpanParser<T> tryParse, Func<string?, ParseMode, ParseResult<T>> canonicalParse, out T value)
        where T : notnull, IEquatable<T>
    {
        ParseResult<T> result = parse(text, mode);
        bool parsed = tryParse(text.AsSpan(), mode, out T spanValue);
        if (!result.TryGetValue(out value!, out ParseError? error))
        {
            CheckError(text, error, typeof(T).Name);
            if (parsed)
            {
                throw new FuzzInvariantException($"{typeof(T).Name}: Parse refuses '{text}' ({mode}) but TryParse accepts it");
            }

            return false;
        }

        if (!parsed || !value.Equals(spanValue))
        {
            throw new FuzzInvariantException($"{typeof(T).Name}: Parse and TryParse disagree on '{text}' ({mode})");
        }

        string canonical = value.ToString() ?? string.Empty;
        foreach (ParseMode again in (ReadOnlySpan<ParseMode>)[ParseMode.Strict, ParseMode.Lenient])
        {
            if (!canonicalParse(canonical, again).TryGetValue(out T? back) || !back.Equals(value))
            {
                throw new FuzzInvariantException($"{typeof(T).Name}: '{text}' gave '{canonical}', which does not parse back ({again}) to an equal value");
            }
        }

        if (value is ISpanFormattable formattable)
        {
            CheckTryFormat(formattable, canonical);
        }

        return true;
    }

    private static void CheckTryFormat(ISpanFormattable value, string canonical)
    {
        Span<char> exact = new char[canonical.Length];
        if (!value.TryFormat(exact, out int written, default, null) || written != canonical.Length || !exact.SequenceEqual(canonical))
        {
            throw new FuzzInvariantException($"TryFormat of '{canonical}' into an exact buffer does not write ToString()");
        }

        if (canonical.Length > 0 && value.TryFormat(new char[canonical.Length - 1], out _, default, null))
        {
            throw new FuzzInvariantException($"TryFormat of '{canonical}' claims to fit a buffer one too short");
        }
    }

    private static void CheckError(string text, ParseError error, string what)
    {
        if (error.Position < 0 || error.Position > text.Length || string.IsNullOrEmpty(error.Message) || string.IsNullOrEmpty(error.MessageChinese))
        {
            throw new FuzzInvariantException($"{what}: error {error.Code} at {error.Position} for a text of {text.Length} characters, or without a message");
        }
    }

    private static void CheckFilingNumber(string text)
        => CheckBothModes(text, FilingNumber.Parse, static (ReadOnlySpan<char> t, ParseMode m, out FilingNumber v) =>
        {
            bool ok = FilingNumber.TryParse(t, m, out FilingNumber? found);
            v = found!;
            return ok;
        });

    private static void CheckPassport(string text)
    {
        CheckBothModes(text, PassportNumber.Parse, PassportNumber.TryParse);

        // The two-argument form: the first line is the country, the rest the number.
        int newline = text.IndexOf('\n', StringComparison.Ordinal);
        string country = newline < 0 ? "CHN" : text[..newline];
        string number = newline < 0 ? text : text[(newline + 1)..];
        CheckBothModes(
            number,
            (n, m) => PassportNumber.Parse(n, country, m),
            (ReadOnlySpan<char> n, ParseMode m, out PassportNumber v) => PassportNumber.TryParse(n, country.AsSpan(), m, out v),
            PassportNumber.Parse);
    }

    private static void CheckJson(string text)
    {
        FilingApplication application;
        try
        {
            application = IcpJson.DeserializeApplication(text);
        }
        catch (JsonException)
        {
            return;
        }

        // What was read writes out, and what is written reads back to the same text.
        string json = IcpJson.Serialize(application);
        FilingApplication again;
        try
        {
            again = IcpJson.DeserializeApplication(json);
        }
        catch (JsonException e)
        {
            throw new FuzzInvariantException("An application read from JSON was written as JSON that does not read back: " + json, e);
        }

        if (IcpJson.Serialize(again) != json)
        {
            throw new FuzzInvariantException("An application's JSON does not round-trip: " + json);
        }
    }

    // Nothing of the (instrumented) library may run before SharpFuzz sets up its shared memory, so fixed values
    // live in a nested class that is initialized by the first execution, never by FuzzTargets' own initializer.
    private static class Fixed
    {
        internal static readonly ExpectedFooterNumbers Expected = new(IcpFilingNumber.Parse("京ICP备12345678号-1").Value)
        {
            PsbNumber = PsbFilingNumber.Parse("京公网安备11010502000001号").Value,
            LicenseNumber = IcpLicenseNumber.Parse("京ICP证030173号").Value,
        };
    }

    private static void CheckInspector(string html)
    {
        foreach (FooterInspection inspection in (ReadOnlySpan<FooterInspection>)[FooterInspector.Inspect(html), FooterInspector.Inspect(html, Fixed.Expected)])
        {
            foreach (FoundNumber found in inspection.Numbers)
            {
                if (found.Offset < 0 || found.Offset > html.Length || found.Line < 1 || found.Number is null)
                {
                    throw new FuzzInvariantException($"A found number at offset {found.Offset}, line {found.Line} in a page of {html.Length} characters");
                }

                if (!FilingNumber.Parse(found.Number.ToString()).TryGetValue(out FilingNumber? back) || !back.Equals(found.Number))
                {
                    throw new FuzzInvariantException($"A found number '{found.Number}' does not parse back");
                }
            }

            foreach (FooterFinding finding in inspection.Findings)
            {
                if (finding.Offset is int offset && (offset < 0 || offset > html.Length))
                {
                    throw new FuzzInvariantException($"A finding {finding.RuleId} at offset {offset} in a page of {html.Length} characters");
                }

                if (string.IsNullOrEmpty(finding.Message) || string.IsNullOrEmpty(finding.MessageChinese) || string.IsNullOrEmpty(finding.RuleId))
                {
                    throw new FuzzInvariantException($"A finding {finding.RuleId} without a message");
                }
            }
        }
    }

    private static readonly HashSet<string> AllowedElements = new(StringComparer.Ordinal) { "div", "span", "a", "img" };

    private static readonly HashSet<string> AllowedAttributes = new(StringComparer.Ordinal) { "class", "href", "target", "rel", "src", "alt", "width", "height" };

    private static void CheckRenderer(string text)
    {
        // The input fills every caller-supplied string; its length picks the labels and the extra numbers.
        FooterContent content;
        try
        {
            content = new FooterContent(IcpFilingNumber.Parse("京ICP备12345678号-1").Value)
            {
                CopyrightHolder = text,
                PsbNumber = text.Length % 2 == 0 ? PsbFilingNumber.Parse("京公网安备11010502000001号").Value : null,
                LicenseNumber = text.Length % 3 == 0 ? IcpLicenseNumber.Parse("京ICP证030173号").Value : null,
                Options = FooterOptions.Default with
                {
                    ContainerCssClass = text,
                    LinkCssClass = text,
                    Separator = text,
                    Labels = (FooterLabels)(text.Length % 3),
                    PsbIconUrl = Uri.TryCreate(text, UriKind.Relative, out Uri? icon) ? icon : FooterOptions.DefaultPsbIconUrl,
                },
            };
        }
        catch (ArgumentException)
        {
            return; // Options refuse some strings up front, as documented.
        }

        foreach (FooterFormat format in (ReadOnlySpan<FooterFormat>)[FooterFormat.Text, FooterFormat.Markdown])
        {
            _ = FooterRenderer.Render(content, format);
        }

        if (!FooterRenderer.Render(content).TryPickT0(out RenderedFooter footer, out _))
        {
            return;
        }

        IDocument document = new HtmlParser().ParseDocument("<!DOCTYPE html><html><body>" + footer.Text + "</body></html>");
        IElement body = document.Body!;
        if (body.ChildElementCount != 1 || body.Children[0].LocalName != "div")
        {
            throw new FuzzInvariantException("The footer is not one div: " + footer.Text);
        }

        foreach (IElement element in body.QuerySelectorAll("*"))
        {
            if (!AllowedElements.Contains(element.LocalName) || element.Attributes.Any(a => !AllowedAttributes.Contains(a.Name)))
            {
                throw new FuzzInvariantException($"The footer carries a <{element.LocalName}> or an attribute it never writes: {footer.Text}");
            }
        }

        int links = body.QuerySelectorAll("a").Length;
        if (links != (content.PsbNumber is null ? 1 : 2))
        {
            throw new FuzzInvariantException("The footer has the wrong number of links: " + footer.Text);
        }
    }
}
